import type { Claim, ClaimSpan } from './types';

/** The predicate's parts in reading order: lemma, adjective, particle, preposition, "… to"/"… from". */
function predicateParts(c: Claim): string[] {
  const v = c.verb;
  if (!v) return [];
  const parts = [v.lemma, v.adjective, v.particle, v.preposition].filter((w): w is string => !!w);
  const transfer = transferOf(c);
  if (v.transfer === 'give' && transfer?.receiver) parts.push('… to');
  else if (v.transfer === 'receive' && transfer?.giver) parts.push('… from');
  return parts;
}

/**
 * The predicate as one display string, for renderers only: "withhold", "slow down", "be crucial
 * for", "sell … to" (a transfer with its receiver named). Analysis reads the typed `verb`.
 */
export const predicateText = (c: Claim): string => predicateParts(c).join(' ');

/** The recipient is already named by the predicate ("sell … to", "refer to"): no second "to". */
export function predicateEndsWithTo(c: Claim): boolean {
  const last = predicateParts(c).at(-1);
  return last === 'to' || last === '… to';
}

/** Who gives and who receives, for transfer verbs: the subject gives (sell) or receives (buy). */
export function transferOf(c: Claim): { giver: ClaimSpan | null; receiver: ClaimSpan | null } | null {
  const role = (r: string) => c.arguments.find((a) => a.role === r)?.span ?? null;
  if (c.verb?.transfer === 'give') return { giver: role('agent'), receiver: role('recipient') };
  if (c.verb?.transfer === 'receive') return { giver: role('source'), receiver: role('agent') };
  return null;
}
