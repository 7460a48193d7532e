import type { Unit } from '../alignment/view';
import type { Claim, ClaimSpan } from '../claims/types';
import type { SentenceWord } from '../claims/words';
import { TIME_UNITS } from '../entities/quantities';
import type { EntityMention } from '../entities/resolve';
import type { MentionCandidate } from '../entities/types';
import {
  ACT_VERBS,
  FURNITURE_WORDS,
  INVARIANT_PLURALS,
  OPINION_WORDS,
  TIME_FRAMING,
} from './checkWorthyWords';
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
const TIME_WORDS = new Set(TIME_FRAMING);
const SAME_IN_PLURAL = new Set(INVARIANT_PLURALS);
const ACTOR_TYPES = new Set(['person', 'organization', 'place']);
/** How a reported sentence ends: a full stop, or a closing quote or bracket after one. */
const SENTENCE_END = /[.!…]["”’')\]]*\s*$/;
/** A figure glued to letters is a designation ("Boeing 777s", "150px"), unless a magnitude ("$2bn"). */
const DESIGNATION = /\d(?!(?:bn|tn|m|k)\b)[a-z]/i;
/** Longest quote of an act, in words: longer objects are left out of the quote. */
const MAX_QUOTE_WORDS = 12;

/** The check-worthy part of sentence `sentence` of `uri`, or null when it states nothing to check. */
export function checkWorthy(ctx: DetectContext, uri: string, sentence: number): CheckWorthy | null {
  const doc = ctx.index.document(uri);
  const range = doc?.analysis.sentences[sentence];
  const claim = doc?.analysis.claims[sentence];
  const view = ctx.view(uri, sentence);
  if (!doc || !range || !claim?.predicate || !view) return null;
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

/**
 * A specific figure: a count or amount (not a year, a date, "since 2004", or a percentage of
 * nothing), in a claim that is not hedged (unless the figure is whose belief is reported: "17% of
 * Israelis believe").
 */
function figureOf(ctx: DetectContext, uri: string, sentence: number, claim: Claim): CheckWorthy | null {
  const mentions = ctx.mentionsOf(uri, sentence);
  const dates = mentions.filter((m) => m.kind === 'date');
  const inDate = (start: number, end: number) => dates.some((d) => start < d.end && end > d.start);
  const attribution = claim.attribution;
  const allowed = (start: number) =>
    claim.certainty !== 'hedged' ||
    (attribution !== null && start >= attribution.start && start < attribution.end);
  const doc = ctx.index.document(uri)!;
  const text = doc.text;
  const sentenceStart = doc.analysis.sentences[sentence]!.start;
  const words = ctx.view(uri, sentence)?.words ?? [];
  const figures = mentions.filter(
    (m) =>
      m.kind === 'quantity' &&
      !inDate(m.start, m.end) &&
      !inParentheses(text, sentenceStart, m.start) &&
      specificFigure(m, text) &&
      !designation(m, words, text) &&
      allowed(m.start),
  );
  // A count ("150 passengers") says more than a span of time ("four hours after").
  // A count in digits ("up 1.2 %") says more than one in words ("three indexes") or a span of time.
  const count = (m: MentionCandidate) => !TIME_UNITS.has(m.unit ?? '');
  const digits = (m: MentionCandidate) => /\d/.test(m.surface);
  const quantity = figures.find((m) => count(m) && digits(m)) ?? figures.find(count) ?? figures[0];
  if (quantity)
    return { kind: 'figure', quote: figureQuote(quantity, words, text, inDate), start: quantity.start };
  // Figures the recogniser kept inside another mention ("fired 40 missiles" is equipment).
  const covered = (w: SentenceWord) =>
    mentions.some((m) => m.kind === 'quantity' && w.start < m.end && w.end > m.start);
  const at = words.findIndex(
    (w, i) =>
      w.tag === 'U' &&
      /^\d[\d,.]*$/.test(w.lemma) &&
      !designationAt(words, i, ctx.index.document(uri)!.text) &&
      !yearLike(w.lemma) &&
      !covered(w) &&
      !inDate(w.start, w.end) &&
      !TIME_WORDS.has(words[i - 1]?.lemma ?? '') &&
      allowed(w.start),
  );
  if (at < 0) return null;
  const end = countedEnd(words, at + 1, inDate);
  if (end === null) return null; // a bare number counts nothing
  const start = words[at]!.start;
  return { kind: 'figure', quote: doc.text.slice(start, end).replace(/\s+/g, ' '), start };
}

/** The end of what a figure counts, from word `from` on: up to four words, through the first noun. */
function countedEnd(words: SentenceWord[], from: number, inDate: InDate): number | null {
  let end: number | null = null;
  for (let k = from; k < words.length && k < from + 4 && /[JPUN]/.test(words[k]!.tag); k++) {
    if (inDate(words[k]!.start, words[k]!.end)) break; // "rose 15,000 last week"
    end = words[k]!.end;
    if (words[k]!.tag === 'N') break;
  }
  return end;
}

/**
 * A number naming a model or a programme, not counting: "Boeing 's 787", "the 717 program", "a
 * 777 landing" (a whole number above one before a singular noun).
 */
function designation(m: MentionCandidate, words: SentenceWord[], text: string): boolean {
  const at = words.findIndex((w) => w.start >= m.start && /^\d+$/.test(w.lemma));
  return at >= 0 && !m.unit && (m.value as number) > 1 && designationAt(words, at, text);
}

function designationAt(words: SentenceWord[], at: number, text: string): boolean {
  if (words[at - 1]?.tag === 'P') return true;
  let head = at + 1;
  while (words[head]?.tag === 'J' || words[head]?.lemma === 'new') head++; // "new" is often tagged a name
  if (words[head]?.tag !== 'N' && words[head]?.tag !== 'P') return false;
  while (/[NPU]/.test(words[head + 1]?.tag ?? '')) head++; // "Airbus A350 jets"
  return !plural(words[head]!, text);
}

function plural(w: SentenceWord, text: string): boolean {
  const surface = text.slice(w.start, w.end).toLowerCase();
  if (SAME_IN_PLURAL.has(w.lemma)) return true;
  return w.tag === 'N' ? surface !== w.lemma : /s$/.test(surface);
}

/** The figure and what it counts, as written: "22 new Boeing 787 Dreamliners", not "22 new". */
function figureQuote(m: MentionCandidate, words: SentenceWord[], text: string, inDate: InDate): string {
  const inside = words.filter((w) => w.start >= m.start && w.end <= m.end);
  const next = words.findIndex((w) => w.start >= m.end);
  const end = inside.at(-1)?.tag !== 'N' && next >= 0 ? countedEnd(words, next, inDate) : null;
  return text.slice(m.start, end ?? m.end).replace(/\s+/g, ' ');
}

type InDate = (start: number, end: number) => boolean;

const yearLike = (digits: string): boolean => /^(1[89]|20)\d\d$/.test(digits);

/** "64 percent of voters", "raised to 5.25 percent", "rose by 3%": a percentage of something. */
const MEASURED_BEFORE =
  /\b(?:to|at|by|from|rose|fell|gained|lost|dropped|climbed|grew|jumped|slid|up|down)\s+$/i;
const MEASURED_AFTER = /^\s+of\b/i;

/** A conversion or aside in brackets: "€ 2.73 ( $ 3.68 )". */
function inParentheses(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  return before.split('(').length > before.split(')').length;
}

function specificFigure(m: MentionCandidate, text: string): boolean {
  if (typeof m.value !== 'number' || DESIGNATION.test(m.surface)) return false;
  // Written in digits or at least three ("two countries" is not one worth checking).
  if (!/\d/.test(m.surface) && m.value < 3) return false;
  if (
    !/\d/.test(m.surface) &&
    !/\b(?:three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty|hundred|thousand|million|billion|dozen)/i.test(
      m.surface,
    )
  )
    return false; // "since" read as a figure
  if (!m.unit && yearLike(String(m.value)) && (!m.counts || /^\d+$/.test(m.counts))) return false;
  if (m.unit === '%' && !m.counts) {
    // "gave 110 percent": a percentage of nothing
    const before = text.slice(Math.max(0, m.start - 10), m.start);
    return MEASURED_BEFORE.test(before) || MEASURED_AFTER.test(text.slice(m.end, m.end + 6));
  }
  return true;
}

/** A named actor doing a specific act, told as done (not planned, possible or future). */
function actOf(
  ctx: DetectContext,
  uri: string,
  sentence: number,
  claim: Claim,
  units: Unit[],
): CheckWorthy | null {
  const verb = claim.predicate.split(' ')[0]!;
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
