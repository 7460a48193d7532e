import * as hash from './hash';
import * as lexiconBits from './lexiconBits';
import * as templates from './templates';
import * as words from './wordFeatures';

// Module-local copies: imported bindings are getters under some loaders, too slow for inner loops.
const { hashString, mix, pair } = hash;
const { BIT_COUNT, PHRASE_BITS, phraseBits } = lexiconBits;
const { wordEmissionSums, wordFeatureBuckets, wordRow, wordCache } = words;
const { T } = templates;

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
  /**
   * When tagging: the int8 emission sums (7 per token) of each token's word features, which are
   * then not among the buckets (see wordFeatures.ts).
   */
  wordSums?: Int32Array;
}

/** Features per token at most (templates plus one per lexicon bit in four templates). */
const MAX_PER_TOKEN = 60 + 4 * BIT_COUNT;
/** Word features per token at most (templates plus one per lexicon bit). */
const MAX_WORD_FEATURES = 20 + BIT_COUNT;

/** Per-token values, computed once per sentence and shared by every window position. */
interface TokenHashes {
  lower: Uint32Array;
  shortShape: Uint32Array;
  pos: Uint32Array;
  lemma: Uint32Array;
  bits: Int32Array;
  /** Fine cluster id + 1 (0: unknown) in bits 0-8, coarse id + 1 above. */
  cluster: Uint32Array;
}

const BEFORE = hashString('<s>');
const AFTER = hashString('</s>');

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
    lower: new Uint32Array(n),
    shortShape: new Uint32Array(n),
    pos: new Uint32Array(n),
    lemma: new Uint32Array(n),
    bits: new Int32Array(n),
    cluster: new Uint32Array(n),
  };
}

/** Scratch arrays reused from sentence to sentence (grown on demand): a document of many short
 * sentences would otherwise allocate a dozen typed arrays per sentence. */
let scratch = newHashes(256);
let bucketScratch = new Uint32Array(256 * MAX_PER_TOKEN);
/** While training: each token's word-feature buckets, token i's at [wordOffsets[i], wordOffsets[i + 1]). */
let wordBuckets = new Uint32Array(256 * MAX_WORD_FEATURES);
let wordOffsets = new Uint32Array(257);
/** While tagging: the returned offsets and word sums (views, valid until the next sentence). */
let offsetScratch = new Uint32Array(257);
let sumScratch = new Int32Array(256 * 7);

/** The emission weights whose word sums the tagger wants (none while training). */
export interface WordSumsOf {
  emission: Int8Array;
}

function tokenHashes(
  tokens: readonly NerToken[],
  from: number,
  to: number,
  clusters: Uint32Array | null,
  bucketCount: number,
  sumsOf: WordSumsOf | undefined,
): { h: TokenHashes; wordSums?: Int32Array } {
  const n = to - from;
  if (scratch.lower.length < n) scratch = newHashes(Math.max(n, scratch.lower.length * 2));
  if (!sumsOf && wordOffsets.length < n + 1) {
    wordOffsets = new Uint32Array(2 * n + 1);
    wordBuckets = new Uint32Array(2 * n * MAX_WORD_FEATURES);
  }
  let kw = 0;
  const h = scratch;
  const lowers: string[] = new Array(n);
  if (sumsOf && sumScratch.length < n * 7) sumScratch = new Int32Array(n * 14);
  const wordSums = sumsOf ? sumScratch.subarray(0, n * 7) : undefined;
  for (let i = 0; i < n; i++) {
    const t = tokens[from + i]!;
    const row = wordRow(t.value, clusters);
    const w = wordCache.table;
    lowers[i] = wordCache.lowers[row / wordCache.fields]!;
    h.lower[i] = w[row + 1]!;
    h.shortShape[i] = w[row + 3]!;
    h.bits[i] = w[row + 12]!;
    h.cluster[i] = w[row + 13]!;
    h.pos[i] = hashString(t.pos);
    h.lemma[i] = hashString(t.lemma.toLowerCase());
    // Now, while the row is this word's: a later word of the sentence can start the table over.
    if (sumsOf && wordSums)
      wordEmissionSums(row, sumsOf.emission, bucketCount, clusters !== null, wordSums, i * 7);
    else {
      wordOffsets[i] = kw;
      kw = wordFeatureBuckets(row, bucketCount - 1, clusters !== null, wordBuckets, kw);
    }
  }
  wordOffsets[n] = kw;
  phraseBits(lowers, (i) => isUpperStart(tokens[from + i]!.value), h.bits);
  return wordSums ? { h, wordSums } : { h };
}

/**
 * The hashed features of every token of tokens[from, to), bucketed into `buckets` (a power of two).
 * The same function serves training and tagging, so they cannot disagree. With `sumsOf` (tagging),
 * the features of the word alone come as emission sums instead of buckets, and the arrays returned
 * are reused by the next call.
 */
export function sentenceFeatures(
  tokens: readonly NerToken[],
  from: number,
  to: number,
  context: SentenceContext,
  bucketCount: number,
  clusters: Uint32Array | null,
  sumsOf?: WordSumsOf,
): SentenceFeatures {
  const n = to - from;
  const { h, wordSums } = tokenHashes(tokens, from, to, clusters, bucketCount, sumsOf);
  const caps = context.caps ?? isAllCaps(tokens, from, to);
  const mask = bucketCount - 1;
  // Tagging reads the features at once and keeps none: views of scratch arrays, no allocation.
  if (sumsOf && offsetScratch.length < n + 1) offsetScratch = new Uint32Array(2 * n + 1);
  const offsets = sumsOf ? offsetScratch.subarray(0, n + 1) : new Uint32Array(n + 1);
  if (bucketScratch.length < n * MAX_PER_TOKEN) bucketScratch = new Uint32Array(n * MAX_PER_TOKEN * 2);
  const out = bucketScratch;
  let k = 0;
  const at = (a: Uint32Array, i: number, edge: number): number => (i < 0 || i >= n ? edge : a[i]!);
  const emit = (template: number, value: number) => {
    out[k++] = mix(template, value) & mask;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    if (!wordSums) for (let w = wordOffsets[i]!; w < wordOffsets[i + 1]!; w++) out[k++] = wordBuckets[w]!;
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
      const bit = 1 << b;
      if (bits & bit) {
        // The word's own bits are among its word features; bits of the phrase it is in are not.
        if (bit & PHRASE_BITS) emit(T.bits, b);
        if (caps) emit(T.capsBits, b);
      }
      if (bitsPrev & bit) emit(T.bitsPrev, b);
      if (bitsNext & bit) emit(T.bitsNext, b);
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
      emit(T.clusterPrev, cp & 511);
      emit(T.clusterNext, cn & 511);
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
  // Training keeps every sentence's features: a copy; tagging a view of the scratch.
  const features: SentenceFeatures = { offsets, buckets: sumsOf ? out.subarray(0, k) : out.slice(0, k) };
  if (wordSums) features.wordSums = wordSums;
  return features;
}
