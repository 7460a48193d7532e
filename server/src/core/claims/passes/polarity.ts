import { NEGATORS, REFUSAL_VERBS } from '../lexicon';
import { type ClaimDraft, lemmaAt, rawSpan, valueAt } from './draft';

/** The auxiliary chain's refusal ("refused to deliver", "failed to"), or -1. */
export function refusalAt(d: ClaimDraft): number {
  if (d.verbAt < 0) return -1;
  for (let i = d.auxFrom; i < d.verbAt; i++) if (REFUSAL_VERBS.has(lemmaAt(d, i))) return i;
  return -1;
}

/**
 * Grammatical negation of the main clause, up to its predicate: "has not", "no … decisions",
 * "unlikely to". A negator inside the subject counts only as "no" ("No decision has been made").
 */
export function polarityCues(d: ClaimDraft): void {
  const clauseEnd = Math.min(d.to, Math.max(d.predicateAt, d.verbAt) + 1);
  for (let i = d.from; i < clauseEnd; i++) {
    const w = valueAt(d, i);
    if (NEGATORS.has(w) && (i >= d.subjectEnd || w === 'no')) d.negations.push(rawSpan(d, i, i + 1));
    if (w === 'unlikely' && valueAt(d, i + 1) === 'to') d.negations.push(rawSpan(d, i, i + 2));
  }
}

/** Negated by a negation, or by a refusal: what was refused did not happen. */
export const isNegated = (d: ClaimDraft): boolean =>
  d.negations.length > 0 || refusalAt(d) >= 0 || d.governors.some((g) => g.kind === 'refusal');
