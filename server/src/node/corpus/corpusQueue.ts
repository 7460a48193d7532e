import type pg from 'pg';
import type { DocumentAnalysis } from '../../core/index/analyzeDocument';
import { inTransaction } from './corpusDatabase';

/** An article found in a folder, ready to be added to the corpus. */
export interface NewDocument {
  contentHash: string;
  extension: string;
  path: string;
  text: string;
  bytes: number;
}

/** A document this worker holds the lease of, to analyse. */
export interface ClaimedDocument {
  id: string;
  path: string;
  text: string;
}

export interface CorpusCounts {
  /** Current documents (the latest text of each path). */
  documents: number;
  done: number;
  failed: number;
  pending: number;
  /** Pending documents another worker holds an unexpired lease on. */
  leased: number;
  /** Seconds until the earliest of those leases expires. */
  nextExpirySeconds: number | null;
}

/** A document that stopped its worker this many times is marked failed, not retried forever. */
export const MAX_ATTEMPTS = 3;

/**
 * The work queue of the corpus in PostgreSQL: documents are added by content (idempotent), claimed
 * with `FOR UPDATE SKIP LOCKED` under a lease, and stored (analysis, terms, done) in one transaction
 * only while the lease is still this worker's, so a document taken over is never stored twice.
 */
export class CorpusQueue {
  constructor(
    private readonly pool: pg.Pool,
    /** Who holds the leases this queue takes (host, process, a random part). */
    readonly owner: string,
    private readonly leaseSeconds: number,
  ) {}

  /** Adds articles (known content is kept as it is); an older text of the same path stops being current. */
  async add(documents: NewDocument[]): Promise<number> {
    // One row per content (one statement may not touch a row twice: the same text at two paths keeps
    // the first path), in the same order in every worker, so two adding one folder never deadlock.
    const byContent = new Map(
      documents.map((d) => [`${d.extension}:${d.contentHash}`, d] as const).reverse(),
    );
    const rows = [...byContent.values()].sort((a, b) => (a.contentHash < b.contentHash ? -1 : 1));
    const columns = [
      rows.map((d) => d.contentHash),
      rows.map((d) => d.extension),
      rows.map((d) => d.path),
      rows.map((d) => d.text),
      rows.map((d) => d.bytes),
    ];
    const inserted = await this.pool.query(
      `INSERT INTO documents (content_hash, extension, path, text, bytes)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
       ON CONFLICT (content_hash, extension) DO UPDATE SET path = EXCLUDED.path, current = true
         WHERE NOT documents.current OR documents.path <> EXCLUDED.path
       RETURNING (xmax = 0) AS inserted`,
      columns,
    );
    await this.pool.query(
      `UPDATE documents d SET current = false
       FROM unnest($1::text[], $2::text[], $3::text[]) AS n(path, content_hash, extension)
       WHERE d.current AND d.path = n.path AND (d.content_hash, d.extension) <> (n.content_hash, n.extension)`,
      [columns[2], columns[0], columns[1]],
    );
    return inserted.rows.filter((r) => r.inserted).length;
  }

  /** Makes documents analysed by an older analyser pending again (a newer one never goes back). */
  async reopenStale(analyzerVersion: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      `UPDATE documents d SET state = 'pending', attempts = 0, lease_owner = NULL, lease_expires = NULL
       FROM analyses a WHERE a.document_id = d.id AND d.state = 'done' AND a.analyzer_version < $1`,
      [analyzerVersion],
    );
    return rowCount ?? 0;
  }

  /** Leases up to `limit` pending documents nobody holds (or whose lease expired: a worker that died). */
  async claim(limit: number): Promise<ClaimedDocument[]> {
    await this.pool.query(
      `UPDATE documents SET state = 'failed', lease_owner = NULL,
         problem = 'its analysis stopped the worker ' || attempts || ' times'
       WHERE state = 'pending' AND attempts >= $1 AND lease_expires < now()`,
      [MAX_ATTEMPTS],
    );
    const { rows } = await this.pool.query<ClaimedDocument>(
      `UPDATE documents SET lease_owner = $1, lease_expires = now() + make_interval(secs => $2),
         attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM documents
         WHERE state = 'pending' AND current AND (lease_expires IS NULL OR lease_expires < now())
         ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id::text AS id, path, text`,
      [this.owner, this.leaseSeconds, limit],
    );
    return rows;
  }

  /** Extends this worker's leases: a long analysis is not taken over while its worker lives. */
  async renewLeases(): Promise<void> {
    await this.pool.query(
      `UPDATE documents SET lease_expires = now() + make_interval(secs => $2)
       WHERE lease_owner = $1 AND state = 'pending'`,
      [this.owner, this.leaseSeconds],
    );
  }

  /**
   * Stores a document's analysis and sentence terms and marks it done, in one transaction. False
   * (nothing stored) when the lease is no longer this worker's: another took the document over.
   */
  async store(id: string, analysis: DocumentAnalysis): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const { metadata } = analysis;
      const marked = await client.query(
        `UPDATE documents SET state = 'done', lease_owner = NULL, lease_expires = NULL, analysed_at = now(),
           problem = $3, title = $4, publisher = $5, published = $6, author = $7
         WHERE id = $1 AND lease_owner = $2 AND state = 'pending'`,
        [
          id,
          this.owner,
          analysis.truncated,
          metadata.title,
          metadata.publisher,
          metadata.published,
          metadata.author,
        ],
      );
      if (marked.rowCount !== 1) return false;
      await client.query(
        `INSERT INTO analyses (document_id, analyzer_version, analysis) VALUES ($1, $2, $3)
         ON CONFLICT (document_id) DO UPDATE SET analyzer_version = EXCLUDED.analyzer_version,
           analysis = EXCLUDED.analysis`,
        [id, analysis.version, JSON.stringify(analysis)],
      );
      await client.query('DELETE FROM sentence_terms WHERE document_id = $1', [id]);
      await client.query(
        `INSERT INTO sentence_terms (document_id, sentence, terms)
         SELECT $1::bigint, (t.n - 1)::int, ARRAY(SELECT DISTINCT json_array_elements_text(t.terms))
         FROM json_array_elements($2::json) WITH ORDINALITY AS t(terms, n)`,
        [id, JSON.stringify(analysis.sentences.map((s) => s.terms))],
      );
      return true;
    });
  }

  /** Marks a document this worker holds as failed, with the reason (never the article's text). */
  async fail(id: string, problem: string): Promise<void> {
    await this.pool.query(
      `UPDATE documents SET state = 'failed', problem = $3, lease_owner = NULL, lease_expires = NULL
       WHERE id = $1 AND lease_owner = $2`,
      [id, this.owner, problem],
    );
  }

  async counts(): Promise<CorpusCounts> {
    const { rows } = await this.pool.query(
      `SELECT count(*)::int AS documents,
         count(*) FILTER (WHERE state = 'done')::int AS done,
         count(*) FILTER (WHERE state = 'failed')::int AS failed,
         count(*) FILTER (WHERE state = 'pending')::int AS pending,
         count(*) FILTER (WHERE state = 'pending' AND lease_expires > now() AND lease_owner <> $1)::int AS leased,
         extract(epoch FROM min(lease_expires - now()) FILTER (WHERE state = 'pending' AND lease_expires > now()
           AND lease_owner <> $1))::float AS next_expiry
       FROM documents WHERE current`,
      [this.owner],
    );
    const r = rows[0];
    return {
      documents: r.documents,
      done: r.done,
      failed: r.failed,
      pending: r.pending,
      leased: r.leased,
      nextExpirySeconds: r.next_expiry,
    };
  }
}
