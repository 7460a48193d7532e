import type { SentenceFeatures } from './features';
import { allowedTransition, LABEL_COUNT as LABELS_IMPORTED } from './labels';

/** Weights of the linear-chain tagger: one row of label scores per feature bucket, and transitions. */
export interface NerWeights {
  /** Number of feature buckets (a power of two). */
  buckets: number;
  /**
   * buckets × LABEL_COUNT emission weights: floats while training, int8 × `scale` when shipped
   * (a quarter of the memory, so the rows stay in cache while tagging).
   */
  emission: Float32Array | Int8Array;
  scale: number;
  /** Word clusters (see clusters.ts), or none. */
  clusters: Uint32Array | null;
  /** Cases of words for truecasing all-caps sentences (see truecase.ts), or none. */
  cases: Uint32Array | null;
  /** (LABEL_COUNT + 1) × LABEL_COUNT: from label (the last row is the sentence start) to label. */
  transition: Float32Array;
}

// A module-local copy: imported bindings are getters under some loaders, too slow for inner loops.
const LABEL_COUNT = LABELS_IMPORTED;
const START = LABEL_COUNT;
const FORBIDDEN = -1e9;

/** 1 where BIO allows the transition (rows: from, last row the start; columns: to). */
const ALLOWED = (() => {
  const a = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let p = 0; p <= LABEL_COUNT; p++)
    for (let l = 0; l < LABEL_COUNT; l++) a[p * LABEL_COUNT + l] = allowedTransition(p, l) ? 1 : 0;
  return a;
})();

/** Scratch of the tagger's scores and of Viterbi's tables, grown on demand. */
let scoreScratch = new Float32Array(256 * 7);
let bestScratch = new Float64Array(256 * 7);
let backScratch = new Uint8Array(256 * 7);

/**
 * Label scores of every token: the sum of its features' rows. With `reuse`, a view of a scratch
 * array valid until the next call (the tagger decodes it at once; training keeps nothing either).
 */
export function emissionScores(features: SentenceFeatures, weights: NerWeights, reuse = false): Float32Array {
  if (LABEL_COUNT !== 7) throw new Error('emissionScores is unrolled for 7 labels');
  const n = features.offsets.length - 1;
  if (reuse && scoreScratch.length < n * 7) scoreScratch = new Float32Array(n * 14);
  const scores = reuse ? scoreScratch.subarray(0, n * 7) : new Float32Array(n * 7);
  const { emission, scale } = weights;
  const { offsets, buckets, wordSums } = features;
  for (let i = 0; i < n; i++) {
    // Seven labels summed in locals: one store per label and token instead of one per feature.
    // Tagging starts from the sums of the word's own features (computed once per word).
    const w = i * 7;
    let s0 = wordSums ? wordSums[w]! : 0;
    let s1 = wordSums ? wordSums[w + 1]! : 0;
    let s2 = wordSums ? wordSums[w + 2]! : 0;
    let s3 = wordSums ? wordSums[w + 3]! : 0;
    let s4 = wordSums ? wordSums[w + 4]! : 0;
    let s5 = wordSums ? wordSums[w + 5]! : 0;
    let s6 = wordSums ? wordSums[w + 6]! : 0;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      const b = buckets[k]! * 7;
      s0 += emission[b]!;
      s1 += emission[b + 1]!;
      s2 += emission[b + 2]!;
      s3 += emission[b + 3]!;
      s4 += emission[b + 4]!;
      s5 += emission[b + 5]!;
      s6 += emission[b + 6]!;
    }
    const row = i * 7;
    scores[row] = s0 * scale;
    scores[row + 1] = s1 * scale;
    scores[row + 2] = s2 * scale;
    scores[row + 3] = s3 * scale;
    scores[row + 4] = s4 * scale;
    scores[row + 5] = s5 * scale;
    scores[row + 6] = s6 * scale;
  }
  return scores;
}

/** The best BIO-valid label sequence (first-order Viterbi). */
export function viterbi(scores: Float32Array, transition: Float32Array): Uint8Array {
  const n = scores.length / LABEL_COUNT;
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  if (bestScratch.length < n * LABEL_COUNT) {
    bestScratch = new Float64Array(n * LABEL_COUNT * 2);
    backScratch = new Uint8Array(n * LABEL_COUNT * 2);
  }
  const best = bestScratch;
  const back = backScratch;
  for (let l = 0; l < LABEL_COUNT; l++) {
    best[l] = ALLOWED[START * LABEL_COUNT + l]
      ? transition[START * LABEL_COUNT + l]! + scores[l]!
      : FORBIDDEN;
  }
  for (let i = 1; i < n; i++) {
    for (let l = 0; l < LABEL_COUNT; l++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < LABEL_COUNT; p++) {
        const s = ALLOWED[p * LABEL_COUNT + l]
          ? best[(i - 1) * LABEL_COUNT + p]! + transition[p * LABEL_COUNT + l]!
          : FORBIDDEN;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * LABEL_COUNT + l] = top + scores[i * LABEL_COUNT + l]!;
      back[i * LABEL_COUNT + l] = arg;
    }
  }
  let last = 0;
  for (let l = 1; l < LABEL_COUNT; l++) {
    if (best[(n - 1) * LABEL_COUNT + l]! > best[(n - 1) * LABEL_COUNT + last]!) last = l;
  }
  labels[n - 1] = last;
  for (let i = n - 1; i > 0; i--) labels[i - 1] = back[i * LABEL_COUNT + labels[i]!]!;
  return labels;
}
