/**
 * Scores `judgePair` on the headline benchmark (`eval-headlines-data.ts`): related / unrelated
 * macro-F1 at the shipped threshold and along a calibration curve, per stratum, and the precision
 * of contradictions (how many of the pairs called one are planted disagreements).
 */
import { judgePair } from '../server/src/cli/pairs';
import { RELATED_THRESHOLD } from '../server/src/core/pairs/article';
import { DEFAULT_SEED, type HeadlineRow, headlineRows } from './eval-headlines-data';

export interface JudgedRow extends HeadlineRow {
  relatedness: number;
  /** The sentence verdict alone (before articles were compared as articles): anything but unrelated. */
  sentenceRelated: boolean;
  contradiction: boolean;
  stance: string | null;
}

export interface HeadlineBenchmark {
  rows: JudgedRow[];
  seconds: number;
}

export function runHeadlineBenchmark(seed = DEFAULT_SEED): HeadlineBenchmark {
  const started = Date.now();
  const rows = headlineRows(seed).map((r): JudgedRow => {
    const v = judgePair(r.headline, r.body);
    const article = 'related' in v ? v : null;
    return {
      ...r,
      relatedness: article?.relatedness ?? (v.relation === 'unrelated' ? 0 : v.score),
      sentenceRelated: v.relation !== 'unrelated',
      contradiction: v.relation === 'contradiction',
      stance: article?.stance ?? null,
    };
  });
  return { rows, seconds: (Date.now() - started) / 1000 };
}

const f1 = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Macro-F1 of related / unrelated over `rows`, a row predicted related when `says` holds. */
export function macroF1(rows: readonly JudgedRow[], says: (r: JudgedRow) => boolean): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of rows) {
    const p = says(r);
    if (p && r.related) tp++;
    else if (p) fp++;
    else if (r.related) fn++;
    else tn++;
  }
  return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
}

/** The rows of the main score: own and same-story bodies against other topics' bodies. */
export const mainRows = (rows: readonly JudgedRow[]) =>
  rows.filter((r) => r.stratum === 'own' || r.stratum === 'same-story' || r.stratum === 'other-topic');

/** The same with bodies of the headline's own topic telling another story counted as unrelated. */
export const strictRows = (rows: readonly JudgedRow[]) => rows.filter((r) => r.stratum !== 'planted');

export const atThreshold = (t: number) => (r: JudgedRow) => r.relatedness >= t;
export const shipped = atThreshold(RELATED_THRESHOLD);

/** Pairs called a contradiction, and how many of them are planted disagreements. */
export function contradictionPrecision(rows: readonly JudgedRow[]): { called: number; real: number } {
  const called = rows.filter((r) => r.contradiction);
  return { called: called.length, real: called.filter((r) => r.stratum === 'planted').length };
}
