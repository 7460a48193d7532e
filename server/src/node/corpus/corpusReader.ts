import type pg from 'pg';
import { analysisProblem } from '../../core/index/analysisShape';
import type { DocumentAnalysis } from '../../core/index/analyzeDocument';

/** Documents of the corpus are filed under this scheme (`CORPUS_SCHEME` of protocol.ts: the editor's read-only documents). */
export const CORPUS_URI_SCHEME = 'triangulate-corpus';

/** The URI a corpus document is filed under, from its path in the corpus. */
export const corpusUri = (path: string): string => `${CORPUS_URI_SCHEME}:/${encodeURI(path)}`;

/** A current document of the corpus with its stored analysis, when that is usable by this analyser. */
export interface StoredDocument {
  path: string;
  text: string;
  analysis?: DocumentAnalysis;
  /** Why the stored analysis was not usable (an older analyser, an invalid entry). */
  problem?: string;
}

/** Rows fetched per query: bounds the memory of one page, not of the whole load. */
const PAGE = 200;

/**
 * Every current, analysed document of the corpus, in path order, a page at a time (keyset paging,
 * no cursor held open). Stored analyses are checked as the disk cache checks its entries.
 */
export async function* storedDocuments(pool: pg.Pool, page = PAGE): AsyncGenerator<StoredDocument> {
  let after = '';
  for (;;) {
    // The analysis comes as text and is parsed here, one row at a time as the caller takes it:
    // a page is not parsed in one burst when it arrives (the editor files documents in slices).
    const { rows } = await pool.query<{
      path: string;
      text: string;
      content_hash: string;
      analysis: string;
    }>(
      `SELECT d.path, d.text, d.content_hash, a.analysis::text AS analysis
       FROM documents d JOIN analyses a ON a.document_id = d.id
       WHERE d.current AND d.state = 'done' AND d.path > $1
       ORDER BY d.path LIMIT $2`,
      [after, page],
    );
    for (const row of rows) {
      const analysis = parsed(row.analysis);
      const problem = analysisProblem(analysis, row.content_hash, row.text.length);
      yield problem
        ? { path: row.path, text: row.text, problem }
        : { path: row.path, text: row.text, analysis: analysis as DocumentAnalysis };
    }
    if (rows.length < page) return;
    after = rows.at(-1)!.path;
  }
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null; // reported as an invalid entry by analysisProblem
  }
}

/** Documents that could not be analysed, with the reason, for the report's skipped list. */
export async function failedDocuments(pool: pg.Pool): Promise<Array<{ path: string; problem: string }>> {
  const { rows } = await pool.query<{ path: string; problem: string }>(
    `SELECT path, coalesce(problem, 'not analysed') AS problem FROM documents
     WHERE current AND state = 'failed' ORDER BY path`,
  );
  return rows;
}
