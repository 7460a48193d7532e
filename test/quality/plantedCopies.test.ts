// CI gate: planted errors against copies of real sentences (npm run eval:planted-copies) must not
// fall below thresholds.json's plantedCopies, per kind, on the development and held-out sets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { devSentences, heldOutSentences, recallOf, runCopies } from '../../scripts/eval-planted-copies-bench';

const gates = JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')).plantedCopies as Record<
  'dev' | 'heldout',
  Record<string, number>
>;

for (const [set, sentences] of [
  ['dev', devSentences],
  ['heldout', heldOutSentences],
] as const) {
  test(`${set}: each planted kind is found in copies of real sentences at or above its gate`, () => {
    const result = runCopies(sentences());
    for (const [kind, min] of Object.entries(gates[set])) {
      const recall = recallOf(result.scores[kind]);
      assert.ok(recall >= min, `${kind}: recall ${recall.toFixed(2)} < ${min}`);
    }
  });
}
