import { createHash } from 'node:crypto';
import { CLUSTER_SLOTS } from './clusters';
import { LABEL_COUNT, LABELS } from './labels';
import { CASE_SLOTS } from './truecase';
import type { NerWeights } from './viterbi';

/**
 * The committed model: a small JSON description (`model.json`, bundled) and the weights as raw bytes
 * (`model.bin`, read from disk once per thread): the int8 emission rows, then the word-cluster table
 * as little-endian uint32 slots, then the case table (truecase.ts), the same way. Raw bytes are read straight into one buffer the tagger uses as
 * is; bundled as base64 text they cost each thread the script source, the string and a decoded copy.
 */
export interface NerModelFile {
  /** sha256 of what produced the weights (training script, feature code, data, config). */
  version: string;
  labels: readonly string[];
  buckets: number;
  /** emission weight = int8 value × scale */
  scale: number;
  transition: number[];
  /** sha256 of model.bin, so a description and weights from different trainings are never paired. */
  weightsSha256: string;
  /** Held-out scores recorded at training time (for the model card and the CI threshold). */
  heldOut?: Record<string, unknown>;
}

/** Byte length of the emission rows, padded so the cluster table starts 4-aligned. */
const emissionBytes = (buckets: number): number => Math.ceil((buckets * LABEL_COUNT) / 4) * 4;

export const weightsByteLength = (buckets: number): number =>
  emissionBytes(buckets) + (CLUSTER_SLOTS + CASE_SLOTS) * 4;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The raw bytes of model.bin for int8 emissions, a cluster table and a case table. */
export function weightsToBytes(
  buckets: number,
  emission: Int8Array,
  clusters: Uint32Array,
  cases: Uint32Array,
): Uint8Array {
  const out = new Uint8Array(weightsByteLength(buckets));
  out.set(new Uint8Array(emission.buffer, emission.byteOffset, emission.length));
  const view = new DataView(out.buffer);
  const base = emissionBytes(buckets);
  for (let i = 0; i < CLUSTER_SLOTS; i++) view.setUint32(base + i * 4, clusters[i] ?? 0, true);
  const caseBase = base + CLUSTER_SLOTS * 4;
  for (let i = 0; i < CASE_SLOTS; i++) view.setUint32(caseBase + i * 4, cases[i] ?? 0, true);
  return out;
}

function uint32Slots(bytes: Uint8Array, offset: number, count: number): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset + offset, count * 4);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}

/** Weights from the committed description and bytes: checks they belong together and to the code. */
export function weightsFromFile(file: NerModelFile, bytes: Uint8Array): NerWeights {
  if (file.labels.join() !== LABELS.join()) throw new Error('NER model: label set differs from the code');
  if (bytes.length !== weightsByteLength(file.buckets))
    throw new Error(
      `NER model: model.bin has ${bytes.length} bytes, expected ${weightsByteLength(file.buckets)}`,
    );
  if (sha256(bytes) !== file.weightsSha256)
    throw new Error('NER model: model.bin does not match model.json (retrain or restore both)');
  // A view, not a copy: the emission rows stay int8, as read.
  const emission = new Int8Array(bytes.buffer, bytes.byteOffset, file.buckets * LABEL_COUNT);
  const base = emissionBytes(file.buckets);
  return {
    buckets: file.buckets,
    emission,
    scale: file.scale,
    clusters: uint32Slots(bytes, base, CLUSTER_SLOTS),
    cases: uint32Slots(bytes, base + CLUSTER_SLOTS * 4, CASE_SLOTS),
    transition: Float32Array.from(file.transition),
  };
}
