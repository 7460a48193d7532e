import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  type MeantimeTopic,
  type NameSet,
  rates,
  scoreMeantime,
  scoreNameSets,
} from '../../scripts/nameEval';

// Thresholds of `npm run eval:names`: a change that merges fewer nicknames, merges relatives or
// flags wrong "Same person?" findings fails here.
const NAME_SETS = join(__dirname, '..', 'fixtures', 'name-sets.json');
const MEANTIME = join(__dirname, '..', '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');

test('name sets: nicknames and accents merge, relatives never, "Same person?" only for misspellings', () => {
  const sets = (JSON.parse(readFileSync(NAME_SETS, 'utf8')) as { sets: NameSet[] }).sets;
  const counts = scoreNameSets(sets);
  const r = rates(counts);
  const why = counts.errors.join('\n');
  assert.ok(r.mergeRecall >= 0.9, `merge recall ${r.mergeRecall}\n${why}`);
  assert.ok(r.mergePrecision >= 0.98, `merge precision ${r.mergePrecision}\n${why}`);
  assert.ok(r.variantPrecision >= 0.9, `name-variant precision ${r.variantPrecision}\n${why}`);
  assert.ok(r.variantRecall >= 0.5, `name-variant recall ${r.variantRecall}\n${why}`);
  assert.deepEqual(counts.falseEntities, []);
});

test(
  'MEANTIME person chains: mentions of one person merge, of two people do not, no wrong "Same person?"',
  { skip: !existsSync(MEANTIME) && !process.env.CI && 'no ../shared/data/meantime_en_topics.jsonl' },
  () => {
    const topics = readFileSync(MEANTIME, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as MeantimeTopic);
    const counts = scoreMeantime(topics);
    const r = rates(counts);
    const why = counts.errors.join('\n');
    assert.ok(r.mergeRecall >= 0.95, `merge recall ${r.mergeRecall}\n${why}`);
    assert.ok(r.mergePrecision >= 0.95, `merge precision ${r.mergePrecision}\n${why}`);
    assert.ok(r.variantPrecision >= 0.9, `name-variant precision ${r.variantPrecision}\n${why}`);
  },
);
