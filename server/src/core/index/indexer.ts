import { decodeBytes } from '../ingest';
import type { Workspace, WorkspaceFile } from '../workspace';
import type { DocumentAnalysis } from './analyzeDocument';
import type { WorkspaceIndex } from './workspaceIndex';

export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
}

export interface IndexingOptions {
  /** Files larger than this many bytes are skipped with a reason. */
  maxFileBytes: number;
  /** How the analyst changes the size limit, named in the skip reason ("triangulate.maxFileSizeKB"). */
  sizeLimitHint?: string;
  /** Files read at once. */
  concurrency?: number;
  signal?: CancellationSignal;
  onProgress?: (done: number, total: number, file: WorkspaceFile) => void;
  /**
   * Analyses a document elsewhere (worker threads), reading and writing the persistent cache under
   * `storeKey`; without it, documents are analysed on this thread.
   */
  analyze?: (relativePath: string, text: string, storeKey: string) => Promise<DocumentAnalysis>;
  /**
   * `analyze` is used only for workspaces of at least this many files: starting workers (each loads
   * its own NLP model) costs more than it saves on a handful of articles.
   */
  analyzeFrom?: number;
  /** Called for every file that is skipped or only partly analysed. */
  onProblem?: (file: WorkspaceFile, problem: string) => void;
}

export interface IndexingResult {
  analysed: number;
  skipped: number;
  cancelled: boolean;
}

/** Lets the event loop answer pending requests between two pieces of long work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads and analyses every file of a workspace into the index: reads run with bounded concurrency,
 * analysis one document at a time with a yield in between, so a server stays responsive.
 */
export async function indexWorkspace(
  ws: Workspace,
  index: WorkspaceIndex,
  options: IndexingOptions,
): Promise<IndexingResult> {
  const files = await ws.listFiles();
  const result: IndexingResult = { analysed: 0, skipped: 0, cancelled: false };
  const analyze = files.length >= (options.analyzeFrom ?? 0) ? options.analyze : undefined;
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      if (options.signal?.isCancellationRequested) {
        result.cancelled = true;
        return;
      }
      const file = files[next++]!;
      const problem = await indexFile(ws, index, file, options.maxFileBytes, options.sizeLimitHint, analyze);
      if (problem) {
        options.onProblem?.(file, problem);
        if (index.document(file.uri)) result.analysed++;
        else result.skipped++;
      } else result.analysed++;
      options.onProgress?.(++done, files.length, file);
      await yieldToEventLoop();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return result;
}

/** Analyses one file; returns a human-readable problem when it was skipped or truncated. */
export async function indexFile(
  ws: Workspace,
  index: WorkspaceIndex,
  file: WorkspaceFile,
  maxFileBytes: number,
  sizeLimitHint?: string,
  analyze?: IndexingOptions['analyze'],
): Promise<string | null> {
  if (file.skipped) {
    index.setSkipped(file.uri, file.relativePath, file.skipped);
    return file.skipped;
  }
  if (file.size > maxFileBytes) {
    const reason = sizeLimitReason(file.size, maxFileBytes, sizeLimitHint);
    index.setSkipped(file.uri, file.relativePath, reason);
    return reason;
  }
  let bytes: Uint8Array;
  try {
    bytes = await ws.readFile(file.uri);
  } catch (e) {
    const reason = `skipped: could not be read (${(e as Error).message})`;
    index.setSkipped(file.uri, file.relativePath, reason);
    return reason;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    const reason = `skipped: ${decoded.reason}`;
    index.setSkipped(file.uri, file.relativePath, reason);
    return reason;
  }
  let analysis: DocumentAnalysis | undefined;
  const before = index.document(file.uri);
  if (analyze && before?.text !== decoded.text) {
    const found = index.lookup(file.relativePath, decoded.text);
    try {
      analysis = found.analysis ?? (await analyze(file.relativePath, decoded.text, found.storeKey));
    } catch {
      // A worker that failed (or could not start): this thread analyses the file instead, below.
    }
    // Newer text was filed while the worker ran (an editor, a change on disk): it wins.
    if (index.document(file.uri) !== before) return null;
  }
  let doc: ReturnType<WorkspaceIndex['setDocument']>;
  try {
    doc = index.setDocument(file.uri, file.relativePath, decoded.text, decoded.warning, false, analysis);
  } catch (e) {
    const reason = `skipped: the analysis failed (${(e as Error).message})`;
    index.setSkipped(file.uri, file.relativePath, reason);
    return reason;
  }
  return doc.analysis.truncated ?? decoded.warning;
}

export function sizeLimitReason(size: number, limit: number, hint?: string): string {
  return `skipped: ${formatBytes(size)} is over the ${formatBytes(limit)} limit${hint ? ` (${hint})` : ''}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
