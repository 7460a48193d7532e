/**
 * Prints same-event matching against MEANTIME's cross-document event chains
 * (scripts/eval-event-chains-score.ts): dev and held-out precision and recall, and the curve over
 * the cosine threshold of same-event matches.
 * Usage: npm run eval:event-chains
 */
import { MATCH_THRESHOLDS } from '../server/src/core/matching/matcher';
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

const shipped = MATCH_THRESHOLDS.sameEvent;
console.log(`\nCurve over the same-event cosine threshold (shipped: ${shipped}):\n`);
console.log('| threshold | dev P | dev R | held-out P | held-out R |');
console.log('| --- | --- | --- | --- | --- |');
for (const t of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
  MATCH_THRESHOLDS.sameEvent = t;
  const c = scoreEventChains(topics);
  console.log(
    `| ${t.toFixed(2)} | ${c.dev.precision.toFixed(3)} | ${c.dev.recall.toFixed(3)} | ${c.heldOut.precision.toFixed(3)} | ${c.heldOut.recall.toFixed(3)} |`,
  );
}
MATCH_THRESHOLDS.sameEvent = shipped;
