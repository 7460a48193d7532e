import type { CancellationToken } from 'vscode-languageserver';
import { checkClaim } from '../core/check/checkClaim';
import type { SourceVerdict } from '../core/check/types';
import { type CheckClaimResult, CLAIM_SILENT_ROWS, type ClaimSourceVerdict } from '../protocol';
import type { ServerContext } from './context';
import { clip } from './sidebar';

/** The Claim Check view's answer: every source's verdict on the claim, each with its passage's range. */
export function checkClaimRequest(
  ctx: ServerContext,
  claim: unknown,
  token: CancellationToken,
): CheckClaimResult {
  const text = typeof claim === 'string' ? claim : '';
  if (token.isCancellationRequested) return { state: 'cancelled', claim: clip(text), sources: [] };
  const result = checkClaim(ctx.index, ctx.matches, claim, () => token.isCancellationRequested);
  if (!result.ok)
    return {
      state: result.cancelled ? 'cancelled' : 'invalid',
      claim: clip(text),
      message: result.message,
      sources: [],
    };
  const reported = result.sources.filter((v) => v.verdict !== 'silent');
  const silent = result.sources.filter((v) => v.verdict === 'silent');
  return {
    state: 'ok',
    claim: result.claim,
    sources: [...reported, ...firstByName(silent, CLAIM_SILENT_ROWS)].map((v) => toProtocol(ctx, v)),
    silentCount: silent.length,
  };
}

/**
 * The first `n` sources by name (outlet, then date), path breaking ties: a large workspace has
 * thousands of silent sources, and the view lists a few and counts the rest.
 */
function firstByName(sources: SourceVerdict[], n: number): SourceVerdict[] {
  const order = (x: SourceVerdict, y: SourceVerdict) =>
    x.source < y.source ? -1 : x.source > y.source ? 1 : x.relativePath < y.relativePath ? -1 : 1;
  return sources.sort(order).slice(0, n);
}

function toProtocol(ctx: ServerContext, v: SourceVerdict): ClaimSourceVerdict {
  const doc = ctx.index.document(v.uri);
  return {
    uri: v.uri,
    source: v.source,
    path: v.relativePath,
    verdict: v.verdict,
    ...(v.passage && doc
      ? { range: ctx.lines(doc).range(v.passage.start, v.passage.end), text: clip(v.passage.text) }
      : {}),
    ...(v.relation ? { relation: v.relation } : {}),
    ...(v.score !== null ? { score: v.score } : {}),
    ...(v.conflict ? { conflict: v.conflict } : {}),
  };
}
