import { FINDING_KINDS, type Finding, type FindingKind } from './types';

export type ReviewDecision = 'reviewed' | 'dismissed';

/**
 * The analyst's decisions on findings, kept in `.triangulate/reviews.json`. Decisions are keyed by
 * the content of the two claims (not by line numbers), so they survive edits elsewhere in a file.
 *
 * {
 *   "version": 1,
 *   "decisions": [ { "key": "…", "kind": "role", "decision": "reviewed", "a": "…", "b": "…",
 *                    "path": "003_….txt", "at": "2026-12-01T13:50:00.000Z" } ],
 *   "ignoredKinds": [ { "path": "003_….txt", "kind": "certainty", "at": "…" } ]
 * }
 *
 * `path` (the source the decision was taken in) and `at` (when) are optional: files written before
 * they existed stay valid, and their decisions are listed without them.
 */
export interface ReviewDecisionEntry {
  key: string;
  kind: FindingKind;
  decision: ReviewDecision;
  a: string;
  b: string;
  path?: string;
  at?: string;
  /** Who took it, for a decision shared through the team corpus (never written to the file). */
  reviewer?: string;
}

export interface IgnoredKindEntry {
  path: string;
  kind: FindingKind;
  at?: string;
}

export interface Reviews {
  decisions: ReviewDecisionEntry[];
  ignoredKinds: IgnoredKindEntry[];
}

export const EMPTY_REVIEWS: Reviews = { decisions: [], ignoredKinds: [] };
export const REVIEWS_PATH = '.triangulate/reviews.json';

export const isKind = (k: unknown): k is FindingKind =>
  typeof k === 'string' && (FINDING_KINDS as readonly string[]).includes(k);
const text = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 500) : '');
/** The optional fields, kept only when well-formed. */
const pathOf = (v: unknown) => (typeof v === 'string' && v ? { path: v.slice(0, 500) } : {});
const dateOf = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) ? { at: v } : {};

/**
 * Parses the reviews file. `usable` is false when the file is not a reviews object at all (corrupt
 * or hand-mangled): then nothing is applied and the file must not be overwritten.
 */
export function parseReviews(json: string): { reviews: Reviews; problems: string[]; usable: boolean } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { reviews: EMPTY_REVIEWS, problems: [`not valid JSON (${(e as Error).message})`], usable: false };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { reviews: EMPTY_REVIEWS, problems: ['the file must hold a JSON object'], usable: false };
  }
  const obj = raw as Record<string, unknown>;
  const problems: string[] = [];
  const reviews: Reviews = { decisions: [], ignoredKinds: [] };
  const decisions = Array.isArray(obj.decisions) ? obj.decisions : [];
  decisions.forEach((d, i) => {
    const e = d as Record<string, unknown> | null;
    if (
      !e ||
      typeof e.key !== 'string' ||
      !isKind(e.kind) ||
      (e.decision !== 'reviewed' && e.decision !== 'dismissed')
    ) {
      problems.push(`decisions[${i}] needs "key", "kind" and "decision" ("reviewed" or "dismissed")`);
      return;
    }
    reviews.decisions.push({
      key: e.key,
      kind: e.kind,
      decision: e.decision,
      a: text(e.a),
      b: text(e.b),
      ...pathOf(e.path),
      ...dateOf(e.at),
    });
  });
  const ignored = Array.isArray(obj.ignoredKinds) ? obj.ignoredKinds : [];
  ignored.forEach((d, i) => {
    const e = d as Record<string, unknown> | null;
    if (!e || typeof e.path !== 'string' || !isKind(e.kind)) {
      problems.push(`ignoredKinds[${i}] needs "path" and "kind"`);
      return;
    }
    reviews.ignoredKinds.push({ path: e.path, kind: e.kind, ...dateOf(e.at) });
  });
  return { reviews, problems, usable: true };
}

/** Stable, pretty-printed, newline-terminated. */
export function serializeReviews(r: Reviews): string {
  // A reviewer is known only for shared decisions: the file holds the analyst's own.
  const own = r.decisions.map((d) => {
    const { reviewer, ...entry } = d;
    return reviewer === undefined ? d : entry;
  });
  const decisions = [...new Map(own.map((d) => [d.key, d])).values()].sort((a, b) =>
    a.key.localeCompare(b.key),
  );
  const ignoredKinds = [...new Map(r.ignoredKinds.map((i) => [`${i.path}|${i.kind}`, i])).values()].sort(
    (a, b) => a.path.localeCompare(b.path) || a.kind.localeCompare(b.kind),
  );
  return `${JSON.stringify({ version: 1, decisions, ignoredKinds }, null, 2)}\n`;
}

/** The reviews without the decision on `key`. */
export function withoutDecision(r: Reviews, key: string): Reviews {
  return { ...r, decisions: r.decisions.filter((d) => d.key !== key) };
}

/** The reviews without the ignored kind of one file. */
export function withoutIgnoredKind(r: Reviews, path: string, kind: FindingKind): Reviews {
  return { ...r, ignoredKinds: r.ignoredKinds.filter((i) => i.path !== path || i.kind !== kind) };
}

export interface ReviewedFinding extends Finding {
  reviewed: boolean;
}

/** Drops dismissed findings and ignored kinds; marks reviewed ones. */
export function applyReviews(findings: Finding[], reviews: Reviews, relativePath: string): ReviewedFinding[] {
  const decided = new Map(reviews.decisions.map((d) => [d.key, d.decision]));
  const ignored = new Set(reviews.ignoredKinds.filter((i) => i.path === relativePath).map((i) => i.kind));
  const out: ReviewedFinding[] = [];
  for (const f of findings) {
    if (ignored.has(f.kind) || decided.get(f.key) === 'dismissed') continue;
    out.push({ ...f, reviewed: decided.get(f.key) === 'reviewed' });
  }
  return out;
}
