import { LABEL_COUNT, LABELS } from './labels';
import type { NerWeights } from './viterbi';

/** The committed model file (JSON): int8-quantised emissions in base64, float transitions. */
export interface NerModelFile {
  /** sha256 of what produced the weights (training script, feature code, data, config). */
  version: string;
  labels: readonly string[];
  buckets: number;
  /** emission weight = int8 value × scale */
  scale: number;
  emission: string;
  /** The word-cluster table (little-endian uint32 slots), base64. */
  clusters: string;
  transition: number[];
  /** Held-out scores recorded at training time (for the model card and the CI threshold). */
  heldOut?: Record<string, unknown>;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 → bytes without Buffer or atob, so the core stays free of platform APIs. */
function fromBase64(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < BASE64.length; i++) lookup[BASE64.charCodeAt(i)] = i;
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n =
      (lookup[s.charCodeAt(i)]! << 18) |
      (lookup[s.charCodeAt(i + 1)]! << 12) |
      (lookup[s.charCodeAt(i + 2)]! << 6) |
      lookup[s.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Weights from the committed file: checks the label set, dequantises the emissions. */
export function weightsFromFile(file: NerModelFile): NerWeights {
  if (file.labels.join() !== LABELS.join()) throw new Error('NER model: label set differs from the code');
  const bytes = fromBase64(file.emission);
  if (bytes.length !== file.buckets * LABEL_COUNT) throw new Error('NER model: emission size mismatch');
  const emission = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const table = fromBase64(file.clusters);
  const clusters = new Uint32Array(table.length / 4);
  for (let i = 0; i < clusters.length; i++) {
    const o = i * 4;
    clusters[i] = (table[o]! | (table[o + 1]! << 8) | (table[o + 2]! << 16) | (table[o + 3]! << 24)) >>> 0;
  }
  return {
    buckets: file.buckets,
    emission,
    scale: file.scale,
    clusters,
    transition: Float32Array.from(file.transition),
  };
}
