// CI gate of `npm run eval:entities` (thresholds in thresholds.json): a change that finds or types
// MEANTIME's people, organisations and places worse (exact span + type) fails here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { entitySpans, score } from '../../scripts/entityEval';
import { readMeantime } from '../../scripts/nameEval';

const gate = (
  JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')) as {
    entities: { meantime: { minF1: number; minJudgedF1: number } };
  }
).entities.meantime;
const MEANTIME = join(__dirname, '..', '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');

test(
  'MEANTIME names: exact span and type F1, over all predictions and over those the annotation judges',
  { skip: !existsSync(MEANTIME) && !process.env.CI && 'no ../shared/data/meantime_en_topics.jsonl' },
  () => {
    const spans = entitySpans(readMeantime(MEANTIME));
    const all = score(spans.gold, spans.predicted);
    const judged = score(spans.gold, spans.judged);
    assert.ok(all.f1 >= gate.minF1, `F1 ${all.f1.toFixed(3)} < ${gate.minF1}`);
    assert.ok(judged.f1 >= gate.minJudgedF1, `judged F1 ${judged.f1.toFixed(3)} < ${gate.minJudgedF1}`);
  },
);
