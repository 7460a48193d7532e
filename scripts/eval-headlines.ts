/**
 * Headline against article body: is this article about this headline? MEANTIME's Wikinews
 * articles (../shared/data, CC BY), each headline against its own body and those of the same story
 * (related) and against bodies of other topics (unrelated), judged by `triangulate pairs`'s
 * `judgePair`; also bodies of the same topic telling another story (unrelated, the strict score),
 * and headlines with one planted error (real disagreements). Dev / held-out halves by article.
 *
 * Usage: npm run eval:headlines   (EVAL_SHOW_ERRORS=1 lists the misclassified rows)
 */
import { RELATED_THRESHOLD } from '../server/src/core/pairs/article';
import {
  atThreshold,
  contradictionPrecision,
  type JudgedRow,
  macroF1,
  mainRows,
  runHeadlineBenchmark,
  shipped,
  strictRows,
} from './eval-headlines-score';

const { rows, seconds } = runHeadlineBenchmark();
const half = (split: string) => (r: JudgedRow) => r.split === split;
const f = (x: number) => x.toFixed(3);

console.log(`# Headline vs article (MEANTIME, ${rows.length} pairs, ${seconds.toFixed(1)} s)\n`);
console.log('| stratum | gold | pairs | called related |');
console.log('| --- | --- | --- | --- |');
for (const stratum of ['own', 'same-story', 'other-topic', 'same-topic', 'planted'] as const) {
  const of = rows.filter((r) => r.stratum === stratum);
  console.log(
    `| ${stratum} | ${of[0]?.related ? 'related' : 'unrelated'} | ${of.length} | ${of.filter(shipped).length} |`,
  );
}
const main = mainRows(rows);
const strict = strictRows(rows);
console.log(`\nrelated / unrelated macro-F1 at threshold ${RELATED_THRESHOLD}:`);
console.log(
  `  main (own + same story vs other topics): ${f(macroF1(main, shipped))} (dev ${f(macroF1(main.filter(half('dev')), shipped))}, held out ${f(macroF1(main.filter(half('heldout')), shipped))})`,
);
console.log(`  strict (also same topic, other story, as unrelated): ${f(macroF1(strict, shipped))}`);
console.log(
  `  before (the sentence verdict: anything but "unrelated"): ${f(macroF1(main, (r) => r.sentenceRelated))} main, ${f(macroF1(strict, (r) => r.sentenceRelated))} strict`,
);

console.log('\nCalibration (threshold → macro-F1):\n');
console.log('| threshold | main dev | main held out | main | strict |');
console.log('| --- | --- | --- | --- | --- |');
for (let t = 0.1; t <= 0.701; t += 0.05) {
  const at = atThreshold(t);
  console.log(
    `| ${t.toFixed(2)} | ${f(macroF1(main.filter(half('dev')), at))} | ${f(macroF1(main.filter(half('heldout')), at))} | ${f(macroF1(main, at))} | ${f(macroF1(strict, at))} |`,
  );
}

const c = contradictionPrecision(rows);
const planted = rows.filter((r) => r.stratum === 'planted');
console.log(
  `\nContradictions: ${c.called} pairs called one, ${c.real} of them planted disagreements (precision ${f(c.called ? c.real / c.called : 0)}); ${planted.filter((r) => r.contradiction).length} of ${planted.length} planted headlines found.`,
);
const stances: Record<string, Record<string, number>> = {};
for (const r of rows.filter((r) => r.related)) {
  const s = stances[r.stratum] ?? {};
  s[r.stance ?? 'none'] = (s[r.stance ?? 'none'] ?? 0) + 1;
  stances[r.stratum] = s;
}
console.log(`Stances of related pairs: ${JSON.stringify(stances)}`);

if (process.env.EVAL_SHOW_ERRORS) {
  for (const r of strict)
    if (shipped(r) !== r.related) console.log(`${r.stratum} ${r.relatedness} ${r.id}: ${r.headline}`);
  for (const r of rows)
    if (r.contradiction && r.stratum !== 'planted')
      console.log(`contradiction in ${r.stratum}: ${r.id}: ${r.headline}`);
}
