/** A count with its noun in the right number: "1 source", "2 sources", "1 entity", "3 entities". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
