/**
 * Structured averaged perceptron over the tagger's hashed features and BIO transitions
 * (Collins 2002), with the usual lazy-averaging trick: the averaged weight is w − u / c.
 */
import type { SentenceFeatures } from '../../server/src/core/entities/ner/features';
import { LABEL_COUNT } from '../../server/src/core/entities/ner/labels';
import { emissionScores, type NerWeights, viterbi } from '../../server/src/core/entities/ner/viterbi';

export class AveragedPerceptron {
  readonly weights: NerWeights;
  private readonly emissionSums: Float64Array;
  private readonly transitionSums: Float64Array;
  private steps = 1;

  constructor(buckets: number, clusters: Uint32Array, cases: Uint32Array) {
    this.weights = {
      buckets,
      clusters,
      cases,
      emission: new Float32Array(buckets * LABEL_COUNT),
      scale: 1,
      transition: new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT),
    };
    this.emissionSums = new Float64Array(buckets * LABEL_COUNT);
    this.transitionSums = new Float64Array((LABEL_COUNT + 1) * LABEL_COUNT);
  }

  predict(features: SentenceFeatures): Uint8Array {
    return viterbi(emissionScores(features, this.weights), this.weights.transition);
  }

  /** One training step: predict, and move the weights from the prediction towards the gold labels. */
  learn(features: SentenceFeatures, gold: Uint8Array): void {
    const predicted = this.predict(features);
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      if (g !== p) {
        for (let k = features.offsets[i]!; k < features.offsets[i + 1]!; k++) {
          const base = features.buckets[k]! * LABEL_COUNT;
          this.bump(this.weights.emission, this.emissionSums, base + g, 1);
          this.bump(this.weights.emission, this.emissionSums, base + p, -1);
        }
      }
      const gPrev = i === 0 ? LABEL_COUNT : gold[i - 1]!;
      const pPrev = i === 0 ? LABEL_COUNT : predicted[i - 1]!;
      if (gPrev !== pPrev || g !== p) {
        this.bump(this.weights.transition, this.transitionSums, gPrev * LABEL_COUNT + g, 1);
        this.bump(this.weights.transition, this.transitionSums, pPrev * LABEL_COUNT + p, -1);
      }
    }
    this.steps++;
  }

  private bump(w: Float32Array | Int8Array, sums: Float64Array, index: number, delta: number): void {
    w[index]! += delta;
    sums[index]! += this.steps * delta;
  }

  /** The averaged weights (what is shipped). */
  averaged(): NerWeights {
    const avg = (w: Float32Array | Int8Array, sums: Float64Array) => {
      const out = new Float32Array(w.length);
      for (let i = 0; i < w.length; i++) out[i] = w[i]! - sums[i]! / this.steps;
      return out;
    };
    return {
      buckets: this.weights.buckets,
      clusters: this.weights.clusters,
      cases: this.weights.cases,
      scale: 1,
      emission: avg(this.weights.emission, this.emissionSums),
      transition: avg(this.weights.transition, this.transitionSums),
    };
  }
}
