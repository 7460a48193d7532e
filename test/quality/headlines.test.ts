// CI gate of `npm run eval:headlines` (thresholds in thresholds.json): is this article about this
// headline, and are the contradictions `pairs` reports between a headline and an article real?
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  contradictionPrecision,
  macroF1,
  mainRows,
  runHeadlineBenchmark,
  shipped,
  strictRows,
} from '../../scripts/eval-headlines-score';

const gate = (
  JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')) as {
    headlines: {
      minMacroF1: number;
      minStrictMacroF1: number;
      minContradictionPrecision: number;
      minPlantedFound: number;
    };
  }
).headlines;
const MEANTIME = join(__dirname, '..', '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');

test(
  'headline vs article: related or not, and contradictions that are real disagreements',
  { skip: !existsSync(MEANTIME) && !process.env.CI && 'no ../shared/data/meantime_en_topics.jsonl' },
  () => {
    const { rows } = runHeadlineBenchmark();
    const main = macroF1(mainRows(rows), shipped);
    const strict = macroF1(strictRows(rows), shipped);
    assert.ok(main >= gate.minMacroF1, `macro-F1 ${main.toFixed(3)} < ${gate.minMacroF1}`);
    assert.ok(
      strict >= gate.minStrictMacroF1,
      `strict macro-F1 ${strict.toFixed(3)} < ${gate.minStrictMacroF1}`,
    );
    const c = contradictionPrecision(rows);
    const precision = c.called ? c.real / c.called : 0;
    assert.ok(
      precision >= gate.minContradictionPrecision,
      `${c.real} of ${c.called} contradictions are planted disagreements (< ${gate.minContradictionPrecision})`,
    );
    const planted = rows.filter((r) => r.stratum === 'planted');
    const found = planted.filter((r) => r.contradiction).length / planted.length;
    assert.ok(
      found >= gate.minPlantedFound,
      `planted headlines found ${found.toFixed(2)} < ${gate.minPlantedFound}`,
    );
  },
);
