import type pg from 'pg';
import { isKind } from '../../core/contradictions/reviews';
import type { SharedDecision } from '../../core/contradictions/sharedReviews';

/** A decision as it is written: the database stamps when. */
export type NewSharedDecision = Omit<SharedDecision, 'at'>;

/** Bounds what one decision may store (the passages are quoted, not the articles). */
const MAX_TEXT = 500;

/** Appends a decision (or its withdrawal, `undone`) to the corpus; parameterised, never spliced. */
export async function shareDecision(pool: pg.Pool, d: NewSharedDecision): Promise<void> {
  await pool.query(
    `INSERT INTO review_decisions (finding_key, kind, decision, a, b, path, reviewer)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      d.key,
      d.kind,
      d.decision,
      d.a.slice(0, MAX_TEXT),
      d.b.slice(0, MAX_TEXT),
      d.path?.slice(0, MAX_TEXT) ?? null,
      d.reviewer.slice(0, 200),
    ],
  );
}

/** The newest decision of every finding key (withdrawals included: they cancel older local ones). */
export async function sharedDecisions(pool: pg.Pool): Promise<SharedDecision[]> {
  const { rows } = await pool.query<{
    finding_key: string;
    kind: string;
    decision: SharedDecision['decision'];
    a: string;
    b: string;
    path: string | null;
    reviewer: string;
    decided_at: Date;
  }>(
    `SELECT DISTINCT ON (finding_key) finding_key, kind, decision, a, b, path, reviewer, decided_at
     FROM review_decisions ORDER BY finding_key, decided_at DESC, id DESC`,
  );
  const out: SharedDecision[] = [];
  for (const r of rows) {
    if (!isKind(r.kind)) continue; // a kind this version does not know
    out.push({
      key: r.finding_key,
      kind: r.kind,
      decision: r.decision,
      a: r.a,
      b: r.b,
      ...(r.path ? { path: r.path } : {}),
      reviewer: r.reviewer,
      at: r.decided_at.toISOString(),
    });
  }
  return out;
}
