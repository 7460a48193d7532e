import { DIFFERENCE_INFO, type DifferenceKind, type Mark, type Segment } from './types';

const RANK = new Map<DifferenceKind, number>(
  DIFFERENCE_INFO.map((d, i) => [d.kind, DIFFERENCE_INFO.length - i]),
);

/** Among differences over one stretch, the order of `DIFFERENCE_INFO` decides. */
const rank = (m: Mark): number => RANK.get(m.difference!)!;

/**
 * Cuts [start, end) into consecutive segments, each with the link over it and the strongest
 * difference: marks overlap (a doer is linked and swapped), the view shows one of each per word.
 */
export function segmentsOf(marks: readonly Mark[], start: number, end: number): Segment[] {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const over = marks.filter((m) => m.start <= from && m.end >= to);
    const link = over.find((m) => m.link)?.link;
    const difference = strongest(over.filter((m) => m.difference))?.difference;
    const last = out.at(-1);
    if (last && last.link === link && last.difference === difference) last.end = to;
    else out.push({ start: from, end: to, ...(link ? { link } : {}), ...(difference ? { difference } : {}) });
  }
  return out;
}

const strongest = (ms: Mark[]): Mark | undefined =>
  ms.reduce<Mark | undefined>((best, m) => (!best || rank(m) > rank(best) ? m : best), undefined);
