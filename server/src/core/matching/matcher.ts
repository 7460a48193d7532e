import { type SentenceTime, type TimeRelation, timeRelation } from './eventTime';
import type { Candidate, SentenceRef } from './sentenceIndex';

export type Relation = 'duplicate' | 'paraphrase' | 'same-event';

export interface SentenceMatch {
  /** The other sentence. */
  other: SentenceRef;
  score: number;
  relation: Relation;
  cosine: number;
  sharedEntities: string[];
}

/** What scoring needs to know about a sentence besides its terms. */
export interface SentenceFacts {
  entities: ReadonlySet<string>;
  /** Normalised numbers it states ("34900|palestinian"). */
  numbers: ReadonlySet<string>;
  time: SentenceTime;
}

/** Thresholds measured on the labelled seed pairs (npm run eval:matches). */
export const MATCH_THRESHOLDS = {
  duplicate: 0.8,
  paraphrase: 0.4,
  sameEvent: 0.25,
  /** Same-event matches also need a shared named entity or number, or this many shared terms. */
  sameEventSharedTerms: 4,
  /** … or, with two people or organisations in common, this much cosine ("differences have emerged between Biden and Netanyahu" / "a crisis has erupted between Netanyahu and Biden"). */
  sameEventTwoParticipants: 0.2,
  /**
   * … or, with a specific figure and a person or organisation in common, this much cosine, even in
   * articles published days apart: "10,000 job cuts at Airbus" told again a week later is the same
   * announcement, not another (a place is no anchor: "the FTSE 100 below the 5000 mark" is told of
   * many days).
   */
  sameEventFigure: 0.2,
  /**
   * … or, with the same day stated in both (resolved against the publication dates: "today",
   * "on Wednesday", "at 16:08 UTC"), this much cosine: a day places one happening as a figure does
   * (chosen on the development half of npm run eval:same-event).
   */
  sameEventDay: 0.2,
};

/** A figure specific enough to identify one happening: 100 or more, and not a bare year. */
const SPECIFIC_FIGURE_MIN = 100;
/**
 * Reports kept per sentence, best first: a story a dozen outlets cover has a dozen reports of its
 * lead, and each should reach the others (not only the first five).
 */
const MAX_MATCHES_PER_SENTENCE = 12;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const x of a) if (b.has(x)) out.push(x);
  return out;
}

/**
 * What two sentences anchor on: the named entities and the numbers both state. The one count for
 * matches and conflicts alike (the cross-story rule, `stories/crossStory.ts`, reads it).
 */
export function sharedAnchors(a: SentenceFacts, b: SentenceFacts): number {
  let n = 0;
  for (const x of a.entities) if (b.entities.has(x)) n++;
  for (const x of a.numbers) if (b.numbers.has(x)) n++;
  return n;
}

/** Shared people and organisations (places and things are weaker evidence of one happening). */
const participants = (shared: readonly string[]): number =>
  shared.filter((id) => id.startsWith('person:') || id.startsWith('organization:')).length;

function specificFigures(shared: readonly string[]): number {
  let n = 0;
  for (const key of shared) {
    const [value, unit] = key.split('|');
    const x = Number(value);
    const year = !unit && Number.isInteger(x) && x >= 1900 && x <= 2100;
    if (Math.abs(x) >= SPECIFIC_FIGURE_MIN && !year) n++;
  }
  return n;
}

/** A specific figure and a participant in common, with some shared wording: one happening retold. */
const figureAnchored = (
  cosine: number,
  sharedNumbers: readonly string[],
  sharedParticipants: number,
): boolean =>
  sharedParticipants > 0 && cosine >= MATCH_THRESHOLDS.sameEventFigure && specificFigures(sharedNumbers) > 0;

/**
 * Date values both sentences state ("the 1991 agreement" / "the 1991 settlement"): an anchor like
 * a figure both state (a year written as a date is no quantity), and a day both state places one
 * happening. A date is weaker than a name: it counts only when the sentences share a word besides
 * the date (not a dateline against a sentence of that day), and a year or month only when the
 * named participants and places do not differ ("GM … 31,500 jobs by 2012" / "Ford … 30,000 jobs
 * by 2012"). Not counted by `sharedAnchors`: the cross-story rule asks for names and figures.
 */
function datesAnchor(a: SentenceFacts, b: SentenceFacts, c: Candidate): { any: boolean; day: boolean } {
  let any = false;
  let day = false;
  for (const d of a.time.dates) {
    if (!b.time.dates.includes(d)) continue;
    any = true;
    if (ISO_DAY.test(d)) day = true;
  }
  if (!any || !c.shared.some((t) => !DATE_WORD.test(t))) return NO_DATES;
  if (!day && namesDiffer(a, b)) return NO_DATES;
  return { any, day };
}

/** Words of an entity's name ("organization:apple-computer" → apple, computer). */
const nameWords = (id: string): string[] => id.slice(id.indexOf(':') + 1).split('-');

/** One name is the other or inside it ("Apple" / "Apple Computer"): the recogniser's spans differ. */
function sameName(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const words = new Set(nameWords(long));
  return nameWords(short).every((w) => words.has(w));
}

/** `othersTakePart` with a name inside another counted as the same. */
function namesDiffer(a: SentenceFacts, b: SentenceFacts): boolean {
  for (const kinds of [['place:'], ['person:', 'organization:']]) {
    const x = ofKind(a.entities, kinds);
    const y = ofKind(b.entities, kinds);
    if (x.length > 0 && y.length > 0 && !x.some((i) => y.some((j) => sameName(i, j)))) return true;
  }
  return false;
}

const NO_DATES = { any: false, day: false };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Terms a date is written with: figures, months, weekdays, "today". */
const DATE_WORD =
  /^(?:\d+(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)$/;

/** Both state figures and none is the same: other measurements, not the same report. */
const otherFigures = (a: SentenceFacts, b: SentenceFacts, shared: number): boolean =>
  shared === 0 && a.numbers.size > 0 && b.numbers.size > 0;

/**
 * Whether the two sentences can tell of one happening by when they tell it: not when the days they
 * state differ; when their articles were published days apart and nothing dates them alike, only
 * the same statement (paraphrase level) about a shared participant, or a copy, and never with
 * other figures (a market's level on two days). Measured on hand-judged MEANTIME pairs
 * (npm run eval:same-event): most similar sentences of articles weeks apart tell of other
 * occurrences (another day's fall, another product launch).
 */
function timeAllows(
  time: TimeRelation,
  a: SentenceFacts,
  b: SentenceFacts,
  c: Candidate,
  sharedNumbers: number,
  sharedParticipants: number,
  byFigure: boolean,
): boolean {
  if (time === 'conflict') return false;
  if (time !== 'apart') return true;
  if (otherFigures(a, b, sharedNumbers)) return false;
  return (
    byFigure ||
    c.cosine >= MATCH_THRESHOLDS.duplicate ||
    (c.cosine >= MATCH_THRESHOLDS.paraphrase && sharedParticipants > 0)
  );
}

/** Why a candidate is no match: the cross-story rule, its time, or too little evidence. */
export type Refusal = 'other-story' | 'time-conflict' | 'time-apart' | 'too-little';

/**
 * One candidate judged: TF-IDF cosine of lemmas, plus agreement of the named entities and numbers
 * the two sentences mention, for sentences whose times allow one happening (`timeAllows`).
 * Relations: `duplicate` (a copy or light rewrite), `paraphrase` (the same statement in other
 * words), `same-event` (the same happening, anchored by a shared participant or number). Otherwise
 * the reason it is none (read by the diagnosis of `npm run eval:same-event`).
 */
export function judgeCandidate(
  facts: SentenceFacts,
  other: SentenceFacts,
  c: Candidate,
  allows: (c: Candidate, anchors: number) => boolean = () => true,
): SentenceMatch | Refusal {
  const sharedEntities = overlap(facts.entities, other.entities);
  const sharedNumbers = overlap(facts.numbers, other.numbers);
  if (!allows(c, sharedAnchors(facts, other))) return 'other-story';
  const time = timeRelation(facts.time, other.time);
  const byFigure = figureAnchored(c.cosine, sharedNumbers, participants(sharedEntities));
  if (time === 'conflict') return 'time-conflict';
  if (!timeAllows(time, facts, other, c, sharedNumbers.length, participants(sharedEntities), byFigure))
    return 'time-apart';
  let relation: Relation | null = null;
  if (c.cosine >= MATCH_THRESHOLDS.duplicate) relation = 'duplicate';
  else if (c.cosine >= MATCH_THRESHOLDS.paraphrase) relation = 'paraphrase';
  else if (sameEvent(facts, other, c, sharedEntities, sharedNumbers, byFigure)) relation = 'same-event';
  if (!relation) return 'too-little';
  const score = matchScore(facts, other, c.cosine, sharedEntities.length, sharedNumbers.length);
  return { other: c.ref, score, relation, cosine: c.cosine, sharedEntities };
}

/**
 * Scores candidates into matches (`judgeCandidate`). `allows` (the cross-story rule) is asked
 * before the best are kept, so a pair it refuses takes no place of one it allows.
 */
export function scoreCandidates(
  facts: SentenceFacts,
  candidates: Candidate[],
  factsOf: (ref: SentenceRef) => SentenceFacts,
  allows: (c: Candidate, anchors: number) => boolean = () => true,
): SentenceMatch[] {
  const matches: SentenceMatch[] = [];
  for (const c of candidates) {
    const judged = judgeCandidate(facts, factsOf(c.ref), c, allows);
    if (typeof judged !== 'string') matches.push(judged);
  }
  return bestMatches(matches);
}

/** Whether a candidate below the paraphrase level has the evidence of a same-event match. */
function sameEvent(
  facts: SentenceFacts,
  other: SentenceFacts,
  c: Candidate,
  sharedEntities: readonly string[],
  sharedNumbers: readonly string[],
  byFigure: boolean,
): boolean {
  if (byFigure) return true;
  if (c.cosine >= MATCH_THRESHOLDS.sameEventTwoParticipants && participants(sharedEntities) >= 2) return true;
  const dates = datesAnchor(facts, other, c);
  if (c.cosine >= MATCH_THRESHOLDS.sameEventDay && dates.day) return true;
  return (
    c.cosine >= MATCH_THRESHOLDS.sameEvent &&
    (sharedEntities.length + sharedNumbers.length > 0 ||
      c.shared.length >= MATCH_THRESHOLDS.sameEventSharedTerms ||
      dates.any)
  );
}

/** The reports kept for a sentence, best first. */
export const bestMatches = (matches: SentenceMatch[]): SentenceMatch[] =>
  matches.sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES_PER_SENTENCE);

/** TF-IDF cosine plus agreement of named entities and numbers, rounded for display. */
function matchScore(
  a: SentenceFacts,
  b: SentenceFacts,
  cosine: number,
  sharedEntities: number,
  sharedNumbers: number,
): number {
  const union = a.entities.size + b.entities.size - sharedEntities;
  const entityAgreement = union === 0 ? 0 : sharedEntities / union;
  const score = Math.min(1, 0.8 * cosine + 0.2 * entityAgreement + (sharedNumbers > 0 ? 0.05 : 0));
  return Math.round(score * 1000) / 1000;
}

/**
 * Event-level matching (two sentences of one story naming the same happening with the same named
 * participant, `eventIndex.ts`): the least vocabulary they must share besides. The dev half of
 * npm run eval:event-chains does not move with it (too few gold pairs): a little shared wording
 * besides the participant, no more ("Boeing was beaten by the consortium" / "… defeated Boeing").
 */
export const EVENT_MATCH = { minCosine: 0.05 };

const ofKind = (ids: ReadonlySet<string>, kinds: readonly string[]): string[] =>
  [...ids].filter((id) => kinds.some((k) => id.startsWith(k)));

/** Both name places, or both name people or organisations, and none in common: other happenings. */
function othersTakePart(a: SentenceFacts, b: SentenceFacts): boolean {
  for (const kinds of [['place:'], ['person:', 'organization:']]) {
    const x = ofKind(a.entities, kinds);
    const y = ofKind(b.entities, kinds);
    if (x.length > 0 && y.length > 0 && !x.some((id) => b.entities.has(id))) return true;
  }
  return false;
}

/**
 * Same-event matches of sentences that name the same happening (the candidates share an event
 * word within one story): their times must allow one happening (a stated day in common, or nothing
 * against it — not articles published days apart), their figures must not differ, and the places
 * and participants both name must overlap (the shared event key already names one participant).
 */
export function scoreEventCandidates(
  facts: SentenceFacts,
  candidates: Candidate[],
  factsOf: (ref: SentenceRef) => SentenceFacts,
  minCosine = EVENT_MATCH.minCosine,
): SentenceMatch[] {
  const matches: SentenceMatch[] = [];
  for (const c of candidates) {
    if (c.cosine < minCosine) continue;
    const judged = judgeEventCandidate(facts, factsOf(c.ref), c);
    if (typeof judged !== 'string') matches.push(judged);
  }
  return matches;
}

/** Why an event-level candidate is no match. */
export type EventRefusal = 'time-conflict' | 'time-apart' | 'other-figures' | 'others-take-part';

/** One event-level candidate judged (`scoreEventCandidates`), or the reason it is none. */
export function judgeEventCandidate(
  facts: SentenceFacts,
  other: SentenceFacts,
  c: Candidate,
): SentenceMatch | EventRefusal {
  const sharedEntities = overlap(facts.entities, other.entities);
  const sharedNumbers = overlap(facts.numbers, other.numbers);
  const time = timeRelation(facts.time, other.time);
  if (time === 'conflict' || time === 'apart') return `time-${time}`;
  if (otherFigures(facts, other, sharedNumbers.length)) return 'other-figures';
  if (othersTakePart(facts, other)) return 'others-take-part';
  const score = matchScore(facts, other, c.cosine, sharedEntities.length, sharedNumbers.length);
  return { other: c.ref, score, relation: 'same-event', cosine: c.cosine, sharedEntities };
}
