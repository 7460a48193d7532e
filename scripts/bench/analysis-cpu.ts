// CPU time of the document analysis on a slice of the benchmark corpus (one thread), for comparing
// builds: `tsx scripts/bench/analysis-cpu.ts [megabytes]`. Analyses every article four times and reports
// the fastest of the last three, so wink-nlp's and the gazetteer's start-up are not counted.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/core/index/analyzeDocument';
import { generateCorpus } from './corpus';

const megabytes = Number(process.argv[2] ?? 2.77);
const dir = join(tmpdir(), `triangulate-cpu-${process.pid}`);
generateCorpus(dir, megabytes * 1024 * 1024, 1);
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(txt|md|html)$/.test(f))
  .sort()
  .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
rmSync(dir, { recursive: true, force: true });

const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
let best = Number.POSITIVE_INFINITY;
for (let pass = 0; pass < 4; pass++) {
  const before = process.cpuUsage();
  for (const f of files) analyzeDocument(f.path, f.text);
  const seconds = cpuSeconds(process.cpuUsage(before));
  if (pass > 0) best = Math.min(best, seconds);
}
const bytes = files.reduce((n, f) => n + f.text.length, 0);
console.log(
  `${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB: analysis ${best.toFixed(2)} s CPU (best of 3 passes)`,
);
