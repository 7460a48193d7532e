// CI gates of `npm run eval:names` (thresholds in thresholds.json): a change that merges fewer
// nicknames, merges relatives or flags wrong "Same person?" findings fails here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type NameSet, rates, readMeantime, scoreMeantime, scoreNameSets } from '../../scripts/nameEval';

interface NameGate {
  minMergeRecall: number;
  minMergePrecision: number;
  minVariantPrecision: number;
  minVariantRecall?: number;
}
const gates = (
  JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')) as { names: Record<string, NameGate> }
).names;
const NAME_SETS = 'test/fixtures/name-sets.json';
const MEANTIME = join(__dirname, '..', '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');

function assertGate(counts: ReturnType<typeof scoreNameSets>, gate: NameGate): void {
  const r = rates(counts);
  const why = counts.errors.join('\n');
  assert.ok(r.mergeRecall >= gate.minMergeRecall, `merge recall ${r.mergeRecall}\n${why}`);
  assert.ok(r.mergePrecision >= gate.minMergePrecision, `merge precision ${r.mergePrecision}\n${why}`);
  assert.ok(
    r.variantPrecision >= gate.minVariantPrecision,
    `name-variant precision ${r.variantPrecision}\n${why}`,
  );
  if (gate.minVariantRecall !== undefined)
    assert.ok(r.variantRecall >= gate.minVariantRecall, `name-variant recall ${r.variantRecall}\n${why}`);
}

test('name sets: nicknames and accents merge, relatives never, "Same person?" only for misspellings', () => {
  const sets = (
    JSON.parse(readFileSync(join(__dirname, '..', '..', NAME_SETS), 'utf8')) as { sets: NameSet[] }
  ).sets;
  const counts = scoreNameSets(sets);
  assertGate(counts, gates[NAME_SETS]!);
  assert.deepEqual(counts.falseEntities, []);
});

test(
  'MEANTIME person chains: mentions of one person merge, of two people do not, no wrong "Same person?"',
  { skip: !existsSync(MEANTIME) && !process.env.CI && 'no ../shared/data/meantime_en_topics.jsonl' },
  () => {
    assertGate(scoreMeantime(readMeantime(MEANTIME)), gates.meantime!);
  },
);
