// The performance benchmark: `npm run bench`. Builds corpora of 1, 10 and 50 MB (scripts/bench/corpus.ts),
// indexes each with the bundled CLI from a cold start and again from its disk cache, measures bare
// wink-nlp on the same text as the reference, times the interactive requests of a spawned server on a
// 1,000-article workspace (scripts/bench/latency.ts), and prints one table. The table is written to
// artifacts/bench/results.md and into docs/PERFORMANCE.md between its markers.
// Usage: npm run bench [-- --sizes 1,10,50] [--no-latency] [--latency-articles 10000]
//   [--render: the table again from the last results]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { benchCorpus, corpusFiles, generateLongArticle } from './corpus';
import { type LatencyResult, measureLatency } from './latency';
import { VIEW_NAMES, VIEW_ROUNDS, type ViewName } from './viewLatency';

const ROOT = join(__dirname, '..', '..');
const WORK = join(ROOT, '.cache', 'bench');
const CLI = join(ROOT, 'dist', 'cli.js');
const MB = 1024 * 1024;
/** The reference is measured on at most this much of each corpus (the same text, sampled in order). */
const REFERENCE_SAMPLE_BYTES = 10 * MB;
/** Articles of the latency workspace (`--latency-articles N`, default 1,000; the target is 10,000), about 4.6 KB each. */
const LATENCY_ARTICLE_BYTES = 4.65 * 1024;

const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined;
const SIZES = (sizesArg ?? '1,10,50').split(',').map(Number);
const withLatency = !args.includes('--no-latency');
const LATENCY_ARTICLES = args.includes('--latency-articles')
  ? Number(args[args.indexOf('--latency-articles') + 1])
  : 1000;
/** Only render the table again from the last run's results (artifacts/bench/results.json). */
const renderOnly = args.includes('--render');

interface Timings {
  documents: number;
  analysisSeconds: number;
  resolutionSeconds: number;
  matchSeconds: number;
  findingSeconds: number;
  totalSeconds: number;
  matches: number;
  findings: number;
  /** RSS when the index is ready, and the peak up to then (worker threads included). */
  indexRssMB: number;
  readyPeakRssMB?: number;
  peakRssMB: number;
}

interface SizeResult {
  megabytes: number;
  bytes: number;
  files: number;
  cold: Timings;
  cached: Timings;
  /** Bare wink-nlp (the pipe the analyser uses: sentences, negation, POS, entities) on one core, MB/s. */
  winkMBps: number;
  /** wink-nlp tokenisation alone (empty pipe), MB/s. */
  winkTokensMBps: number;
}

/** One CLI run in its own process (the worker pool included), stage timings from --timings. */
function analyse(dir: string, cacheDir: string): Timings {
  const out = execFileSync(process.execPath, [CLI, 'analyze', dir, '--cache', cacheDir, '--timings'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 16 * MB,
  });
  return JSON.parse(out) as Timings;
}

/** wink-nlp alone over the same files on this thread: the reference throughput. */
function winkReference(paths: string[], pipe: string[] | undefined): number {
  const nlp = pipe ? winkNLP(model, pipe) : winkNLP(model);
  let bytes = 0;
  const started = performance.now();
  for (const path of paths) {
    if (bytes >= REFERENCE_SAMPLE_BYTES) break;
    const text = readFileSync(path, 'utf8');
    nlp.readDoc(text).tokens().length();
    bytes += Buffer.byteLength(text);
  }
  return bytes / MB / ((performance.now() - started) / 1000);
}

function measureSize(megabytes: number): SizeResult {
  const c = benchCorpus(WORK, megabytes);
  const cacheDir = join(WORK, `cache-${megabytes}mb`);
  rmSync(cacheDir, { recursive: true, force: true });
  console.error(`${megabytes} MB: ${c.files} articles; cold run…`);
  const cold = analyse(c.dir, cacheDir);
  console.error(`${megabytes} MB: from the cache…`);
  const cached = analyse(c.dir, cacheDir);
  rmSync(cacheDir, { recursive: true, force: true });
  const paths = corpusFiles(c.dir);
  const winkMBps = winkReference(paths, ['sbd', 'negation', 'pos', 'ner']);
  const winkTokensMBps = winkReference(paths, []);
  return { megabytes, bytes: c.bytes, files: c.files, cold, cached, winkMBps, winkTokensMBps };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const mbps = (bytes: number, seconds: number) => f2(bytes / MB / seconds);

function indexingTable(results: SizeResult[]): string[] {
  const lines = [
    '| corpus | articles | index ready, cold (s) | MB/s | from cache (s) | RSS ready / peak until ready (MB) | all matches + conflicts (s) | full pipeline MB/s | ÷ wink | peak RSS, full pipeline (MB) | wink MB/s (pipe / tokens only) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const ready = r.cold.analysisSeconds + r.cold.resolutionSeconds;
    const readyCached = r.cached.analysisSeconds + r.cached.resolutionSeconds;
    const cross = r.cold.matchSeconds + r.cold.findingSeconds;
    const pipeline = r.bytes / MB / r.cold.totalSeconds;
    lines.push(
      `| ${f1(r.bytes / MB)} MB | ${r.files} | ${f1(ready)} | ${mbps(r.bytes, ready)} | ${f1(readyCached)} | ${r.cold.indexRssMB} / ${r.cold.readyPeakRssMB ?? '–'} | ${f1(cross)} | ${f2(pipeline)} | ${Math.round((pipeline / r.winkMBps) * 100)}% | ${r.cold.peakRssMB} | ${f2(r.winkMBps)} / ${f2(r.winkTokensMBps)} |`,
    );
  }
  return lines;
}

function stagesTable(results: SizeResult[]): string[] {
  const lines = [
    '| corpus | analysis (2 workers) | resolution | matches | conflicts | total | matched pairs | findings |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const t = r.cold;
    lines.push(
      `| ${f1(r.bytes / MB)} MB | ${f1(t.analysisSeconds)} s | ${f1(t.resolutionSeconds)} s | ${f1(t.matchSeconds)} s | ${f1(t.findingSeconds)} s | ${f1(t.totalSeconds)} s | ${t.matches} | ${t.findings} |`,
    );
  }
  return lines;
}

/** Growth exponent k in time ∝ size^k between consecutive sizes. */
function growthTable(results: SizeResult[]): string[] {
  const lines = [
    '| from → to | size × | index ready: time × (k) | full pipeline: time × (k) | peak RSS × |',
    '|---|---|---|---|---|',
  ];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    const size = b.bytes / a.bytes;
    const ready = (r: SizeResult) => r.cold.analysisSeconds + r.cold.resolutionSeconds;
    const k = (ratio: number) => (Math.log(ratio) / Math.log(size)).toFixed(2);
    const readyRatio = ready(b) / ready(a);
    const fullRatio = b.cold.totalSeconds / a.cold.totalSeconds;
    lines.push(
      `| ${f1(a.bytes / MB)} → ${f1(b.bytes / MB)} MB | ${f1(size)} | ${f2(readyRatio)} (${k(readyRatio)}) | ${f2(fullRatio)} (${k(fullRatio)}) | ${f2(b.cold.peakRssMB / a.cold.peakRssMB)} |`,
    );
  }
  return lines;
}

/** The views' rows; results saved before the views were measured have none. */
function viewRows(l: LatencyResult): string[] {
  if (!l.views) return [];
  const label: Record<ViewName, string> = {
    compare: 'Compare view (a sentence beside its other sources)',
    timeline: 'Timeline view',
    sources: 'Sources view (profiles)',
    story: 'Story view',
  };
  const story = `an article of a story of ${l.views.storySources + 1} sources, half after an edit`;
  return VIEW_NAMES.map(
    (v) =>
      `| ${label[v]} on ${story}, p50 / p95 (${l.views.rows[v]} rows in ${VIEW_ROUNDS} answers) | ${l.views.ms[v].p50} / ${l.views.ms[v].p95} ms | p95 ≤ 100 ms |`,
  );
}

function latencyTable(l: LatencyResult): string[] {
  const p = (x: { p50: number; p95: number }) => `${x.p50} / ${x.p95}`;
  return [
    `| measure (${l.documents.toLocaleString('en-US')}-document workspace, spawned server) | result | target |`,
    '|---|---|---|',
    `| documents indexed, time to ready | ${l.documents}, ${l.indexSeconds} s | |`,
    `| longest answer to a probe request during the initial index | ${l.probeMaxStallMs} ms | ≤ 100 ms |`,
    `| first diagnostics after opening a 5,000-word article | ${l.firstDiagnosticsMs} ms | ≤ 300 ms |`,
    `| semantic tokens of that article, p50 / p95 | ${p(l.tokensMs)} ms | |`,
    `| hover, p50 / p95 | ${p(l.hoverMs)} ms | p95 ≤ 20 ms |`,
    `| diagnostics after a one-character edit, p50 / p95 | ${p(l.editDiagnosticsMs)} ms | p95 ≤ 150 ms |`,
    `| sidebar (document matches), p50 / p95 | ${p(l.sidebarMs)} ms | |`,
    ...viewRows(l),
    `| 1,000 rapid edits: answers after the last edit | ${l.rapidEdits.drainMs} ms | no backlog |`,
    `| 1,000 rapid edits: workspace-wide update done after | ${l.rapidEdits.settledMs} ms | |`,
    `| 1,000 rapid edits: final diagnostics equal a fresh server's | ${l.rapidEdits.finalCorrect ? 'yes' : 'NO'} | yes |`,
    `| server RSS before / after the rapid edits, peak | ${l.rapidEdits.rssBeforeMB} / ${l.rapidEdits.rssAfterMB} MB, ${l.serverPeakRssMB} MB | |`,
  ];
}

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.versions.node}, ${process.platform}`;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  mkdirSync(WORK, { recursive: true });
  const artifacts = join(ROOT, 'artifacts', 'bench');
  const previous = renderOnly
    ? (JSON.parse(readFileSync(join(artifacts, 'results.json'), 'utf8')) as {
        results: SizeResult[];
        latency: LatencyResult | null;
        machine: string;
        date: string;
      })
    : null;
  const results = previous?.results ?? SIZES.map(measureSize);
  let latency: LatencyResult | null = previous?.latency ?? null;
  if (withLatency && !previous) {
    const { dir } = benchCorpus(
      WORK,
      (LATENCY_ARTICLES * LATENCY_ARTICLE_BYTES) / MB,
      1000,
      `latency-${LATENCY_ARTICLES}`,
    );
    console.error(`latency: ${LATENCY_ARTICLES.toLocaleString('en-US')} articles, spawned server…`);
    latency = await measureLatency({
      folder: dir,
      longArticle: generateLongArticle(5000),
      log: (l) => console.error(`  ${l}`),
    });
  }
  const runOn = previous?.machine ?? machine();
  const runDate = previous?.date ?? new Date().toISOString().slice(0, 10);
  const lines = [
    `Machine: ${runOn}. Date: ${runDate}.`,
    '',
    '**Indexing** (bundled CLI, own process; "index ready" = ingest, entities, claims, sentence index and workspace entity resolution — what the language server does before it reports ready; "full pipeline" adds every cross-source match and conflict of the whole workspace)',
    '',
    ...indexingTable(results),
    '',
    '**Stages, cold**',
    '',
    ...stagesTable(results),
    '',
    '**Growth**',
    '',
    ...growthTable(results),
  ];
  if (latency) lines.push('', '**Interactive latency**', '', ...latencyTable(latency));
  const table = lines.join('\n');
  console.log(table);
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'results.md'), `${table}\n`);
  if (!previous)
    writeFileSync(
      join(artifacts, 'results.json'),
      `${JSON.stringify({ machine: runOn, date: runDate, results, latency }, null, 2)}\n`,
    );
  const doc = join(ROOT, 'docs', 'PERFORMANCE.md');
  if (existsSync(doc)) {
    const text = readFileSync(doc, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (text.includes(start) && text.includes(end))
      writeFileSync(
        doc,
        `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
      );
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
