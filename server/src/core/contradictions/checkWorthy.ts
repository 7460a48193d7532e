import type { Unit } from '../alignment/view';
import type { Claim, ClaimSpan } from '../claims/types';
import type { SentenceWord } from '../claims/words';
import type { EntityMention } from '../entities/resolve';
import { figureOf } from './checkWorthyFigures';
import { ACT_VERBS, FURNITURE_WORDS, OPINION_WORDS } from './checkWorthyWords';
import type { DetectContext } from './context';

/**
 * What makes a sentence worth checking against other sources, quoted in the sentence's own words:
 * a specific figure ("34,900 Palestinians"), or a named actor doing a specific act ("The White
 * House has been breached").
 */
export interface CheckWorthy {
  kind: 'figure' | 'act';
  quote: string;
  /** Where the quoted words start (source offset). */
  start: number;
}

const ACTS = new Set(ACT_VERBS);
const OPINION = new Set(OPINION_WORDS);
const FURNITURE = new Set(FURNITURE_WORDS);
const ACTOR_TYPES = new Set(['person', 'organization', 'place']);
/** How a reported sentence ends: a full stop, or a closing quote or bracket after one. */
const SENTENCE_END = /[.!…]["”’')\]]*\s*$/;
/** Longest quote of an act, in words: longer objects are left out of the quote. */
const MAX_QUOTE_WORDS = 12;

/** The check-worthy part of sentence `sentence` of `uri`, or null when it states nothing to check. */
export function checkWorthy(ctx: DetectContext, uri: string, sentence: number): CheckWorthy | null {
  const doc = ctx.index.document(uri);
  const range = doc?.analysis.sentences[sentence];
  const claim = doc?.analysis.claims[sentence];
  const view = ctx.view(uri, sentence);
  if (!doc || !range || !claim?.verb || !view) return null;
  const text = doc.text.slice(range.start, range.end);
  const inHeading = doc.analysis.sections.some(
    (h) => range.start >= h.headingStart && range.end <= h.headingEnd,
  );
  if (claim.headline || inHeading || view.question || view.imperative || text.includes('?')) return null;
  if (!SENTENCE_END.test(text)) return null; // a label: a headline, caption or line of furniture
  if (view.words.some(notReportedFact)) return null;
  // "It is hoped the aircraft can be tested in 2010": possible, not a fact to check.
  if (predicateUnit(claim, view.units)?.open) return null;
  return figureOf(ctx, uri, sentence, claim) ?? actOf(ctx, uri, sentence, claim, view.units);
}

/** A word of opinion (not a proper noun: "US" is not "us") or of page furniture. */
const notReportedFact = (w: SentenceWord): boolean =>
  FURNITURE.has(w.lemma) || (w.tag !== 'P' && OPINION.has(w.lemma));

/** A named actor doing a specific act, told as done (not planned, possible or future). */
function actOf(
  ctx: DetectContext,
  uri: string,
  sentence: number,
  claim: Claim,
  units: Unit[],
): CheckWorthy | null {
  const verb = claim.verb?.lemma ?? '';
  const subject = claim.subject;
  const predicate = claim.predicateSpan;
  if (!ACTS.has(verb) || !subject || !predicate || claim.certainty === 'hedged') return null;
  const verbUnit = predicateUnit(claim, units);
  if (!verbUnit || verbUnit.future || predicate.start < subject.end) return null;
  const words = ctx.view(uri, sentence)?.words ?? [];
  if (!ctx.entitiesOf(uri, sentence).some((m) => actorHeads(ctx, words, subject, m))) return null;
  return {
    kind: 'act',
    quote: actQuote(ctx, uri, claim, subject.start, predicate.end),
    start: subject.start,
  };
}

/** The verb of the claim's predicate, as the alignment sees it (negated, open, future). */
function predicateUnit(claim: Claim, units: Unit[]): Unit | undefined {
  const p = claim.predicateSpan;
  return p ? units.find((u) => u.tag === 'V' && u.start >= p.start && u.end <= p.end) : undefined;
}

/**
 * A person, organisation or place that is the subject itself, not a modifier of it ("Aeroflot's
 * fleet") or inside a phrase of it ("deliveries to Singapore Airlines").
 */
function actorHeads(
  ctx: DetectContext,
  words: SentenceWord[],
  subject: ClaimSpan,
  m: EntityMention,
): boolean {
  if (m.start < subject.start || m.end > subject.end) return false;
  if (!ACTOR_TYPES.has(ctx.index.entity(m.entityId)?.type ?? '')) return false;
  const after = words.find((w) => w.start >= m.end);
  if (after && (after.lemma === "'s" || after.lemma === '’s' || after.lemma === "'")) return false;
  return !words.some((w) => w.tag === 'I' && w.start >= subject.start && w.end <= m.start);
}

/** The actor, the act and a short object, as written: "Netanyahu attacked the Biden administration". */
function actQuote(ctx: DetectContext, uri: string, claim: Claim, start: number, verbEnd: number): string {
  const text = ctx.index.document(uri)!.text;
  const object = claim.object;
  const withObject =
    object && object.start >= verbEnd && !/^(?:that|whether|if|how|why|what)\b/i.test(object.text)
      ? text.slice(start, object.end)
      : null;
  const words = (s: string) => s.split(/\s+/).length;
  const quote = withObject && words(withObject) <= MAX_QUOTE_WORDS ? withObject : text.slice(start, verbEnd);
  return quote.replace(/\s+/g, ' ').trim();
}
