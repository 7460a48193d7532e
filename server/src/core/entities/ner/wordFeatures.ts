import * as clusterTable from './clusters';
import * as hash from './hash';
import * as lexiconBits from './lexiconBits';
import * as templates from './templates';

// Module-local copies: imported bindings are getters under some loaders, too slow for inner loops.
const { hashString, mix, pair, prefixHashes, suffixHashes } = hash;
const { BIT_COUNT, wordBits } = lexiconBits;
const { clusterOf } = clusterTable;
const { AFFIXES, T } = templates;

/** Word shape ("Xxxx", "XX", "dd-dd") and its short form with runs collapsed ("Xx", "X", "d-d"). */
export function shapeHashes(value: string): [number, number] {
  let full = 0x811c9dc5;
  let short = 0x811c9dc5;
  let last = -1;
  const n = Math.min(value.length, 12);
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const ch = value.charAt(i);
    const cls =
      c >= 48 && c <= 57
        ? 100
        : ch !== ch.toLowerCase()
          ? 88
          : ch !== ch.toUpperCase()
            ? 120
            : c < 128
              ? c
              : 63;
    full = Math.imul(full ^ cls, 0x01000193);
    if (cls !== last) short = Math.imul(short ^ cls, 0x01000193);
    last = cls;
  }
  if (value.length > 12) full = Math.imul(full ^ 43, 0x01000193);
  return [full >>> 0, short >>> 0];
}

/**
 * What depends on the word alone (its hashes, shape, affixes, lexicon bits, cluster), computed once
 * per distinct word: most words of a document recur. Row layout: word, lower, shape, short shape,
 * 4 prefixes, 4 suffixes, bits, cluster. Bounded: a long session's vocabulary starts it over.
 */
const WORD_FIELDS = 14;
const WORD_CACHE_LIMIT = 20_000;
const wordRows = new Map<string, number>();
/**
 * The table's rows, and each row's word lower-cased; read right after wordRow(), before another
 * word can start the table over. A holder object: callers keep a reference to it, not to a binding.
 */
export const wordCache = {
  fields: WORD_FIELDS,
  table: new Uint32Array(1024 * WORD_FIELDS),
  lowers: [] as string[],
};
let wordTableClusters: Uint32Array | null = null;
const affixScratch = new Uint32Array(AFFIXES);

/** Per row, the emission sums of its word features under `sumsOf` (7 labels), once computed. */
let sums = new Int32Array(1024 * 7);
let sumsKnown = new Uint8Array(1024);
let sumsOf: Int8Array | null = null;

function startOver(clusters: Uint32Array | null): void {
  wordRows.clear();
  sumsKnown.fill(0);
  wordTableClusters = clusters;
}

/** The row of a word in wordCache.table (offset of its first field). */
export function wordRow(value: string, clusters: Uint32Array | null): number {
  if (clusters !== wordTableClusters) startOver(clusters);
  const known = wordRows.get(value);
  if (known !== undefined) return known;
  if (wordRows.size >= WORD_CACHE_LIMIT) startOver(clusters);
  const index = wordRows.size;
  const row = index * WORD_FIELDS;
  if (wordCache.table.length < row + WORD_FIELDS) grow();
  const t = wordCache.table;
  const lower = value.toLowerCase();
  wordCache.lowers[index] = lower;
  t[row] = hashString(value);
  t[row + 1] = hashString(lower);
  [t[row + 2], t[row + 3]] = shapeHashes(value);
  prefixHashes(lower, AFFIXES, affixScratch);
  t.set(affixScratch, row + 4);
  suffixHashes(lower, AFFIXES, affixScratch);
  t.set(affixScratch, row + 8);
  t[row + 12] = wordBits(value, lower);
  t[row + 13] = clusters ? clusterOf(clusters, t[row + 1]!) : 0;
  sumsKnown[index] = 0;
  wordRows.set(value, row);
  return row;
}

function grow(): void {
  const rows = Math.min((wordCache.table.length / WORD_FIELDS) * 2, WORD_CACHE_LIMIT);
  const table = new Uint32Array(rows * WORD_FIELDS);
  table.set(wordCache.table);
  wordCache.table = table;
  const s = new Int32Array(rows * 7);
  s.set(sums);
  sums = s;
  const k = new Uint8Array(rows);
  k.set(sumsKnown);
  sumsKnown = k;
}

/**
 * Buckets of the features that depend on the word alone, written to out from k; returns the new k.
 * The tagger adds their weights once per word (wordEmissionSums); training reads them per token.
 */
export function wordFeatureBuckets(
  row: number,
  mask: number,
  withClusters: boolean,
  out: Uint32Array,
  k: number,
): number {
  const w = wordCache.table;
  out[k++] = mix(T.bias, 0) & mask;
  out[k++] = mix(T.word, w[row]!) & mask;
  out[k++] = mix(T.lower, w[row + 1]!) & mask;
  out[k++] = mix(T.shape, w[row + 2]!) & mask;
  const shortShape = w[row + 3]!;
  out[k++] = mix(T.shortShape, shortShape) & mask;
  for (let a = 0; a < AFFIXES; a++) {
    const p = w[row + 4 + a]!;
    const s = w[row + 8 + a]!;
    if (p) out[k++] = mix(T.prefix + a, p) & mask;
    if (s) out[k++] = mix(T.suffix + a, s) & mask;
  }
  const bits = w[row + 12]!;
  for (let b = 0; b < BIT_COUNT; b++) if (bits & (1 << b)) out[k++] = mix(T.bits, b) & mask;
  if (withClusters) {
    const c = w[row + 13]!;
    out[k++] = mix(T.cluster, c & 511) & mask;
    out[k++] = mix(T.coarse, c >>> 9) & mask;
    out[k++] = mix(T.coarseShape, pair(c >>> 9, shortShape)) & mask;
  }
  return k;
}

const rowScratch = new Uint32Array(64);

/**
 * The int8 emission sums (7 labels) of a word's own features, into out[at .. at + 7): computed once
 * per word and weight table. Integer sums, so the result equals summing the rows per token.
 */
export function wordEmissionSums(
  row: number,
  emission: Int8Array,
  buckets: number,
  withClusters: boolean,
  out: Int32Array,
  at: number,
): void {
  if (emission !== sumsOf) {
    sumsKnown.fill(0);
    sumsOf = emission;
  }
  const index = row / WORD_FIELDS;
  const base = index * 7;
  if (!sumsKnown[index]) {
    const n = wordFeatureBuckets(row, buckets - 1, withClusters, rowScratch, 0);
    sums.fill(0, base, base + 7);
    for (let k = 0; k < n; k++) {
      const b = rowScratch[k]! * 7;
      for (let l = 0; l < 7; l++) sums[base + l]! += emission[b + l];
    }
    sumsKnown[index] = 1;
  }
  for (let l = 0; l < 7; l++) out[at + l] = sums[base + l]!;
}
