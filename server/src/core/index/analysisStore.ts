import { ANALYZER_VERSION, type DocumentAnalysis } from './analyzeDocument';

/**
 * A persistent store of document analyses, keyed by content (hash + format + analyser version).
 * The core only sees this interface; `node/fileAnalysisStore.ts` keeps entries on disk.
 */
export interface AnalysisStore {
  /**
   * The stored analysis of `text`, or undefined when absent, stale, unreadable or failing
   * validation (never throws; an entry that fails is discarded, so it is recomputed).
   */
  get(key: string, text: string): DocumentAnalysis | undefined;
  /** Stores an analysis; failures are reported, never thrown (a cache must not break indexing). */
  put(key: string, analysis: DocumentAnalysis): void;
}

/** The store key of a text: its content hash, the format its extension implies, the analyser version. */
export function storeKey(contentHash: string, extension: string, maxChars: number | undefined): string {
  return `v${ANALYZER_VERSION}-${extension.replace(/[^a-z0-9]/g, '') || 'none'}-${maxChars ?? 'all'}-${contentHash}`;
}
