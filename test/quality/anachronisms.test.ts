// CI gate of `npm run eval:anachronisms` (thresholds in thresholds.json): office holders titled out
// of their term, planted in real dated news, are found; untouched articles raise (almost) none.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluateAnachronisms } from '../../scripts/eval-anachronisms';
import { MEANTIME_PATH } from '../../scripts/eval-planted-data';

const gate = (
  JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')) as {
    anachronisms: { minRecall: number; minPlants: number; maxFalseAlarmsPer1000: number };
  }
).anachronisms;
const skip = !existsSync(MEANTIME_PATH) && !process.env.CI && 'no ../shared/data/meantime_en_topics.jsonl';

test(
  'anachronisms on real news: planted ones found, untouched articles without false alarms',
  { skip },
  () => {
    const r = evaluateAnachronisms();
    const why = JSON.stringify({
      ...r,
      plants: { ...r.plants.all, misses: r.plants.all.misses.slice(0, 5) },
    });
    assert.ok(r.plants.all.planted >= gate.minPlants, `plants ${why}`);
    assert.ok(r.plants.all.recall >= gate.minRecall, `recall ${why}`);
    assert.ok(r.falseAlarmsPer1000 <= gate.maxFalseAlarmsPer1000, `false alarms ${why}`);
  },
);
