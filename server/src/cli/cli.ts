import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { FindingService } from '../core/contradictions/service';
import { counted } from '../core/counted';
import { indexWorkspace } from '../core/index/indexer';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import { MatchService } from '../core/matching/documentMatches';
import { printable } from '../core/printable';
import { AnalysisPool, defaultPoolSize, PARALLEL_FROM_FILES } from '../node/analysisPool';
import { FileAnalysisStore } from '../node/fileAnalysisStore';
import { FileWorkspace } from '../node/fileWorkspace';
import { applyCorrections, readReviews } from './analystFiles';
import { sarif, workspaceFindings } from './findings';
import { runPairs } from './pairs';
import { jsonReport, textReport } from './report';

const USAGE = `Usage: triangulate analyze <folder> [--json | --format sarif] [--max-file-size <MB>]
       triangulate pairs <in.jsonl>

Analyses every .txt, .md and .html article under <folder> and prints its sources and entities
(people, organisations, places, equipment, quantities, dates) with aliases merged across sources.
  --json               machine-readable report on stdout (schema version 1); messages go to stderr
  --format sarif       the findings (contradictions, single-source claims) as SARIF 2.1.0

pairs reads lines {"id", "a", "b"} (two texts treated as two sources) and writes one line each:
{"id", "relation": "contradiction"|"match"|"unrelated", "kind", "score"}.
  --max-file-size <MB> skip files larger than this (default 5)
  --cache <dir>        keep analyses in <dir> and reuse them on the next run (keyed by content)
  --timings            instead of a report, print how long each stage took and the peak memory (JSON)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'pairs') {
    if (!rest[0]) {
      process.stderr.write(`Missing <in.jsonl>.\n\n${USAGE}`);
      return 2;
    }
    try {
      return await runPairs(rest[0]);
    } catch (e) {
      process.stderr.write(`triangulate: cannot read “${rest[0]}”: ${(e as Error).message}\n`);
      return 1;
    }
  }
  if (command !== 'analyze') {
    process.stderr.write(command ? `Unknown command “${command}”.\n\n${USAGE}` : USAGE);
    return 2;
  }
  const json = rest.includes('--json');
  const formatFlag = rest.indexOf('--format');
  const format = formatFlag >= 0 ? rest[formatFlag + 1] : json ? 'json' : 'text';
  if (!['json', 'text', 'sarif'].includes(format ?? '')) {
    process.stderr.write(`Unknown --format “${format}”: use sarif (or --json).\n`);
    return 2;
  }
  const sizeFlag = rest.indexOf('--max-file-size');
  const maxMb = sizeFlag >= 0 ? Number(rest[sizeFlag + 1]) : 5;
  // The folder is the one argument that is neither a flag nor a flag's value.
  const flagValues = new Set(
    ['--max-file-size', '--format', '--cache'].map((f) => rest.indexOf(f) + 1).filter((i) => i > 0),
  );
  const folderArg = rest.find((a, i) => !a.startsWith('--') && !flagValues.has(i));
  if (!folderArg) {
    process.stderr.write(`Missing <folder>.\n\n${USAGE}`);
    return 2;
  }
  if (!Number.isFinite(maxMb) || maxMb <= 0) {
    process.stderr.write('--max-file-size needs a positive number of megabytes.\n');
    return 2;
  }
  const folder = resolve(folderArg);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a directory');
  } catch {
    process.stderr.write(`triangulate: “${folderArg}” is not a folder that can be read.\n`);
    return 1;
  }

  const cacheFlag = rest.indexOf('--cache');
  const cacheDir = cacheFlag >= 0 ? rest[cacheFlag + 1] : undefined;
  const index = new WorkspaceIndex(
    { maxChars: 2_000_000 },
    cacheDir ? new FileAnalysisStore(resolve(cacheDir), (p) => process.stderr.write(`${p}\n`)) : undefined,
  );
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  await applyCorrections(folder, index, warn);
  const reviews = await readReviews(folder, warn);
  const started = performance.now();
  // Every core analyses documents; this thread collects them and does the cross-source work.
  const pool = new AnalysisPool(
    join(__dirname, 'analysisWorker.js'),
    cacheDir ? { dir: resolve(cacheDir), read: true } : undefined,
    defaultPoolSize(),
    (p) => process.stderr.write(`${p}\n`),
  );
  const result = await indexWorkspace(new FileWorkspace(folder), index, {
    maxFileBytes: maxMb * 1024 * 1024,
    sizeLimitHint: 'raise it with --max-file-size <MB>',
    analyze: (path, text, key) => pool.analyze(path, text, index.analyzeOptions, key),
    analyzeFrom: PARALLEL_FROM_FILES,
    concurrency: pool.size * 2 + 2,
    onProblem: (file, problem) => process.stderr.write(`${file.relativePath}: ${problem}\n`),
  }).finally(() => pool.close());
  const analysed = performance.now();
  const entities = index.entities().length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `Analysed ${counted(result.analysed, 'source')}, skipped ${result.skipped}, ${counted(entities, 'entity', 'entities')} in ${seconds} s.\n`,
  );
  if (rest.includes('--timings')) {
    process.stdout.write(`${JSON.stringify(stageTimings(index, started, analysed))}\n`);
    return 0;
  }
  if (format === 'sarif')
    process.stdout.write(`${JSON.stringify(sarif(index, workspaceFindings(index, reviews)), null, 2)}\n`);
  else if (format === 'json')
    process.stdout.write(`${JSON.stringify(jsonReport(index, reviews), null, 2)}\n`);
  // JSON escapes control characters itself; the readable report must not pass them to the terminal.
  else process.stdout.write(printable(textReport(index, reviews)));
  return 0;
}

/** Seconds per stage (the analysis, then each cross-source stage over the whole workspace) and peak RSS. */
function stageTimings(index: WorkspaceIndex, started: number, analysed: number) {
  const resolved = performance.now();
  const rssMB = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
  const indexRssMB = rssMB();
  const readyPeakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const matchService = new MatchService(index);
  const findingService = new FindingService(index, matchService);
  let matches = 0;
  let findings = 0;
  let matchMs = 0;
  // Per document, matches then findings, as the report computes them (they share candidates).
  for (const doc of index.documents()) {
    const t = performance.now();
    for (const s of matchService.matches(doc.uri)) matches += s.matches.length;
    matchMs += performance.now() - t;
    findings += findingService.findings(doc.uri).length;
  }
  const checked = performance.now();
  const seconds = (ms: number) => Math.round(ms) / 1000;
  return {
    documents: index.documents().length,
    analysisSeconds: seconds(analysed - started),
    resolutionSeconds: seconds(resolved - analysed),
    matchSeconds: seconds(matchMs),
    findingSeconds: seconds(checked - resolved - matchMs),
    totalSeconds: seconds(checked - started),
    matches,
    findings,
    indexRssMB,
    readyPeakRssMB,
    finalRssMB: rssMB(),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`triangulate: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
