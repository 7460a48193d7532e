/**
 * Prints same-event matching on hand-judged MEANTIME sentence pairs (scripts/eval-same-event-score.ts).
 * Usage: npm run eval:same-event
 */
import { EVENT_VECTORS } from '../server/src/core/matching/eventVectors';
import { MATCH_THRESHOLDS } from '../server/src/core/matching/matcher';
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

/** Precision and recall of both halves with one threshold set to each value in turn. */
function curve(title: string, values: number[], set: (t: number) => void, shipped: number): void {
  console.log(`\nCurve over ${title} (shipped: ${shipped}):\n`);
  console.log('| threshold | found | found same-event | P | R | dev P | dev R | held-out P | held-out R |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const t of values) {
    set(t);
    const c = scoreSameEvent();
    const { dev, heldOut } = c.halves;
    console.log(
      `| ${t.toFixed(2)} | ${c.found} | ${c.foundPositives} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${dev.precision.toFixed(3)} | ${dev.recall.toFixed(3)} | ${heldOut.precision.toFixed(3)} | ${heldOut.recall.toFixed(3)} |`,
    );
  }
  set(shipped);
}

curve(
  'the cosine a same-event match needs with the same day stated in both (2: off)',
  [2, 0.1, 0.15, 0.2, 0.25],
  (t) => {
    MATCH_THRESHOLDS.sameEventDay = t;
  },
  MATCH_THRESHOLDS.sameEventDay,
);
curve(
  'the cosine a same-event match needs with one anchor (a name, figure or date both state)',
  [0.15, 0.2, 0.25, 0.3, 0.35],
  (t) => {
    MATCH_THRESHOLDS.sameEvent = t;
  },
  MATCH_THRESHOLDS.sameEvent,
);
curve(
  'the vector cosine of two event words in other words (1.00: vectors off)',
  [1, 0.5, 0.6, 0.7, 0.8],
  (t) => {
    EVENT_VECTORS.minCosine = t;
  },
  EVENT_VECTORS.minCosine,
);
