/**
 * Paraphrase detection on hand-judged pairs of real news: accuracy, precision, recall and F1 of
 * "paraphrase" for the dev and held-out splits, per kind of pair, the confusion table, and a curve
 * over the decision's threshold (the share of the shorter sentence the longer one must state,
 * `PARAPHRASE` in server/src/core/pairs/paraphrase.ts). EVAL_SHOW_ERRORS=1 lists the dev split's
 * misses and false paraphrases (EVAL_SHOW_ERRORS=heldout the held-out split's).
 *
 * The pairs, test/fixtures/paraphrase-meantime.jsonl (MEANTIME: Wikinews CC BY 2.5, annotations
 * CC BY 4.0; candidates listed by scripts/paraphrase-sample.ts), one JSON object per line:
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
 *
 * Usage: npm run eval:paraphrase
 */
import { PARAPHRASE } from '../server/src/core/pairs/paraphrase';
import { type ParaphraseScore, SPLITS, scoreJudged, scoreParaphrase } from './eval-paraphrase-score';

const at3 = (x: number) => x.toFixed(3);
const row = (name: string, s: ParaphraseScore) =>
  `| ${name} | ${s.pairs} | ${s.positives} | ${at3(s.accuracy)} | ${at3(s.precision)} | ${at3(s.recall)} | ${at3(s.f1)} |`;

const s = scoreParaphrase();
console.log('| split | pairs | paraphrases | accuracy | precision | recall | F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const split of SPLITS) {
  console.log(row(split, s[split]));
  for (const kind of [...new Set(s.judged.map((j) => j.kind))])
    console.log(
      row(`${split}: ${kind}`, scoreJudged(s.judged.filter((j) => j.split === split && j.kind === kind))),
    );
}

console.log('\nConfusion (gold rows, predicted columns):\n');
console.log('| split | gold | predicted paraphrase | predicted not |');
console.log('| --- | --- | --- | --- |');
for (const split of SPLITS) {
  const c = s[split];
  console.log(`| ${split} | paraphrase | ${c.tp} | ${c.fn} |`);
  console.log(`| ${split} | not | ${c.fp} | ${c.tn} |`);
}

console.log(
  `\nCurve over the share of the shorter sentence stated (shipped: ${PARAPHRASE.minShorterCover}):\n`,
);
console.log('| threshold | dev accuracy | dev P | dev R | held-out accuracy | held-out P | held-out R |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const shipped = PARAPHRASE.minShorterCover;
for (const t of [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9]) {
  PARAPHRASE.minShorterCover = t;
  const c = scoreParaphrase();
  console.log(
    `| ${t.toFixed(2)} | ${at3(c.dev.accuracy)} | ${at3(c.dev.precision)} | ${at3(c.dev.recall)} | ${at3(c.heldout.accuracy)} | ${at3(c.heldout.precision)} | ${at3(c.heldout.recall)} |`,
  );
}
PARAPHRASE.minShorterCover = shipped;

const show = process.env.EVAL_SHOW_ERRORS;
if (show) {
  const split = show === 'heldout' ? 'heldout' : 'dev';
  console.log(`\nErrors (${split}):\n`);
  for (const j of s.judged.filter((x) => x.split === split && x.predicted !== (x.label === 1)))
    console.log(
      `${j.label ? 'missed' : 'false paraphrase'} (${j.kind}; ${j.relation}/${j.match})${j.note ? ` [${j.note}]` : ''}\n  a: ${j.a}\n  b: ${j.b}`,
    );
}
