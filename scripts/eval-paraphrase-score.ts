/**
 * Scores `judgePair` (the code path of `triangulate pairs`) on the hand-judged paraphrase pairs of
 * test/fixtures/paraphrase-meantime.jsonl; their format, selection and labelling rule are in
 * scripts/eval-paraphrase.ts. Predicted paraphrase: relation is not "contradiction" and `match` is
 * duplicate or paraphrase.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgePair } from '../server/src/cli/pairs';

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export interface ParaphrasePair {
  id: string;
  split: Split;
  kind: string;
  label: 0 | 1;
  a: string;
  b: string;
  note?: string;
}

export interface ParaphraseJudged extends ParaphrasePair {
  predicted: boolean;
  relation: string;
  match: string | null;
}

export interface ParaphraseScore {
  pairs: number;
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export const readParaphrasePairs = (
  file = join(__dirname, '..', 'test/fixtures/paraphrase-meantime.jsonl'),
): ParaphrasePair[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ParaphrasePair);

/** What `pairs` answers, read as the benchmark's scorer most likely reads it. */
export function judgeParaphrasePair(p: ParaphrasePair): ParaphraseJudged {
  const v = judgePair(p.a, p.b);
  const predicted = v.relation !== 'contradiction' && (v.match === 'duplicate' || v.match === 'paraphrase');
  return { ...p, predicted, relation: v.relation, match: v.match };
}

const ratio = (n: number, d: number) => (d ? n / d : 0);

export function scoreJudged(judged: readonly ParaphraseJudged[]): ParaphraseScore {
  const count = (gold: number, said: boolean) =>
    judged.filter((j) => j.label === gold && j.predicted === said).length;
  const [tp, fp, fn, tn] = [count(1, true), count(0, true), count(1, false), count(0, false)];
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    pairs: judged.length,
    positives: tp + fn,
    tp,
    fp,
    fn,
    tn,
    accuracy: ratio(tp + tn, judged.length),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
  };
}

/** Each split's score of every pair judged now. */
export function scoreParaphrase(pairs = readParaphrasePairs()): Record<Split, ParaphraseScore> & {
  judged: ParaphraseJudged[];
} {
  const judged = pairs.map(judgeParaphrasePair);
  const of = (split: Split) => scoreJudged(judged.filter((j) => j.split === split));
  return { dev: of('dev'), heldout: of('heldout'), judged };
}
