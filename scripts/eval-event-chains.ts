/**
 * Prints same-event matching against MEANTIME's cross-document event chains
 * (scripts/eval-event-chains-score.ts): dev and held-out precision and recall, and the curves over
 * the cosine thresholds of event-level and of TF-IDF same-event matches.
 * Usage: npm run eval:event-chains
 */
import { EVENT_VECTORS } from '../server/src/core/matching/eventVectors';
import { EVENT_MATCH, MATCH_THRESHOLDS } from '../server/src/core/matching/matcher';
import { HALVES, loadTopics, scoreEventChains } from './eval-event-chains-score';

const topics = loadTopics();
const s = scoreEventChains(topics);
console.log('| half | event-sentence pairs | gold | found | found gold | precision | recall |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const h of [...HALVES, 'all'] as const) {
  const c = s[h];
  console.log(
    `| ${h} | ${c.universe} | ${c.gold} | ${c.found} | ${c.foundGold} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} |`,
  );
}

/** Precision and recall of both halves with one threshold set to each value in turn. */
function curve(title: string, values: number[], set: (t: number) => void, shipped: number): void {
  console.log(`\nCurve over ${title} (shipped: ${shipped}):\n`);
  console.log('| threshold | dev P | dev R | held-out P | held-out R |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const t of values) {
    set(t);
    const c = scoreEventChains(topics);
    console.log(
      `| ${t.toFixed(2)} | ${c.dev.precision.toFixed(3)} | ${c.dev.recall.toFixed(3)} | ${c.heldOut.precision.toFixed(3)} | ${c.heldOut.recall.toFixed(3)} |`,
    );
  }
  set(shipped);
}

curve(
  'the cosine an event-level match needs (same story, same happening and participant)',
  [0, 0.05, 0.1, 0.15, 0.2, 0.3],
  (t) => {
    EVENT_MATCH.minCosine = t;
  },
  EVENT_MATCH.minCosine,
);
curve(
  'the cosine of TF-IDF same-event matches',
  [0.1, 0.15, 0.2, 0.25, 0.3, 0.4],
  (t) => {
    MATCH_THRESHOLDS.sameEvent = t;
  },
  MATCH_THRESHOLDS.sameEvent,
);
curve(
  'the vector cosine of two event words in other words (1.00: vectors off)',
  [1, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85],
  (t) => {
    EVENT_VECTORS.minCosine = t;
  },
  EVENT_VECTORS.minCosine,
);
