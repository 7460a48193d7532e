import type { IgnoredKindEntry, ReviewDecisionEntry } from '../core/contradictions/reviews';
import { sourceName } from '../core/contradictions/sources';
import type { IndexedDocument } from '../core/index/workspaceIndex';
import type { ReviewEntry } from '../protocol';
import type { ServerContext } from './context';
import { ignoredKindKey } from './reviewActions';

/**
 * The analyst's decisions for the Reviews view, newest first (undated ones, from files written
 * before decisions were dated, last). A decision on a finding the source still reports points at
 * its passage; otherwise at the source, when it is still in the workspace.
 */
export function reviewList(ctx: ServerContext): ReviewEntry[] {
  const { decisions, ignoredKinds } = ctx.reviews();
  const byPath = new Map(ctx.index.documents().map((d) => [d.relativePath, d]));
  const entries = [
    ...decisions.map((d) => decisionEntry(ctx, d, d.path ? byPath.get(d.path) : undefined)),
    ...ignoredKinds.map((i) => ignoredEntry(ctx, i, byPath.get(i.path))),
  ];
  return entries.sort((x, y) => (y.at ?? '').localeCompare(x.at ?? ''));
}

function decisionEntry(ctx: ServerContext, d: ReviewDecisionEntry, doc?: IndexedDocument): ReviewEntry {
  const finding = doc && ctx.findings.findings(doc.uri).find((f) => f.key === d.key);
  return {
    decision: d.decision,
    kind: d.kind,
    key: d.key,
    ...(d.at ? { at: d.at } : {}),
    ...(doc ? sourceOf(ctx, doc) : d.path ? { path: d.path } : {}),
    ...(doc && finding ? { range: ctx.lines(doc).range(finding.a.start, finding.a.end) } : {}),
    a: d.a,
    b: d.b,
    ...(d.reviewer ? { reviewer: d.reviewer } : {}),
  };
}

function ignoredEntry(ctx: ServerContext, i: IgnoredKindEntry, doc?: IndexedDocument): ReviewEntry {
  return {
    decision: 'ignoreKind',
    kind: i.kind,
    key: ignoredKindKey(i.path, i.kind),
    ...(i.at ? { at: i.at } : {}),
    ...(doc ? sourceOf(ctx, doc) : { path: i.path }),
    a: '',
    b: '',
  };
}

const sourceOf = (ctx: ServerContext, doc: IndexedDocument) => ({
  path: doc.relativePath,
  source: sourceName(ctx.index, doc.uri),
  uri: doc.uri,
});
