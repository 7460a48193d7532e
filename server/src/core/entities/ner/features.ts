import * as clusterTable from './clusters';
import * as hash from './hash';
import * as lexiconBits from './lexiconBits';

// Module-local copies: imported bindings are getters under some loaders, too slow for inner loops.
const { hashString, mix, pair, prefixHashes, suffixHashes } = hash;
const { BIT_COUNT, phraseBits, wordBits } = lexiconBits;
const { clusterOf } = clusterTable;

/** What the tagger reads of a token: wink's value, part of speech and lemma. */
export interface NerToken {
  value: string;
  pos: string;
  lemma: string;
}

/** Context of a whole sentence that changes what capitals mean. */
export interface SentenceContext {
  /** A Title Case heading. */
  headline: boolean;
  /** The rules' reading of each token of the sentence (see hints.ts). */
  hints?: Uint8Array;
  /** isAllCaps of the sentence, when the caller already knows it. */
  caps?: boolean;
}

/** Hashed features of one sentence: token i's buckets are buckets[offsets[i] .. offsets[i + 1]). */
export interface SentenceFeatures {
  offsets: Uint32Array;
  buckets: Uint32Array;
}

const AFFIXES = 4;
/** Features per token at most (templates plus one per lexicon bit in four templates). */
const MAX_PER_TOKEN = 60 + 4 * BIT_COUNT;

/** Feature templates: each feature is the mix of its template with a value hash. (Retired ids, not
 * reused: 21-22, the POS two away; 40-42, neighbours' lemmas and word length: they added nothing.) */
const T = {
  bias: 0,
  word: 1,
  lower: 2,
  shape: 3,
  shortShape: 4,
  prefix: 5, // 5..8
  suffix: 9, // 9..12
  pos: 13,
  lemma: 14,
  lowerPrev: 15,
  lowerNext: 16,
  lowerPrev2: 17,
  lowerNext2: 18,
  posPrev: 19,
  posNext: 20,
  posPrevPos: 23,
  posPosNext: 24,
  shapePrev: 25,
  shapeNext: 26,
  shapePrevShape: 27,
  shapeShapeNext: 28,
  lowerPrevLower: 29,
  lowerLowerNext: 30,
  bits: 31,
  bitsPrev: 32,
  bitsNext: 33,
  initialShape: 34,
  capsLower: 35,
  capsBits: 36,
  headlineShape: 37,
  capsLowerPrev: 38,
  capsLowerNext: 39,
  initialLower: 43,
  capsPosShape: 44,
  hint: 45,
  hintPrev: 46,
  hintNext: 47,
  hintShape: 48,
  cluster: 49,
  clusterPrev: 50,
  clusterNext: 51,
  coarse: 52,
  coarseShape: 53,
  coarsePrevCoarse: 54,
} as const;

/** Per-token hashes, computed once per sentence and shared by every window position. */
interface TokenHashes {
  word: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  shortShape: Uint32Array;
  pos: Uint32Array;
  lemma: Uint32Array;
  prefixes: Uint32Array;
  suffixes: Uint32Array;
  bits: Int32Array;
  /** Fine cluster id + 1 (0: unknown) in bits 0-8, coarse id + 1 above. */
  cluster: Uint32Array;
}

const BEFORE = hashString('<s>');
const AFTER = hashString('</s>');

/** Word shape ("Xxxx", "XX", "dd-dd") and its short form with runs collapsed ("Xx", "X", "d-d"). */
function shapeHashes(value: string): [number, number] {
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

const isUpperStart = (value: string): boolean => {
  const ch = value.charAt(0);
  return ch !== ch.toLowerCase();
};

/** True when most of the sentence's letters are capitals: a shouted headline or dateline. */
export function isAllCaps(tokens: readonly NerToken[], from: number, to: number): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const v = tokens[i]!.value;
    for (let k = 0; k < v.length; k++) {
      const ch = v.charAt(k);
      const lowerCh = ch.toLowerCase();
      if (lowerCh === ch.toUpperCase()) continue;
      letters++;
      if (ch !== lowerCh) upper++;
    }
  }
  return letters >= 4 && upper / letters > 0.8;
}

function newHashes(n: number): TokenHashes {
  return {
    word: new Uint32Array(n),
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    shortShape: new Uint32Array(n),
    pos: new Uint32Array(n),
    lemma: new Uint32Array(n),
    prefixes: new Uint32Array(n * AFFIXES),
    suffixes: new Uint32Array(n * AFFIXES),
    bits: new Int32Array(n),
    cluster: new Uint32Array(n),
  };
}

/** Scratch arrays reused from sentence to sentence (grown on demand): a document of many short
 * sentences would otherwise allocate a dozen typed arrays per sentence. */
let scratch = newHashes(256);
let bucketScratch = new Uint32Array(256 * MAX_PER_TOKEN);

/**
 * What depends on the word alone (its hashes, shape, affixes, lexicon bits, cluster), computed once
 * per distinct word: most words of a document recur. Row layout: word, lower, shape, short shape,
 * 4 prefixes, 4 suffixes, bits, cluster. Bounded: a long session's vocabulary starts it over.
 */
const WORD_FIELDS = 14;
const WORD_CACHE_LIMIT = 20_000;
const wordRows = new Map<string, number>();
let wordTable = new Uint32Array(1024 * WORD_FIELDS);
let wordTableClusters: Uint32Array | null = null;
const affixScratch = new Uint32Array(AFFIXES);

function wordRow(value: string, clusters: Uint32Array | null): number {
  if (clusters !== wordTableClusters) {
    wordRows.clear();
    wordTableClusters = clusters;
  }
  const known = wordRows.get(value);
  if (known !== undefined) return known;
  if (wordRows.size >= WORD_CACHE_LIMIT) wordRows.clear();
  const row = wordRows.size * WORD_FIELDS;
  if (wordTable.length < row + WORD_FIELDS) {
    const grown = new Uint32Array(Math.min(wordTable.length * 2, WORD_CACHE_LIMIT * WORD_FIELDS));
    grown.set(wordTable);
    wordTable = grown;
  }
  const t = wordTable;
  const lower = value.toLowerCase();
  t[row] = hashString(value);
  t[row + 1] = hashString(lower);
  [t[row + 2], t[row + 3]] = shapeHashes(value);
  prefixHashes(lower, AFFIXES, affixScratch);
  t.set(affixScratch, row + 4);
  suffixHashes(lower, AFFIXES, affixScratch);
  t.set(affixScratch, row + 8);
  t[row + 12] = wordBits(value, lower);
  t[row + 13] = clusters ? clusterOf(clusters, t[row + 1]!) : 0;
  wordRows.set(value, row);
  return row;
}

function tokenHashes(
  tokens: readonly NerToken[],
  from: number,
  to: number,
  clusters: Uint32Array | null,
): TokenHashes {
  const n = to - from;
  if (scratch.word.length < n) scratch = newHashes(Math.max(n, scratch.word.length * 2));
  const h = scratch;
  const lowers: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[from + i]!;
    const row = wordRow(t.value, clusters);
    const w = wordTable;
    lowers[i] = t.value.toLowerCase();
    h.word[i] = w[row]!;
    h.lower[i] = w[row + 1]!;
    h.shape[i] = w[row + 2]!;
    h.shortShape[i] = w[row + 3]!;
    h.prefixes.set(w.subarray(row + 4, row + 8), i * AFFIXES);
    h.suffixes.set(w.subarray(row + 8, row + 12), i * AFFIXES);
    h.bits[i] = w[row + 12]!;
    h.cluster[i] = w[row + 13]!;
    h.pos[i] = hashString(t.pos);
    h.lemma[i] = hashString(t.lemma.toLowerCase());
  }
  phraseBits(lowers, (i) => isUpperStart(tokens[from + i]!.value), h.bits);
  return h;
}

/**
 * The hashed features of every token of tokens[from, to), bucketed into `buckets` (a power of two).
 * The same function serves training and tagging, so they cannot disagree.
 */
export function sentenceFeatures(
  tokens: readonly NerToken[],
  from: number,
  to: number,
  context: SentenceContext,
  bucketCount: number,
  clusters: Uint32Array | null,
): SentenceFeatures {
  const n = to - from;
  const h = tokenHashes(tokens, from, to, clusters);
  const caps = context.caps ?? isAllCaps(tokens, from, to);
  const mask = bucketCount - 1;
  const offsets = new Uint32Array(n + 1);
  if (bucketScratch.length < n * MAX_PER_TOKEN) bucketScratch = new Uint32Array(n * MAX_PER_TOKEN * 2);
  const out = bucketScratch;
  let k = 0;
  const at = (a: Uint32Array, i: number, edge: number): number => (i < 0 || i >= n ? edge : a[i]!);
  const emit = (template: number, value: number) => {
    out[k++] = mix(template, value) & mask;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const lower = h.lower[i]!;
    const shortShape = h.shortShape[i]!;
    const lp = at(h.lower, i - 1, BEFORE);
    const ln = at(h.lower, i + 1, AFTER);
    const pp = at(h.pos, i - 1, BEFORE);
    const pn = at(h.pos, i + 1, AFTER);
    const sp = at(h.shortShape, i - 1, BEFORE);
    const sn = at(h.shortShape, i + 1, AFTER);
    const prev = tokens[from + i - 1]?.value;
    const initial = i === 0 || prev === '"' || prev === '“' || prev === ':' || prev === '-';
    emit(T.bias, 0);
    emit(T.word, h.word[i]!);
    emit(T.lower, lower);
    emit(T.shape, h.shape[i]!);
    emit(T.shortShape, shortShape);
    for (let a = 0; a < AFFIXES; a++) {
      const p = h.prefixes[i * AFFIXES + a]!;
      const s = h.suffixes[i * AFFIXES + a]!;
      if (p) emit(T.prefix + a, p);
      if (s) emit(T.suffix + a, s);
    }
    emit(T.pos, h.pos[i]!);
    emit(T.lemma, h.lemma[i]!);
    emit(T.lowerPrev, lp);
    emit(T.lowerNext, ln);
    emit(T.lowerPrev2, at(h.lower, i - 2, BEFORE));
    emit(T.lowerNext2, at(h.lower, i + 2, AFTER));
    emit(T.posPrev, pp);
    emit(T.posNext, pn);
    emit(T.posPrevPos, pair(pp, h.pos[i]!));
    emit(T.posPosNext, pair(h.pos[i]!, pn));
    emit(T.shapePrev, sp);
    emit(T.shapeNext, sn);
    emit(T.shapePrevShape, pair(sp, shortShape));
    emit(T.shapeShapeNext, pair(shortShape, sn));
    emit(T.lowerPrevLower, pair(lp, lower));
    emit(T.lowerLowerNext, pair(lower, ln));
    const bits = h.bits[i]!;
    const bitsPrev = i > 0 ? h.bits[i - 1]! : 0;
    const bitsNext = i + 1 < n ? h.bits[i + 1]! : 0;
    for (let b = 0; b < BIT_COUNT; b++) {
      if (bits & (1 << b)) {
        emit(T.bits, b);
        if (caps) emit(T.capsBits, b);
      }
      if (bitsPrev & (1 << b)) emit(T.bitsPrev, b);
      if (bitsNext & (1 << b)) emit(T.bitsNext, b);
    }
    if (initial) {
      emit(T.initialShape, shortShape);
      emit(T.initialLower, lower);
    }
    if (caps) {
      emit(T.capsLower, lower);
      emit(T.capsLowerPrev, lp);
      emit(T.capsLowerNext, ln);
      emit(T.capsPosShape, pair(h.pos[i]!, shortShape));
    }
    if (context.headline && !caps) emit(T.headlineShape, shortShape);
    if (clusters) {
      const c = h.cluster[i]!;
      const cp = i > 0 ? h.cluster[i - 1]! : 1 << 20;
      const cn = i + 1 < n ? h.cluster[i + 1]! : 1 << 21;
      emit(T.cluster, c & 511);
      emit(T.clusterPrev, cp & 511);
      emit(T.clusterNext, cn & 511);
      emit(T.coarse, c >>> 9);
      emit(T.coarseShape, pair(c >>> 9, shortShape));
      emit(T.coarsePrevCoarse, pair(cp >>> 9, c >>> 9));
    }
    const hints = context.hints;
    if (hints) {
      emit(T.hint, hints[i]!);
      emit(T.hintPrev, i > 0 ? hints[i - 1]! : 255);
      emit(T.hintNext, i + 1 < n ? hints[i + 1]! : 255);
      emit(T.hintShape, pair(hints[i]!, shortShape));
    }
  }
  offsets[n] = k;
  // A copy of exactly the features: training keeps every sentence's, the scratch is reused.
  return { offsets, buckets: out.slice(0, k) };
}
