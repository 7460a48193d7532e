/**
 * Per-kind precision and recall of contradiction detection on labelled pairs: the development set
 * test/fixtures/contradiction-pairs.jsonl (seed passages and other stories written for the purpose;
 * the rules were adjusted while looking at it) and the held-out set
 * test/fixtures/contradiction-pairs-heldout.jsonl (written after, never tuned on). `kind: null` marks
 * hard negatives: compatible figures, paraphrases, different referents, hedged vs hedged, the same
 * side named twice. Usage: npm run eval:contradictions [-- <file>]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgePair } from '../server/src/cli/pairs';

interface Labelled {
  id: string;
  kind: string | null;
  a: string;
  b: string;
}

const file = process.argv[2] ?? 'test/fixtures/contradiction-pairs.jsonl';
const rows = readFileSync(join(__dirname, '..', file), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Labelled);
console.log(`## ${file}\n`);

const started = performance.now();
const results = rows.map((r) => ({ ...r, predicted: judgePair(r.a, r.b) }));
const seconds = (performance.now() - started) / 1000;

const kinds = [...new Set(rows.map((r) => r.kind).filter((k): k is string => k !== null))];
console.log(
  `${rows.length} labelled pairs (${rows.filter((r) => r.kind === null).length} without conflict), judged in ${seconds.toFixed(2)} s\n`,
);
console.log('| kind | gold | predicted | correct | precision | recall |');
console.log('| --- | --- | --- | --- | --- | --- |');
let predictedAll = 0;
let correctAll = 0;
let goldAll = 0;
for (const kind of kinds) {
  const gold = results.filter((r) => r.kind === kind).length;
  const predicted = results.filter((r) => r.predicted.kind === kind).length;
  const correct = results.filter((r) => r.kind === kind && r.predicted.kind === kind).length;
  predictedAll += predicted;
  correctAll += correct;
  goldAll += gold;
  const p = predicted ? (correct / predicted).toFixed(2) : '–';
  console.log(`| ${kind} | ${gold} | ${predicted} | ${correct} | ${p} | ${(correct / gold).toFixed(2)} |`);
}
console.log(
  `| all | ${goldAll} | ${predictedAll} | ${correctAll} | ${predictedAll ? (correctAll / predictedAll).toFixed(2) : '–'} | ${(correctAll / goldAll).toFixed(2)} |`,
);
const falseAlarms = results.filter((r) => r.kind === null && r.predicted.relation === 'contradiction');
console.log(
  `\nfalse alarms on the ${rows.filter((r) => r.kind === null).length} hard negatives: ${falseAlarms.length}`,
);
if (process.env.EVAL_SHOW_ERRORS) {
  for (const r of results) {
    if (r.kind !== r.predicted.kind)
      console.log(`${r.id}: gold ${r.kind} → predicted ${r.predicted.relation}/${r.predicted.kind}`);
  }
}
