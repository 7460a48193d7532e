/**
 * Scores `judgePair` on a file of labelled short-sentence pairs: is a contradiction predicted
 * (relation "contradiction", any kind) where the gold kind says there is one? Precision and recall
 * of contradictions overall, recall per gold kind, false alarms on the pairs without conflict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgePair } from '../server/src/cli/pairs';

export const PAIR_KINDS = ['negation', 'antonym', 'incompatible', 'role'] as const;

export interface LabelledPair {
  id: string;
  kind: (typeof PAIR_KINDS)[number] | null;
  a: string;
  b: string;
}

export interface JudgedPair extends LabelledPair {
  predicted: { relation: string; kind: string | null };
}

export interface PairScore {
  pairs: number;
  negatives: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  /** Gold kind → [gold pairs, predicted as a contradiction]. */
  perKind: Record<string, { gold: number; found: number; recall: number }>;
  falseAlarms: number;
  judged: JudgedPair[];
}

export function readPairs(file: string): LabelledPair[] {
  return readFileSync(join(__dirname, '..', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPair);
}

const ratio = (n: number, d: number) => (d ? n / d : 0);

export function scorePairs(rows: readonly LabelledPair[]): PairScore {
  const judged = rows.map((r) => ({ ...r, predicted: judgePair(r.a, r.b) }));
  const says = (r: JudgedPair) => r.predicted.relation === 'contradiction';
  const predicted = judged.filter(says).length;
  const correct = judged.filter((r) => says(r) && r.kind !== null).length;
  const gold = judged.filter((r) => r.kind !== null).length;
  const perKind: PairScore['perKind'] = {};
  for (const kind of PAIR_KINDS) {
    const of = judged.filter((r) => r.kind === kind);
    const found = of.filter(says).length;
    perKind[kind] = { gold: of.length, found, recall: ratio(found, of.length) };
  }
  return {
    pairs: rows.length,
    negatives: rows.length - gold,
    predicted,
    correct,
    precision: ratio(correct, predicted),
    recall: ratio(correct, gold),
    perKind,
    falseAlarms: predicted - correct,
    judged,
  };
}
