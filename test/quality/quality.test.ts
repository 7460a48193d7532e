// CI gates: the planted-error benchmark and the short-sentence pair sets must not fall below the
// thresholds in thresholds.json (one file, raised as the detector improves).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { scoreEventChains } from '../../scripts/eval-event-chains-score';
import { PAIR_KINDS, readPairs, scorePairs } from '../../scripts/eval-pairs-score';
import { type FormatScore, runPlantedBenchmark } from '../../scripts/eval-planted-bench';
import type { Format } from '../../scripts/eval-planted-render';
import { scoreSameEvent } from '../../scripts/eval-same-event-score';

interface PlantedGate {
  minRecall: Record<string, number>;
  /** The same on the real-news plants only (MEANTIME), without the seeds' demo articles. */
  minRecallRealNews?: Record<string, number>;
  minRecallAnyKind: number;
  maxFalseAlarmsPer1000: number;
}
interface PairGate {
  minPrecision: number;
  minRecall: number;
  minRecallPerKind: Record<string, number>;
}
const thresholds = JSON.parse(readFileSync(join(__dirname, 'thresholds.json'), 'utf8')) as {
  planted: Record<Format, PlantedGate>;
  pairs: Record<string, PairGate>;
  sameEvent: { minPrecision: number; minRecall: number };
  eventChains: { heldOut: { minPrecision: number; minRecall: number } };
};

/** Dev and held-out plants together: the gate should not move with one plant's split. */
function recallOf(f: FormatScore, kind: string, anyKind = false, corpus?: 'meantime'): number {
  const of = f.results.filter(
    (r) => (kind === 'all' || r.plant.kind === kind) && (!corpus || r.plant.corpus === corpus),
  );
  const found = of.filter((r) => (anyKind ? r.foundKinds.length > 0 : r.foundKinds.includes(r.plant.kind)));
  return of.length ? found.length / of.length : 0;
}

const at2 = (x: number) => x.toFixed(2);

describe('planted errors in real articles', () => {
  const bench = runPlantedBenchmark();
  for (const format of ['txt', 'md'] as const) {
    const gate = thresholds.planted[format];
    const f = bench.formats[format];
    test(`${format}: recall of each planted kind stays at or above its gate`, () => {
      for (const [kind, min] of Object.entries(gate.minRecall)) {
        const r = recallOf(f, kind);
        assert.ok(r >= min, `${kind}: recall ${at2(r)} < ${min}`);
      }
      for (const [kind, min] of Object.entries(gate.minRecallRealNews ?? {})) {
        const r = recallOf(f, kind, false, 'meantime');
        assert.ok(r >= min, `${kind}, real news only: recall ${at2(r)} < ${min}`);
      }
      const any = recallOf(f, 'all', true);
      assert.ok(any >= gate.minRecallAnyKind, `any kind: recall ${at2(any)} < ${gate.minRecallAnyKind}`);
    });
    test(`${format}: false alarms on the untouched articles stay under the gate`, () => {
      assert.ok(f.results.length > 0, 'no plants were made');
      assert.ok(
        f.falseAlarmsPer1000 <= gate.maxFalseAlarmsPer1000,
        `${at2(f.falseAlarmsPer1000)} per 1,000 sentences > ${gate.maxFalseAlarmsPer1000}: ${f.falseAlarms
          .map((a) => `\n  ${a.kind}: ${a.a} | ${a.b}`)
          .join('')}`,
      );
    });
  }
});

describe('short-sentence pairs', () => {
  for (const [file, gate] of Object.entries(thresholds.pairs)) {
    test(`${file}: contradiction precision and recall stay at or above the gate`, () => {
      const s = scorePairs(readPairs(file));
      assert.ok(s.precision >= gate.minPrecision, `precision ${at2(s.precision)} < ${gate.minPrecision}`);
      assert.ok(s.recall >= gate.minRecall, `recall ${at2(s.recall)} < ${gate.minRecall}`);
      for (const kind of PAIR_KINDS) {
        const r = s.perKind[kind]!.recall;
        assert.ok(
          r >= (gate.minRecallPerKind[kind] ?? 0),
          `${kind}: recall ${at2(r)} < ${gate.minRecallPerKind[kind]}`,
        );
      }
    });
  }
});

describe('same-event matching on hand-judged real news', () => {
  test('precision and recall of MEANTIME same-event pairs stay at or above their gates', () => {
    const s = scoreSameEvent();
    const gate = thresholds.sameEvent;
    assert.ok(s.precision >= gate.minPrecision, `precision ${at2(s.precision)} < ${gate.minPrecision}`);
    assert.ok(s.recall >= gate.minRecall, `recall ${at2(s.recall)} < ${gate.minRecall}`);
  });
});

describe('same-event matching against cross-document event chains', () => {
  test('held-out precision and recall over MEANTIME event-sentence pairs stay at or above their gates', () => {
    const s = scoreEventChains().heldOut;
    const gate = thresholds.eventChains.heldOut;
    assert.ok(s.precision >= gate.minPrecision, `precision ${at2(s.precision)} < ${gate.minPrecision}`);
    assert.ok(s.recall >= gate.minRecall, `recall ${at2(s.recall)} < ${gate.minRecall}`);
  });
});
