import { EMPTY_REVIEWS } from '../core/contradictions/reviews';
import { counted } from '../core/counted';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import { openCorpusDatabase } from '../node/corpus/corpusDatabase';
import { failedDocuments, storedDocuments } from '../node/corpus/corpusReader';
import { checkSchema } from '../node/corpus/migrate';
import { CLI_ANALYZE_OPTIONS, type IndexedFolder } from './indexFolder';

/** Documents of the corpus are filed under this scheme (the editor's read-only corpus documents). */
export const CORPUS_SCHEME = 'triangulate-corpus';

/**
 * The whole shared corpus in an index, from its stored analyses (nothing is analysed again unless
 * its analysis is from another analyser version): what `analyze --db` reports on. Only reads, so a
 * read-only role or a replica will do.
 */
export async function indexCorpusDatabase(url: string): Promise<IndexedFolder> {
  const pool = await openCorpusDatabase(url, 1);
  const started = performance.now();
  const index = new WorkspaceIndex(CLI_ANALYZE_OPTIONS);
  let reanalysed = 0;
  try {
    await checkSchema(pool);
    for await (const doc of storedDocuments(pool)) {
      if (doc.problem) reanalysed++;
      index.setDocument(
        `${CORPUS_SCHEME}:/${encodeURI(doc.path)}`,
        doc.path,
        doc.text,
        null,
        false,
        doc.analysis,
      );
    }
    for (const f of await failedDocuments(pool))
      index.setSkipped(`${CORPUS_SCHEME}:/${encodeURI(f.path)}`, f.path, `skipped: ${f.problem}`);
  } finally {
    await pool.end();
  }
  const analysed = performance.now();
  const stale = reanalysed ? `, ${reanalysed} analysed again (stored by another analyser version)` : '';
  process.stderr.write(
    `Loaded ${counted(index.documents().length, 'source')} from the corpus${stale}, ${counted(index.entities().length, 'entity', 'entities')} in ${((analysed - started) / 1000).toFixed(2)} s.\n`,
  );
  return { index, reviews: EMPTY_REVIEWS, started, analysed };
}
