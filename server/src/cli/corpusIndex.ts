import { EMPTY_REVIEWS } from '../core/contradictions/reviews';
import { withSharedDecisions } from '../core/contradictions/sharedReviews';
import { counted } from '../core/counted';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import { openCorpusDatabase } from '../node/corpus/corpusDatabase';
import { corpusUri, failedDocuments, storedDocuments } from '../node/corpus/corpusReader';
import { sharedDecisions } from '../node/corpus/corpusReviews';
import { checkSchema } from '../node/corpus/migrate';
import { CLI_ANALYZE_OPTIONS, type IndexedFolder } from './indexFolder';

/**
 * The whole shared corpus in an index, from its stored analyses (nothing is analysed again unless
 * its analysis is from another analyser version): what `analyze --db` reports on. Only reads, so a
 * read-only role or a replica will do. Review decisions shared by the team apply as a review file's would.
 */
export async function indexCorpusDatabase(url: string): Promise<IndexedFolder> {
  const pool = await openCorpusDatabase(url, 1);
  const started = performance.now();
  const index = new WorkspaceIndex(CLI_ANALYZE_OPTIONS);
  let reanalysed = 0;
  let reviews = EMPTY_REVIEWS;
  try {
    await checkSchema(pool);
    for await (const doc of storedDocuments(pool)) {
      if (doc.problem) reanalysed++;
      index.setDocument(corpusUri(doc.path), doc.path, doc.text, null, false, doc.analysis);
    }
    for (const f of await failedDocuments(pool))
      index.setSkipped(corpusUri(f.path), f.path, `skipped: ${f.problem}`);
    // The team's review decisions (the editor shares them): dismissed findings are not reported.
    reviews = withSharedDecisions(EMPTY_REVIEWS, await sharedDecisions(pool));
  } finally {
    await pool.end();
  }
  const analysed = performance.now();
  const stale = reanalysed ? `, ${reanalysed} analysed again (stored by another analyser version)` : '';
  process.stderr.write(
    `Loaded ${counted(index.documents().length, 'source')} from the corpus${stale}, ${counted(index.entities().length, 'entity', 'entities')} in ${((analysed - started) / 1000).toFixed(2)} s.\n`,
  );
  return { index, reviews, started, analysed };
}
