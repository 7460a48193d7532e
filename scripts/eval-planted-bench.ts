/**
 * The planted-error benchmark as a function (the CLI script prints it, the quality test gates on
 * it): workspaces, pairs and plants, both renderings, scores per split and kind.
 */
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { meantimeWorkspaces, seedWorkspace, type Workspace } from './eval-planted-data';
import { reviewedPairs, seedPairs } from './eval-planted-pairs';
import { DEFAULT_SEED, plantsOf } from './eval-planted-plants';
import type { Format } from './eval-planted-render';
import { PLANTED_KINDS } from './eval-planted-rewrite';
import { type FalseAlarm, type PlantResult, runWorkspace } from './eval-planted-run';

export interface KindScore {
  planted: number;
  expected: number;
  any: number;
}

export interface FormatScore {
  /** Per split, per kind, plus `all`. */
  splits: Record<'dev' | 'heldout', Record<string, KindScore>>;
  /** Same-fact sentence pairs the plants were made from. */
  pairs: number;
  sentences: number;
  falseAlarms: FalseAlarm[];
  falseAlarmsPer1000: number;
  nameVariants: number;
  /** Other conflict findings the plants caused, per plant. */
  othersPerPlant: number;
  results: PlantResult[];
}

export interface PlantedBenchmark {
  seed: number;
  seconds: number;
  formats: Record<Format, FormatScore>;
}

function seeds(): Workspace {
  const index = new WorkspaceIndex();
  return seedWorkspace((file, text) =>
    index.setDocument(file, file, text).analysis.sentences.map((s) => [s.start, s.end] as [number, number]),
  );
}

function score(results: readonly PlantResult[]): Record<string, KindScore> {
  const out: Record<string, KindScore> = {};
  for (const kind of [...PLANTED_KINDS, 'all']) {
    const of = results.filter((r) => kind === 'all' || r.plant.kind === kind);
    out[kind] = {
      planted: of.length,
      expected: of.filter((r) => r.foundKinds.includes(r.plant.kind)).length,
      any: of.filter((r) => r.foundKinds.length > 0).length,
    };
  }
  return out;
}

function runFormat(workspaces: readonly Workspace[], format: Format, seed: number): FormatScore {
  let pairs = 0;
  const runs = workspaces.map((ws) => {
    const same = ws.name === 'seeds' ? seedPairs(ws) : reviewedPairs(ws);
    pairs += same.length;
    return runWorkspace(ws, format, plantsOf(ws, same, seed));
  });
  const results = runs.flatMap((r) => r.results);
  const sentences = runs.reduce((n, r) => n + r.sentences, 0);
  const falseAlarms = runs.flatMap((r) => r.falseAlarms);
  return {
    splits: {
      dev: score(results.filter((r) => r.plant.split === 'dev')),
      heldout: score(results.filter((r) => r.plant.split === 'heldout')),
    },
    pairs,
    sentences,
    falseAlarms,
    falseAlarmsPer1000: (1000 * falseAlarms.length) / Math.max(1, sentences),
    nameVariants: runs.reduce((n, r) => n + r.nameVariants, 0),
    othersPerPlant: results.reduce((n, r) => n + r.others.length, 0) / Math.max(1, results.length),
    results,
  };
}

/** Plain text runs on the MEANTIME topics and the seeds; markdown on the MEANTIME topics. */
export function runPlantedBenchmark(seed = DEFAULT_SEED): PlantedBenchmark {
  const started = performance.now();
  const meantime = meantimeWorkspaces();
  const formats = {
    txt: runFormat([...meantime, seeds()], 'txt', seed),
    md: runFormat(meantime, 'md', seed),
  };
  return { seed, seconds: (performance.now() - started) / 1000, formats };
}
