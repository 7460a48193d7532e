/** int8 quantisation of the emission weights for the committed model files. */
import { LABELS } from '../../server/src/core/entities/ner/labels';
import { type NerModelFile, sha256, weightsToBytes } from '../../server/src/core/entities/ner/modelFile';
import type { NerWeights } from '../../server/src/core/entities/ner/viterbi';

export interface ModelFiles {
  /** models/ner/model.json */
  description: NerModelFile;
  /** models/ner/model.bin */
  bytes: Uint8Array;
}

export function toModelFiles(
  weights: NerWeights,
  version: string,
  heldOut: Record<string, unknown>,
): ModelFiles {
  let max = 0;
  for (const w of weights.emission) max = Math.max(max, Math.abs(w * weights.scale));
  const scale = max / 127 || 1;
  const emission = new Int8Array(weights.emission.length);
  for (let i = 0; i < emission.length; i++)
    emission[i] = Math.round((weights.emission[i]! * weights.scale) / scale);
  const bytes = weightsToBytes(
    weights.buckets,
    emission,
    weights.clusters ?? new Uint32Array(0),
    weights.cases ?? new Uint32Array(0),
  );
  return {
    description: {
      version,
      labels: [...LABELS],
      buckets: weights.buckets,
      scale,
      transition: [...weights.transition].map((t) => Math.round(t * 1000) / 1000),
      weightsSha256: sha256(bytes),
      heldOut,
    },
    bytes,
  };
}
