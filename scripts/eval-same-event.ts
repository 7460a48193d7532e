/**
 * Prints same-event matching on hand-judged MEANTIME sentence pairs (scripts/eval-same-event-score.ts).
 * Usage: npm run eval:same-event
 */
import { scoreSameEvent } from './eval-same-event-score';

const s = scoreSameEvent();
console.log(
  '| labelled pairs | same-event | found | found same-event | precision (weighted) | recall (weighted) | F1 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${s.pairs} | ${s.positives} | ${s.found} | ${s.foundPositives} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`,
);
console.log('\n| topic | same-event pairs | found | different pairs found |');
console.log('| --- | --- | --- | --- |');
for (const [topic, t] of Object.entries(s.byTopic))
  console.log(`| ${topic} | ${t.positives} | ${t.foundPositives} | ${t.foundNegatives} |`);
