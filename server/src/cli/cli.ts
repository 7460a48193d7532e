import { resolve } from 'node:path';
import { FindingService } from '../core/contradictions/service';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { MatchService } from '../core/matching/documentMatches';
import { printable } from '../core/printable';
import { CorpusError, reason } from '../node/corpus/corpusDatabase';
import { CHECK_USAGE, runCheck } from './check';
import { indexCorpusDatabase } from './corpusIndex';
import { REPORT_HELP, REPORT_USAGE, runReport } from './exportReport';
import { sarif, workspaceFindings } from './findings';
import { corpusIndexOptions, indexCorpus } from './indexCorpus';
import {
  FOLDER_VALUE_FLAGS,
  folderOptions,
  type IndexedFolder,
  indexFolder,
  isReadableFolder,
  positionals,
} from './indexFolder';
import { runPairs } from './pairs';
import { jsonReport, textReport } from './report';

const USAGE = `Usage: triangulate analyze <folder> [--json | --format sarif] [--max-file-size <MB>]
       triangulate analyze --db <url> [--json | --format sarif]
       triangulate index <folder…> --db <url> [--workers <N>] [--lease <seconds>] [--max-file-size <MB>]
       triangulate pairs <in.jsonl>
${CHECK_USAGE}
${REPORT_USAGE}

Analyses every .txt, .md and .html article under <folder> and prints its sources and entities
(people, organisations, places, equipment, quantities, dates) with aliases merged across sources.
  --json               machine-readable report on stdout (schema version 1); messages go to stderr
  --format sarif       the findings (contradictions, single-source claims) as SARIF 2.1.0

pairs reads lines {"id", "a", "b"} (two texts treated as two sources) and writes one line each:
{"id", "relation": "contradiction"|"match"|"unrelated", "kind", "score"}.
  --max-file-size <MB> skip files larger than this (default 5)
  --cache <dir>        keep analyses in <dir> and reuse them on the next run (keyed by content)
  --timings            instead of a report, print how long each stage took and the peak memory (JSON)

With --db, analyze reports on the team's shared corpus in PostgreSQL (postgres://user@host/db; the
password from PGPASSWORD, TLS with ?sslmode=require). index adds the folders' articles to that corpus
and analyses the new ones; several index processes, on several machines, share the work.
  --workers <N>        analysis threads of this process (default: one per core, at most 4)
  --lease <seconds>    how long a claimed document waits for this process before another takes it over (120)

check lists the sources of <folder> that contradict the claim (with the kind and the passage), agree
with it, mention the event without taking a side, and those that are silent (--json: schema version 1).

${REPORT_HELP}`;

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
  if (command === 'check') return runCheck(rest, USAGE);
  if (command === 'index') return runIndex(rest);
  if (command === 'report') return runReport(rest, USAGE);
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
  // The folder is the one argument that is neither a flag nor a flag's value.
  const [folderArg] = positionals(rest, [...FOLDER_VALUE_FLAGS, '--format', '--db']);
  const db = flagValue(rest, '--db');
  if (db !== undefined) return printReport(await indexCorpusDatabase(db), format, rest);
  if (!folderArg) {
    process.stderr.write(`Missing <folder>.\n\n${USAGE}`);
    return 2;
  }
  const options = folderOptions(rest);
  if (!options) return 2;
  if (!(await isReadableFolder(folderArg))) return 1;
  return printReport(await indexFolder(resolve(folderArg), options), format, rest);
}

/** The value after `flag`, undefined when the flag is absent, '' when it has no value. */
function flagValue(rest: string[], flag: string): string | undefined {
  const i = rest.indexOf(flag);
  return i < 0 ? undefined : (rest[i + 1] ?? '');
}

async function runIndex(rest: string[]): Promise<number> {
  const url = flagValue(rest, '--db');
  const folders = positionals(rest, ['--db', '--workers', '--lease', '--max-file-size']);
  if (!url || !folders.length) {
    process.stderr.write(`index needs <folder…> and --db <url>.\n\n${USAGE}`);
    return 2;
  }
  const options = corpusIndexOptions(rest, url, folders);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  for (const folder of folders) if (!(await isReadableFolder(folder))) return 1;
  return indexCorpus(options);
}

async function printReport(
  indexed: IndexedFolder,
  format: string | undefined,
  rest: string[],
): Promise<number> {
  const { index, reviews, started, analysed } = indexed;
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

/** An error PostgreSQL or the network sent (a five-character SQLSTATE, or a socket's code). */
function isDatabaseError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && (/^[0-9A-Z]{5}$/.test(code) || /^E[A-Z]+$/.test(code));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // The corpus database's own errors (unreachable, refused, a lost connection) are one line each.
    if (e instanceof CorpusError || isDatabaseError(e)) process.stderr.write(`triangulate: ${reason(e)}\n`);
    else process.stderr.write(`triangulate: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
