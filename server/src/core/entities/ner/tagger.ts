import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import modelFile from '../../../../../models/ner/model.json';
import { findModelFile } from '../../modelFilePath';
import type { Token } from '../../nlp/tokenize';
import { isAllCaps, type SentenceContext, sentenceFeatures } from './features';
import { isBegin, isInside, NAME_TYPE_OF, type TagType, typeOfLabel } from './labels';
import { type NerModelFile, weightsFromFile } from './modelFile';
import { caseTablesOf, truecasedTokens } from './truecase';
import { emissionScores, type NerWeights, viterbi } from './viterbi';

/** A name the statistical tagger found (token index range, end exclusive). */
export interface TaggedName {
  tokenStart: number;
  tokenEnd: number;
  type: TagType;
}

const WEIGHTS_FILE = join('models', 'ner', 'model.bin');

/**
 * models/ner/model.bin, looked for from this code's folder upwards: the repository root for the
 * sources (tests, scripts), the extension's root for the bundles in dist/.
 */
export function nerWeightsPath(from: string = __dirname): string {
  const path = findModelFile(WEIGHTS_FILE, from);
  if (!path) throw new Error(`NER model: ${WEIGHTS_FILE} not found in ${from} or any folder above it`);
  return path;
}

let weights: NerWeights | null = null;

/** The committed model, read once per process or worker thread on first use. */
export function nerWeights(): NerWeights {
  weights ??= weightsFromFile(modelFile as NerModelFile, readFileSync(nerWeightsPath()));
  return weights;
}

/** Tuning only (`train:ner -- --dev`): the whole pipeline tags with weights just trained. */
export function useNerWeights(w: NerWeights): void {
  weights = w;
}

/** The model's recorded version hash (what produced the committed weights). */
export const nerModelVersion = (): string => (modelFile as NerModelFile).version;
/**
 * Names in tokens[from, to) (one sentence), as the tagger labels them. A sentence in capitals is
 * truecased first, unless the caller says whether it is (`context.caps`: then already truecased).
 */
export function tagSentence(
  tokens: Token[],
  from: number,
  to: number,
  context: SentenceContext,
  w: NerWeights = nerWeights(),
): TaggedName[] {
  if (to <= from) return [];
  if (context.caps === undefined) {
    const caps = isAllCaps(tokens, from, to);
    const range = [{ tokenStart: from, tokenEnd: to }];
    return tagSentence(
      truecasedTokens(tokens, range, [caps], caseTablesOf(w)),
      from,
      to,
      { ...context, caps },
      w,
    );
  }
  // Shipped weights are int8: the word features' sums are cached per word (see wordFeatures.ts).
  const sumsOf = w.emission instanceof Int8Array ? { emission: w.emission } : undefined;
  const features = sentenceFeatures(tokens, from, to, context, w.buckets, w.clusters, sumsOf);
  return namesOf(viterbi(emissionScores(features, w, true), w.transition), from);
}

/** The spans of a BIO label sequence, offset to token indexes. */
export function namesOf(labels: Uint8Array, offset: number): TaggedName[] {
  const out: TaggedName[] = [];
  for (let i = 0; i < labels.length; ) {
    const l = labels[i]!;
    if (!isBegin(l)) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < labels.length && isInside(labels[e]!) && labels[e] === l + 1) e++;
    out.push({ tokenStart: offset + i, tokenEnd: offset + e, type: typeOfLabel(l) });
    i = e;
  }
  return out;
}

export const nameTypeOf = (t: TagType) => NAME_TYPE_OF[t];
