import type { CancellationToken } from 'vscode-languageserver';
import { checkClaim } from '../core/check/checkClaim';
import type { SourceVerdict } from '../core/check/types';
import type { CheckClaimResult, ClaimSourceVerdict } from '../protocol';
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
  return { state: 'ok', claim: result.claim, sources: result.sources.map((v) => toProtocol(ctx, v)) };
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
