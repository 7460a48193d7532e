import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Reviews } from '../core/contradictions/reviews';
import { counted } from '../core/counted';
import { indexWorkspace } from '../core/index/indexer';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import { AnalysisPool, defaultPoolSize, PARALLEL_FROM_FILES } from '../node/analysisPool';
import { FileAnalysisStore } from '../node/fileAnalysisStore';
import { FileWorkspace } from '../node/fileWorkspace';
import { applyCorrections, readReviews } from './analystFiles';

export interface FolderOptions {
  /** Files larger than this many megabytes are skipped. */
  maxMb: number;
  /** Folder of the analysis cache, when one is kept. */
  cacheDir?: string;
}

export interface IndexedFolder {
  index: WorkspaceIndex;
  reviews: Reviews;
  /** When the analysis started and ended (performance.now()). */
  started: number;
  analysed: number;
}

/** What every command analyses of a document: the first 2,000,000 characters (as the editor). */
export const CLI_ANALYZE_OPTIONS = { maxChars: 2_000_000 };

/** Flags of the folder commands that take a value. */
export const FOLDER_VALUE_FLAGS = ['--max-file-size', '--cache'];

/** The arguments that are neither flags nor a flag's value (`valueFlags`). */
export function positionals(rest: string[], valueFlags: string[]): string[] {
  const flagValues = new Set(valueFlags.map((f) => rest.indexOf(f) + 1).filter((i) => i > 0));
  return rest.filter((a, i) => !a.startsWith('--') && !flagValues.has(i));
}

/** `--max-file-size` and `--cache` of a command line, or null (said on stderr) for a bad size. */
export function folderOptions(rest: string[]): FolderOptions | null {
  const sizeFlag = rest.indexOf('--max-file-size');
  const maxMb = sizeFlag >= 0 ? Number(rest[sizeFlag + 1]) : 5;
  if (!Number.isFinite(maxMb) || maxMb <= 0) {
    process.stderr.write('--max-file-size needs a positive number of megabytes.\n');
    return null;
  }
  const cacheFlag = rest.indexOf('--cache');
  return { maxMb, ...(cacheFlag >= 0 ? { cacheDir: rest[cacheFlag + 1] } : {}) };
}

/** Whether `folderArg` names a folder that can be read; says why not on stderr. */
export async function isReadableFolder(folderArg: string): Promise<boolean> {
  try {
    if (!(await stat(resolve(folderArg))).isDirectory()) throw new Error('not a directory');
    return true;
  } catch {
    process.stderr.write(`triangulate: “${folderArg}” is not a folder that can be read.\n`);
    return false;
  }
}

/**
 * Every article of `folder` analysed (on worker threads, one per core) and filed in an index, with
 * the folder's corrections applied and its review decisions read; problems go to stderr.
 */
export async function indexFolder(folder: string, options: FolderOptions): Promise<IndexedFolder> {
  const { cacheDir } = options;
  const index = new WorkspaceIndex(
    CLI_ANALYZE_OPTIONS,
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
    maxFileBytes: options.maxMb * 1024 * 1024,
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
  return { index, reviews, started, analysed };
}
