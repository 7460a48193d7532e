/** Scores of a model on held-out examples, per source and per type. */
import { sentenceFeatures } from '../../server/src/core/entities/ner/features';
import { emissionScores, type NerWeights, viterbi } from '../../server/src/core/entities/ner/viterbi';
import type { Example } from './data';
import { Scorer, type Scores, table } from './score';

/** Sources whose held-out documents are prose (news, interviews, press releases, Wikipedia). */
export const PROSE_SOURCES = new Set(['gum', 're3d', 'wikigold']);

/** The tagger's labels of one example. */
export function predictLabels(e: Example, weights: NerWeights): Uint8Array {
  const f = sentenceFeatures(
    e.tokens,
    0,
    e.tokens.length,
    { headline: e.headline, caps: e.caps, hints: e.hints },
    weights.buckets,
    weights.clusters,
  );
  return viterbi(emissionScores(f, weights), weights.transition);
}

export function heldOutScores(
  examples: readonly Example[],
  weights: NerWeights,
): Record<string, Record<string, Scores>> {
  const scorers = new Map<string, Scorer>();
  const scorer = (key: string) => {
    if (!scorers.has(key)) scorers.set(key, new Scorer());
    return scorers.get(key)!;
  };
  for (const e of examples) {
    const predicted = predictLabels(e, weights);
    scorer(e.source).add(e.labels, predicted);
    scorer(PROSE_SOURCES.has(e.source) ? 'prose' : 'social').add(e.labels, predicted);
  }
  return table(new Map([...scorers].sort(([a], [b]) => a.localeCompare(b))));
}
