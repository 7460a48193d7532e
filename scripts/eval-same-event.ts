/**
 * Prints same-event matching on hand-judged MEANTIME sentence pairs (scripts/eval-same-event-score.ts).
 * Usage: npm run eval:same-event
 */
import { EVENT_VECTORS } from '../server/src/core/matching/eventVectors';
import { type Rates, scoreSameEvent } from './eval-same-event-score';

const s = scoreSameEvent();
console.log(
  '| half | labelled pairs | same-event | found | found same-event | precision (weighted) | recall (weighted) | F1 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const row = (name: string, r: Rates) =>
  `| ${name} | ${r.pairs} | ${r.positives} | ${r.found} | ${r.foundPositives} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.f1.toFixed(3)} |`;
console.log(row('all', s));
console.log(row('dev', s.halves.dev));
console.log(row('held out', s.halves.heldOut));
console.log('\n| topic | same-event pairs | found | different pairs found |');
console.log('| --- | --- | --- | --- |');
for (const [topic, t] of Object.entries(s.byTopic))
  console.log(`| ${topic} | ${t.positives} | ${t.foundPositives} | ${t.foundNegatives} |`);

console.log('\nCurve over the vector cosine of two event words in other words (1.00: vectors off):\n');
console.log('| threshold | found | found same-event | precision (weighted) | recall (weighted) |');
console.log('| --- | --- | --- | --- | --- |');
const shipped = EVENT_VECTORS.minCosine;
for (const t of [1, 0.5, 0.6, 0.7, 0.8]) {
  EVENT_VECTORS.minCosine = t;
  const c = scoreSameEvent();
  console.log(
    `| ${t.toFixed(2)} | ${c.found} | ${c.foundPositives} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} |`,
  );
}
EVENT_VECTORS.minCosine = shipped;
