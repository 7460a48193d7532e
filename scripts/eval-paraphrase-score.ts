/**
 * Scores `judgePair` (the code path of `triangulate pairs`) on hand-judged paraphrase pairs of real
 * news, test/fixtures/paraphrase-meantime.jsonl (MEANTIME: Wikinews CC BY 2.5, annotations CC BY
 * 4.0; candidates listed by scripts/paraphrase-sample.ts). One JSON object per line:
 *
 *   {"id", "split": "dev" | "heldout", "kind": "cross-article" | "headline-lead" | "same-event-set",
 *    "label": 1 | 0, "a", "b", "topic", "from": {"a": {"doc", "start"}, "b": {…}},
 *    "stratum"?: {"cosineBin", "floor", "population", "sampled"}, "note"?}
 *
 * `cross-article`: every pair of sentences of two articles of one topic with TF-IDF cosine >= 0.3
 * over the topic (MSRP-like: much wording in common), with its cosine stratum; `headline-lead`: an
 * article's headline against its first sentence; `same-event-set`: pairs of
 * test/fixtures/same-event-meantime.jsonl judged again for paraphrase. Dev: the airbus, apple and
 * gm topics (the decision was chosen on them); held out: stock, never tuned on.
 *
 * Labelling rule, read by a person: 1 (paraphrase) when both say the same thing — one may add a
 * minor detail (a date, an amount, an apposition, a cause); 0 when figures, dates, actors or
 * polarity differ, or one side makes a claim of its own the other does not (a second clause, a
 * second product). A pair of identical text is 1. `note` says why for the hard ones.
 *
 * Predicted paraphrase: relation is not "contradiction" and `match` is duplicate or paraphrase.
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
