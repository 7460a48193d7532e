import { ANALYZER_VERSION, type DocumentAnalysis } from './analyzeDocument';

/**
 * A persistent store of document analyses, keyed by content (hash + format + analyser version).
 * The core only sees this interface; `node/fileAnalysisStore.ts` keeps entries on disk.
 */
export interface AnalysisStore {
  /** The stored analysis, or undefined when absent, stale or unreadable (never throws). */
  get(key: string): DocumentAnalysis | undefined;
  /** Stores an analysis; failures are reported, never thrown (a cache must not break indexing). */
  put(key: string, analysis: DocumentAnalysis): void;
}

/** The store key of a text: its content hash, the format its extension implies, the analyser version. */
export function storeKey(contentHash: string, extension: string, maxChars: number | undefined): string {
  return `v${ANALYZER_VERSION}-${extension.replace(/[^a-z0-9]/g, '') || 'none'}-${maxChars ?? 'all'}-${contentHash}`;
}

/** Whether a value read from a store has the shape of an analysis of this analyser version. */
export function isAnalysis(value: unknown, contentHash: string): value is DocumentAnalysis {
  if (!value || typeof value !== 'object') return false;
  const a = value as Partial<DocumentAnalysis>;
  return (
    a.version === ANALYZER_VERSION &&
    a.contentHash === contentHash &&
    Array.isArray(a.sentences) &&
    Array.isArray(a.claims) &&
    Array.isArray(a.mentions) &&
    Array.isArray(a.sections) &&
    Array.isArray(a.omitted) &&
    !!a.metadata &&
    typeof a.format === 'string'
  );
}
