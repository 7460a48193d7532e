import type { ReviewDecision, ReviewDecisionEntry, Reviews } from './reviews';
import type { FindingKind } from './types';

/**
 * A review decision shared through the team corpus: who took it and when (the database's clock).
 * `undone` withdraws an earlier decision on the same finding.
 */
export interface SharedDecision {
  key: string;
  kind: FindingKind;
  decision: ReviewDecision | 'undone';
  a: string;
  b: string;
  path?: string;
  reviewer: string;
  at: string;
}

/**
 * The local review file's decisions merged with the team's: per finding key the newest decision
 * wins (a local decision without a date is older than any shared one), and a newer withdrawal
 * removes it. Ignored kinds stay the analyst's own (they name files of this workspace).
 */
export function withSharedDecisions(local: Reviews, shared: readonly SharedDecision[]): Reviews {
  if (shared.length === 0) return local;
  const byKey = new Map<string, ReviewDecisionEntry | null>();
  const at = new Map<string, string>();
  for (const d of local.decisions) {
    byKey.set(d.key, d);
    at.set(d.key, d.at ?? '');
  }
  for (const s of shared) {
    if ((at.get(s.key) ?? '') > s.at) continue; // the local decision is newer
    at.set(s.key, s.at);
    byKey.set(s.key, s.decision === 'undone' ? null : sharedEntry(s));
  }
  const decisions = [...byKey.values()].filter((d): d is ReviewDecisionEntry => d !== null);
  return { decisions, ignoredKinds: local.ignoredKinds };
}

function sharedEntry(s: SharedDecision): ReviewDecisionEntry {
  return {
    key: s.key,
    kind: s.kind,
    decision: s.decision as ReviewDecision,
    a: s.a,
    b: s.b,
    ...(s.path ? { path: s.path } : {}),
    at: s.at,
    reviewer: s.reviewer,
  };
}
