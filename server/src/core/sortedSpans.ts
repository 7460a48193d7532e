/** Something with a source range; lists of them are kept in text order. */
export interface Spanned {
  start: number;
  end: number;
}

/** The first item of `items` (sorted by start) starting at or after `start`: a binary search, no scan. */
export function firstStartingAt(items: readonly Spanned[], start: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes of the items (sorted by start) that lie inside [start, end). */
export function indexesWithin(items: readonly Spanned[], start: number, end: number): number[] {
  const inside: number[] = [];
  for (let i = firstStartingAt(items, start); i < items.length && items[i]!.start < end; i++)
    if (items[i]!.end <= end) inside.push(i);
  return inside;
}
