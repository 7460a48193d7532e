import type { Claim } from '../claims/types';
import type { SentenceWord } from '../claims/words';
import { TIME_UNITS } from '../entities/quantities';
import type { MentionCandidate } from '../entities/types';
import type { CheckWorthy } from './checkWorthy';
import { INVARIANT_PLURALS, TIME_FRAMING } from './checkWorthyWords';
import type { DetectContext } from './context';

const TIME_WORDS = new Set(TIME_FRAMING);
const SAME_IN_PLURAL = new Set(INVARIANT_PLURALS);
/** A figure glued to letters is a designation ("Boeing 777s", "150px"), unless a magnitude ("$2bn"). */
const DESIGNATION = /\d(?!(?:bn|tn|m|k)\b)[a-z]/i;

/**
 * A specific figure: a count or amount (not a year, a date, "since 2004", or a percentage of
 * nothing), in a claim that is not hedged (unless the figure is of those whose belief is reported: "17% of
 * Israelis believe").
 */
export function figureOf(
  ctx: DetectContext,
  uri: string,
  sentence: number,
  claim: Claim,
): CheckWorthy | null {
  const mentions = ctx.mentionsOf(uri, sentence);
  const dates = mentions.filter((m) => m.kind === 'date');
  const inDate = (start: number, end: number) => dates.some((d) => start < d.end && end > d.start);
  const attribution = claim.attribution?.speaker;
  const allowed = (start: number) =>
    claim.certainty !== 'hedged' || (!!attribution && start >= attribution.start && start < attribution.end);
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
      !designationAt(words, i, text) &&
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
  return { kind: 'figure', quote: text.slice(start, end).replace(/\s+/g, ' '), start };
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
  if (TIME_WORDS.has(m.surface.toLowerCase())) return false; // "since" read as the figure 2004
  if (!m.unit && yearLike(String(m.value)) && (!m.counts || /^\d+$/.test(m.counts))) return false;
  if (m.unit === '%' && !m.counts) {
    // "gave 110 percent": a percentage of nothing
    const before = text.slice(Math.max(0, m.start - 10), m.start);
    return MEASURED_BEFORE.test(before) || MEASURED_AFTER.test(text.slice(m.end, m.end + 6));
  }
  return true;
}
