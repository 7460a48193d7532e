// The team-corpus benchmark: `npm run bench:team`. Builds (or reuses) the benchmark corpus of
// scripts/bench/corpus.ts (50 MB), starts a throwaway PostgreSQL (test/helpers/postgres.ts), indexes
// the corpus with `triangulate index --db` into a fresh database with one worker process, and into
// another with two at once (one analysis thread each), then times `analyze --db --timings` on it.
// Reports throughput (articles/s), the database's size and CPU share, and analyze's time and peak
// RSS; the table goes to stdout, artifacts/bench/team.md and docs/PERFORMANCE.md between its markers.
// Usage: npm run bench:team [-- --megabytes 50]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgres, type TestPostgres } from '../../test/helpers/postgres';
import { benchCorpus } from './corpus';

const ROOT = join(__dirname, '..', '..');
const WORK = join(ROOT, '.cache', 'bench');
const CLI = join(ROOT, 'dist', 'cli.js');
const MB = 1024 * 1024;
const args = process.argv.slice(2);
const MEGABYTES = Number(args.includes('--megabytes') ? args[args.indexOf('--megabytes') + 1] : 50);
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

interface IndexRun {
  processes: number;
  seconds: number;
  articlesPerSecond: number;
  databaseMB: number;
  /** Of which: the tables with their indexes. */
  tablesMB: { documents: number; analyses: number; sentence_terms: number };
  /** CPU seconds the PostgreSQL server spent during the run, and its share of all cores' time. */
  databaseCpuSeconds: number;
  databaseShare: number;
}

/** CPU seconds of the server so far: the postmaster, its live children and the children it reaped. */
function serverCpuSeconds(postmaster: number): number {
  const fields = (pid: number | string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  // After the ")" of the name: state is field 3, ppid 4, utime 14, stime 15, cutime 16, cstime 17.
  const own = fields(postmaster);
  let ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(own[i]), 0);
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const f = fields(pid);
      if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
    } catch {} // a process that exited meanwhile: reaped, so counted in the postmaster's cutime
  }
  return ticks / TICKS_PER_SECOND;
}

function indexWith(url: string, dir: string, processes: number): Promise<number> {
  const started = performance.now();
  const runs = Array.from(
    { length: processes },
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, 'index', dir, '--db', url, '--workers', '1'], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let tail = '';
        child.stderr.on('data', (d) => {
          tail = `${tail}${d}`.slice(-2000);
        });
        child.on('close', (code) =>
          code === 0 ? resolve() : reject(new Error(`index exited ${code}: ${tail}`)),
        );
      }),
  );
  return Promise.all(runs).then(() => (performance.now() - started) / 1000);
}

async function databaseMB(url: string): Promise<Pick<IndexRun, 'databaseMB' | 'tablesMB'>> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT pg_database_size(current_database())::float AS total,
         pg_total_relation_size('documents')::float AS documents,
         pg_total_relation_size('analyses')::float AS analyses,
         pg_total_relation_size('sentence_terms')::float AS sentence_terms`,
    );
    const r = rows[0];
    return {
      databaseMB: r.total / MB,
      tablesMB: {
        documents: r.documents / MB,
        analyses: r.analyses / MB,
        sentence_terms: r.sentence_terms / MB,
      },
    };
  } finally {
    await client.end();
  }
}

async function measureIndex(
  server: TestPostgres,
  dir: string,
  articles: number,
  processes: number,
): Promise<{ run: IndexRun; url: string }> {
  const url = await server.createDatabase(`bench_${processes}`);
  console.error(`index with ${processes} worker process(es)…`);
  const cpuBefore = serverCpuSeconds(server.postmasterPid());
  const seconds = await indexWith(url, dir, processes);
  const databaseCpuSeconds = serverCpuSeconds(server.postmasterPid()) - cpuBefore;
  const run: IndexRun = {
    processes,
    seconds,
    articlesPerSecond: articles / seconds,
    ...(await databaseMB(url)),
    databaseCpuSeconds,
    databaseShare: databaseCpuSeconds / (seconds * cpus().length),
  };
  return { run, url };
}

function analyzeTimings(url: string): { seconds: number; timings: Record<string, number> } {
  console.error('analyze --db --timings…');
  const started = performance.now();
  const out = execFileSync(process.execPath, [CLI, 'analyze', '--db', url, '--timings'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 16 * MB,
  });
  return { seconds: (performance.now() - started) / 1000, timings: JSON.parse(out) };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

function render(
  corpus: { bytes: number; files: number },
  runs: IndexRun[],
  analyze: ReturnType<typeof analyzeTimings>,
): string {
  const [one, two] = runs as [IndexRun, IndexRun];
  const speedup = two.articlesPerSecond / one.articlesPerSecond;
  const target = 1.7 * (1 - two.databaseShare);
  const t = analyze.timings;
  return [
    `Machine: ${cpus().length} × ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, Node ${process.versions.node}. Date: ${new Date().toISOString().slice(0, 10)}. Corpus: ${f1(corpus.bytes / MB)} MB, ${corpus.files} articles.`,
    '',
    '| `triangulate index --db` | wall (s) | articles/s | speed-up | database CPU (s) / share of all cores | database size (MB): documents / analyses / sentence terms |',
    '|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.processes} worker process${r.processes > 1 ? 'es' : ''} (1 analysis thread each) | ${f1(r.seconds)} | ${f1(r.articlesPerSecond)} | ${f2(r.articlesPerSecond / one.articlesPerSecond)}× | ${f1(r.databaseCpuSeconds)} / ${Math.round(r.databaseShare * 100)}% | ${Math.round(r.databaseMB)}: ${Math.round(r.tablesMB.documents)} / ${Math.round(r.tablesMB.analyses)} / ${Math.round(r.tablesMB.sentence_terms)} |`,
    ),
    '',
    `Two processes: ${f2(speedup)}× one: ${speedup >= 1.7 ? 'at least' : 'short of'} 1.7×; with the database's share of the machine (${Math.round(two.databaseShare * 100)}%) taken off, 1.7 × ${f2(1 - two.databaseShare)} = ${f2(target)}×: **${speedup >= target ? 'met' : 'missed'}**.`,
    '',
    '| `triangulate analyze --db --timings` | wall (s) | load + resolution (s) | matches + conflicts (s) | peak RSS (MB) | matched pairs | findings |',
    '|---|---|---|---|---|---|---|',
    `| ${t.documents} documents | ${f1(analyze.seconds)} | ${f1((t.analysisSeconds ?? 0) + (t.resolutionSeconds ?? 0))} | ${f1((t.matchSeconds ?? 0) + (t.findingSeconds ?? 0))} | ${t.peakRssMB} | ${t.matches} | ${t.findings} |`,
  ].join('\n');
}

function publish(table: string, results: unknown): void {
  const artifacts = join(ROOT, 'artifacts', 'bench');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, 'team.md'), `${table}\n`);
  writeFileSync(join(artifacts, 'team.json'), `${JSON.stringify(results, null, 2)}\n`);
  const doc = join(ROOT, 'docs', 'PERFORMANCE.md');
  const start = '<!-- bench:team:start -->';
  const end = '<!-- bench:team:end -->';
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
  if (text.includes(start) && text.includes(end))
    writeFileSync(
      doc,
      `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`,
    );
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const corpus = benchCorpus(WORK, MEGABYTES);
  console.error(`corpus: ${corpus.files} articles, ${f1(corpus.bytes / MB)} MB`);
  const server = await startPostgres();
  try {
    const one = await measureIndex(server, corpus.dir, corpus.files, 1);
    const two = await measureIndex(server, corpus.dir, corpus.files, 2);
    const analyze = analyzeTimings(two.url);
    const table = render(corpus, [one.run, two.run], analyze);
    console.log(table);
    publish(table, { corpus, runs: [one.run, two.run], analyze });
  } finally {
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).stack ?? String(e));
  process.exitCode = 1;
});
