import type { ClaimSpan } from '../claims/types';
import { gazetteer, nameKey } from '../entities/gazetteer';
import type { Entity } from '../entities/resolve';
import type { IndexReader } from '../index/indexReader';
import type { DetectContext } from './context';
import { ORGANIZATION_COUNTRY } from './lexicon';

/** Who a claim's subject (or recipient) is: an entity when one can be found, and the side it is on. */
export interface Actor {
  /** Entity id, or "np:<head noun>" for an unresolved noun phrase. */
  key: string;
  /** How to name it in a message. */
  label: string;
  /** Countries the actor speaks for; empty when unknown. */
  sides: string[];
}

const PRONOUNS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'these',
  'those',
  'who',
  'which',
]);

/**
 * Prepositions whose object at the end of a subject is not the subject: "the flight from London to
 * New York" is a flight, not New York. "Of" stays: "the government of Israel" speaks for Israel.
 */
const MODIFIER_PREPOSITIONS =
  /\b(from|to|in|at|on|for|with|by|into|over|near|between|against|after|before|across|through)\s*$/i;

function entityAtEnd(index: IndexReader, uri: string, span: ClaimSpan): Entity | undefined {
  const m = index.mentionAt(uri, span.end);
  if (!m || m.end !== span.end || m.start < span.start) return undefined;
  const before = span.text.slice(0, m.start - span.start);
  return MODIFIER_PREPOSITIONS.test(before) ? undefined : index.entity(m.entityId);
}

/**
 * A definite noun phrase ("the administration") refers to the entity of the same document whose
 * name ends with its head ("the Biden administration"): the lightest coreference that holds in news.
 */
function entityByHead(index: IndexReader, uri: string, head: string): Entity | undefined {
  const counts = new Map<string, number>();
  for (const m of index.mentionsIn(uri)) {
    const e = index.entity(m.entityId);
    if (
      e &&
      (e.type === 'organization' || e.type === 'person') &&
      e.name.toLowerCase().endsWith(` ${head}`)
    ) {
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? index.entity(best[0]) : undefined;
}

/** The countries an entity stands for: itself, its title's country, or what its name contains. */
export function sidesFor(ctx: DetectContext, entity: Entity): string[] {
  if (entity.type === 'place') return [entity.name];
  if (entity.affiliations?.length) return entity.affiliations;
  if (entity.type !== 'organization') return [];
  if (ORGANIZATION_COUNTRY[entity.name]) return [ORGANIZATION_COUNTRY[entity.name]!];
  // "Biden administration" → Joe Biden → United States; "Israel Democracy Institute" → Israel.
  const words = entity.name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    for (let k = 0; k + n <= words.length; k++) {
      const part = ctx.named(words.slice(k, k + n).join(' '));
      if (!part || part.id === entity.id) continue;
      const sides = part.type === 'place' ? [part.name] : (part.affiliations ?? []);
      if (sides.length) return sides;
    }
  }
  return [];
}

export function actorFor(ctx: DetectContext, uri: string, span: ClaimSpan): Actor | null {
  const { index } = ctx;
  const text = span.text.trim();
  const words = text.toLowerCase().split(/\s+/);
  if (words.length === 1 && PRONOUNS.has(words[0]!)) return null;
  // "Merkel and Sarkozy met": two doers, neither the actor alone.
  if (words.includes('and') || words.includes('&')) return null;
  const definite = words.length <= 3 && words[0] === 'the';
  // "the administration" is named as the article names it ("Biden administration"), though its
  // mention is the country it stands for (entities/governments.ts).
  const commonHead = definite && /^\p{Ll}/u.test(text.split(/\s+/).at(-1)!);
  const entity =
    (commonHead ? entityByHead(index, uri, words.at(-1)!) : undefined) ??
    entityAtEnd(index, uri, span) ??
    (definite ? entityByHead(index, uri, words.at(-1)!) : undefined);
  if (entity && entity.type !== 'date' && entity.type !== 'quantity') {
    return { key: entity.id, label: entity.name, sides: ctx.sidesOf(entity) };
  }
  if (words.length > 6) return null; // a clause, not an actor
  // "Russian forces", "Israeli officials", "U.S. officials": the modifier names the side.
  const sides = new Set<string>();
  for (const w of text.split(/\s+/).slice(0, -1)) {
    const country = gazetteer().countryOfDemonym(w) ?? gazetteer().placeOf(nameKey(w));
    if (country) sides.add(country);
  }
  return { key: `np:${[...sides].join('+')}:${words.at(-1)}`, label: text, sides: [...sides] };
}

/** Two actors are in conflict when both sides are known and they share none. */
export function differentSides(a: Actor, b: Actor): boolean {
  return a.sides.length > 0 && b.sides.length > 0 && !a.sides.some((s) => b.sides.includes(s));
}

/**
 * Compatible subjects: the same actor, the same side, or one of them unknown. Two different named
 * actors whose sides are unknown ("Papermaster" / "Cardillo") are two subjects, not one.
 */
export function compatibleActors(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b || a.key === b.key) return true;
  if (a.sides.length > 0 && b.sides.length > 0) return a.sides.some((s) => b.sides.includes(s));
  return a.key.startsWith('np:') || b.key.startsWith('np:');
}
