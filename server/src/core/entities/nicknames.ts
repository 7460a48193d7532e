import data from './generated/nicknames.json';

/** Lowercase, without accents: "Calderón" and "CALDERON" are one spelling. */
export const foldName = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

let table: Map<string, Set<string>> | null = null;

/** Given name → the given names that can name the same person (nickname ↔ formal name). */
function nicknameTable(): Map<string, Set<string>> {
  if (table) return table;
  table = new Map();
  for (const [a, b] of (data as { pairs: string[][] }).pairs) {
    for (const [x, y] of [
      [a!, b!],
      [b!, a!],
    ] as const) {
      if (!table.has(x)) table.set(x, new Set());
      table.get(x)!.add(y);
    }
  }
  return table;
}

/** True when two given names can name one person: one spelling, or a nickname and its formal name. */
export function sameGivenName(a: string, b: string): boolean {
  const x = foldName(a).replace(/\.$/, '');
  const y = foldName(b).replace(/\.$/, '');
  return x === y || nicknameTable().get(x)?.has(y) === true;
}
