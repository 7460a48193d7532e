import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { ResolvedClaim } from './claimView';
import { predicateEndsWithTo, predicateText, transferOf } from './predicate';
import type { ClaimSpan } from './types';

const MAX_PART = 60;

function part(index: WorkspaceIndex, span: ClaimSpan | null, entityId: string | null): string | null {
  if (!span) return null;
  const entity = entityId ? index.entity(entityId) : undefined;
  // The canonical name when the whole phrase is that entity, else the phrase as written.
  const text =
    entity && span.text.replace(/^(the|a|an)\s+/i, '').length <= entity.name.length + 4
      ? entity.name
      : span.text;
  return text.length > MAX_PART ? `${text.slice(0, MAX_PART - 1)}…` : text;
}

/** "the Pentagon → review → Israel’s requested weaponry" — plain text, for hovers and tree items. */
export function claimStructure(index: WorkspaceIndex, rc: ResolvedClaim): string {
  const c = rc.claim;
  const who = part(index, c.subject, rc.subjectEntity) ?? '(unstated)';
  const pieces = [who, predicateText(c) || '(no verb)'];
  const what = part(index, c.object, rc.objectEntity);
  if (what) pieces.push(what);
  const whom = part(index, c.recipient, rc.recipientEntity);
  if (whom && !predicateEndsWithTo(c)) pieces.push(`to ${whom}`);
  else if (whom) pieces.push(whom);
  return pieces.join(' → ');
}

/** "hedged (considering) · negated · according to current and former U.S. officials" */
export function claimQualifiers(rc: ResolvedClaim): string {
  const c = rc.claim;
  const parts: string[] = [];
  const hedges = [...new Set(c.hedges.map((h) => h.text.toLowerCase()))];
  parts.push(
    c.certainty === 'hedged' && hedges.length ? `hedged (${hedges.slice(0, 3).join(', ')})` : c.certainty,
  );
  if (c.polarity === 'negated') parts.push('negated');
  if (c.negativeOutcome) parts.push('negative outcome');
  const transfer = transferOf(c);
  if (transfer?.giver || transfer?.receiver) {
    parts.push(`from ${transfer.giver?.text ?? '?'} to ${transfer.receiver?.text ?? '?'}`);
  }
  if (c.attribution?.speaker) parts.push(`according to ${c.attribution.speaker.text}`);
  return parts.join(' · ');
}
