// CI gate of `npm run eval:paraphrase` (thresholds in thresholds.json): do `pairs`' paraphrase
// answers on hand-judged pairs of real news stay as accurate, on the dev and the held-out split?
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SPLITS, scoreParaphrase } from '../../scripts/eval-paraphrase-score';

const gate = (
  JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')) as {
    paraphrase: Record<(typeof SPLITS)[number], { minAccuracy: number; minF1: number }>;
  }
).paraphrase;

test('paraphrase pairs of MEANTIME news: accuracy and F1 of "paraphrase" stay at or above their gates', () => {
  const s = scoreParaphrase();
  for (const split of SPLITS) {
    const { accuracy, f1 } = s[split];
    assert.ok(
      accuracy >= gate[split].minAccuracy,
      `${split}: accuracy ${accuracy.toFixed(3)} < ${gate[split].minAccuracy}`,
    );
    assert.ok(f1 >= gate[split].minF1, `${split}: F1 ${f1.toFixed(3)} < ${gate[split].minF1}`);
  }
});
