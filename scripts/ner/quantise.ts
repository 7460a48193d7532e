/** int8 quantisation of the emission weights for the committed model file. */
import { LABELS } from '../../server/src/core/entities/ner/labels';
import type { NerModelFile } from '../../server/src/core/entities/ner/modelFile';
import type { NerWeights } from '../../server/src/core/entities/ner/viterbi';

export function toModelFile(
  weights: NerWeights,
  version: string,
  heldOut: Record<string, unknown>,
): NerModelFile {
  let max = 0;
  for (const w of weights.emission) max = Math.max(max, Math.abs(w * weights.scale));
  const scale = max / 127 || 1;
  const bytes = new Int8Array(weights.emission.length);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Math.round((weights.emission[i]! * weights.scale) / scale);
  return {
    version,
    labels: [...LABELS],
    buckets: weights.buckets,
    scale,
    transition: [...weights.transition].map((t) => Math.round(t * 1000) / 1000),
    heldOut,
    emission: Buffer.from(bytes.buffer).toString('base64'),
    clusters: Buffer.from(new Uint32Array(weights.clusters ?? []).buffer).toString('base64'),
  };
}
