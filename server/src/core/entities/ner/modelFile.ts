import { createHash } from 'node:crypto';
import { CLUSTER_SLOTS } from './clusters';
import { LABEL_COUNT, LABELS } from './labels';
import type { NerWeights } from './viterbi';

/**
 * The committed model: a small JSON description (`model.json`, bundled) and the weights as raw bytes
 * (`model.bin`, read from disk once per thread): the int8 emission rows, then the word-cluster table
 * as little-endian uint32 slots. Raw bytes are read straight into one buffer the tagger uses as
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

export const weightsByteLength = (buckets: number): number => emissionBytes(buckets) + CLUSTER_SLOTS * 4;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The raw bytes of model.bin for int8 emissions and a cluster table. */
export function weightsToBytes(buckets: number, emission: Int8Array, clusters: Uint32Array): Uint8Array {
  const out = new Uint8Array(weightsByteLength(buckets));
  out.set(new Uint8Array(emission.buffer, emission.byteOffset, emission.length));
  const view = new DataView(out.buffer);
  const base = emissionBytes(buckets);
  for (let i = 0; i < CLUSTER_SLOTS; i++) view.setUint32(base + i * 4, clusters[i] ?? 0, true);
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
  const view = new DataView(bytes.buffer, bytes.byteOffset + emissionBytes(file.buckets), CLUSTER_SLOTS * 4);
  const clusters = new Uint32Array(CLUSTER_SLOTS);
  for (let i = 0; i < CLUSTER_SLOTS; i++) clusters[i] = view.getUint32(i * 4, true);
  return {
    buckets: file.buckets,
    emission,
    scale: file.scale,
    clusters,
    transition: Float32Array.from(file.transition),
  };
}
