import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { Claim, ClaimSpan } from './types';

/** A claim with its participants resolved to workspace entities where a mention covers them. */
export interface ResolvedClaim {
  claim: Claim;
  uri: string;
  /** "path#sentence": stable while the document's sentences do not change. */
  id: string;
  subjectEntity: string | null;
  objectEntity: string | null;
  recipientEntity: string | null;
}

export function claimId(relativePath: string, sentence: number): string {
  return `${relativePath}#${sentence}`;
}

/**
 * The entity a phrase is about: a mention that ends the phrase, i.e. its head ("the Biden
 * administration", "Israel"), not one inside a modifier ("the conflict between Israel and Palestine").
 */
function entityIn(index: WorkspaceIndex, uri: string, span: ClaimSpan | null): string | null {
  if (!span) return null;
  const m = index.mentionAt(uri, span.end);
  if (!m || m.end !== span.end || m.start < span.start) return null;
  const e = index.entity(m.entityId);
  return e && e.type !== 'date' && e.type !== 'quantity' ? e.id : null;
}

export function resolveClaim(index: WorkspaceIndex, uri: string, sentence: number): ResolvedClaim | null {
  const doc = index.document(uri);
  const claim = doc?.analysis.claims[sentence];
  if (!doc || !claim) return null;
  return {
    claim,
    uri,
    id: claimId(doc.relativePath, sentence),
    subjectEntity: entityIn(index, uri, claim.subject),
    objectEntity: entityIn(index, uri, claim.object),
    recipientEntity: entityIn(index, uri, claim.recipient),
  };
}

/** Claims whose subject or object mentions the entity: subjects first, then earliest sources first. */
export function claimsAbout(index: WorkspaceIndex, entityId: string, limit: number): ResolvedClaim[] {
  const entity = index.entity(entityId);
  if (!entity) return [];
  const seen = new Set<string>();
  const asSubject: ResolvedClaim[] = [];
  const asObject: ResolvedClaim[] = [];
  const mentions = [...entity.mentions].sort(
    (a, b) => index.compareByPublication(a.uri, b.uri) || a.start - b.start,
  );
  for (const m of mentions) {
    if (asSubject.length >= limit) break;
    const sentence = index.sentenceAt(m.uri, m.start);
    const key = `${m.uri}#${sentence}`;
    if (sentence < 0 || seen.has(key)) continue;
    seen.add(key);
    const claim = index.document(m.uri)?.analysis.claims[sentence];
    if (!claim?.predicate) continue;
    const inside = (s: ClaimSpan | null) => !!s && m.start >= s.start && m.end <= s.end;
    if (inside(claim.subject)) asSubject.push(resolveClaim(index, m.uri, sentence)!);
    else if (inside(claim.object) || inside(claim.recipient))
      asObject.push(resolveClaim(index, m.uri, sentence)!);
  }
  return [...asSubject, ...asObject].slice(0, limit);
}
