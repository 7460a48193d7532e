import { type SentenceWord, unpackWords, type WordTag } from '../claims/words';
import { NUMBER_WORDS, UNITS } from '../entities/lexicon';
import type { EntityMention } from '../entities/resolve';
import type { MentionCandidate } from '../entities/types';
import { indexesWithin } from '../sortedSpans';
import { eventVerb } from './lexicon';
import { markNegation, nextPredicate } from './negationScope';
import {
  ASPECT_VERBS,
  DESIRE_VERBS,
  FUTURE_AUXILIARIES,
  HEDGES,
  MODALS,
  NON_CONTENT,
  NOUN_NEGATORS,
  OPEN_NOUNS,
  OPEN_VERBS,
  PLANNED_HEDGES,
  PLANNED_VERBS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONAL_PARTICIPLES,
  VERB_NEGATORS,
} from './words';

/** One thing a sentence says that can be aligned with the other sentence: an entity, figure, date or word. */
export interface Unit {
  kind: 'entity' | 'number' | 'date' | 'word';
  /** Entity id for entities; lemma for words; the surface for figures and dates. */
  key: string;
  tag: WordTag;
  /** Index of its first and last word in the sentence. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** How much it counts towards coverage. */
  weight: number;
  /** Figures and dates: the recognised mention (value, unit, what is counted). */
  mention?: MentionCandidate;
  /** Under a negation: "did not sign", "no casualties". */
  negated: boolean;
  /** Possible, planned or considered rather than done: "may sign", "is considering signing". */
  open: Openness;
  /** Told as future or conditional ("will sign", "would sign"): not reported as done either. */
  future: boolean;
  /** Alignment keys, interned (set by the aligner on first use; a word's are shared per vocabulary word). */
  keys?: UnitKeys;
}

/** A unit's alignment keys as interned ids, valid for one generation of the aligner's key table. */
export interface UnitKeys {
  generation: number;
  same: number[];
  synonym: number[];
}

/**
 * How far from done an act is told: `possible` (may, could, is considering, no decision yet) or
 * `planned` (plans to, is expected to, is likely to); false when told as done or as a firm future.
 */
export type Openness = false | 'planned' | 'possible';

/** A sentence as the comparison sees it. */
export interface SentenceView {
  uri: string;
  sentence: number;
  start: number;
  end: number;
  words: SentenceWord[];
  units: Unit[];
  /** Total weight of the units. */
  weight: number;
  /** A question asks, it does not assert. */
  question: boolean;
  /** An order or appeal ("Cancel the meeting."): not a report that it happened. */
  imperative: boolean;
  /** "No decision has been made": the matter is open for every verb of the sentence. */
  undecided: boolean;
}

const set = (xs: readonly string[]) => new Set(xs);
const NON_CONTENT_SET = set(NON_CONTENT);
const MODAL_SET = set(MODALS);
const HEDGE_SET = set(HEDGES);
const OPEN_VERB_SET = set(OPEN_VERBS);
const OPEN_NOUN_SET = set(OPEN_NOUNS);
const FUTURE_SET = set(FUTURE_AUXILIARIES);
const PLANNED_HEDGE_SET = set(PLANNED_HEDGES);
const PREPOSITIONAL_SET = set(PREPOSITIONAL_PARTICIPLES);
const ASPECT_SET = set(ASPECT_VERBS);
const PLANNED_VERB_SET = set(PLANNED_VERBS);
const DESIRE_SET = set(DESIRE_VERBS);
const NOUN_NEGATOR_SET = set(NOUN_NEGATORS);
const VERB_NEGATOR_SET = set(VERB_NEGATORS);
const CONTENT_TAGS = new Set<WordTag>(['N', 'P', 'V', 'J', 'U', 'R']);
const WEIGHT: Partial<Record<WordTag, number>> = { V: 1.5, N: 1.2, P: 1.5, J: 1, U: 1, R: 0.4 };

export interface ViewInput {
  uri: string;
  sentence: number;
  start: number;
  end: number;
  packedWords: string;
  /** Resolved entity mentions inside the sentence. */
  entities: readonly EntityMention[];
  /** The document's text (source offsets). */
  text: string;
  /** Figures and dates recognised inside the sentence. */
  mentions: readonly MentionCandidate[];
}

/** Builds the comparable view of one sentence: its units, and which of them are negated or open. */
export function sentenceView(input: ViewInput): SentenceView {
  const words = unpackWords(input.packedWords, input.start);
  const units = unitsOf(words, input);
  markNegation(words, units);
  markOpen(words, units);
  passToComplements(words, units);
  const lastWord = words.filter((w) => w.tag !== 'X' || /[?!.]/.test(w.lemma)).at(-1);
  const undecided = words.some(
    (w, i) => NOUN_NEGATOR_SET.has(w.lemma) && nextNoun(words, i, (n) => OPEN_NOUN_SET.has(n.lemma)),
  );
  if (undecided) for (const u of units) if (u.tag === 'V') u.open = 'possible';
  return {
    uri: input.uri,
    sentence: input.sentence,
    start: input.start,
    end: input.end,
    words,
    units,
    weight: units.reduce((s, u) => s + u.weight, 0),
    question: lastWord?.lemma === '?',
    imperative: isImperative(words, input.text),
    undecided,
  };
}

function unitsOf(words: SentenceWord[], input: ViewInput): Unit[] {
  const units: Unit[] = [];
  const covered = new Array<boolean>(words.length).fill(false);
  const wordsIn = (start: number, end: number): number[] => indexesWithin(words, start, end);
  const add = (u: Unit, indexes: number[]) => {
    for (const i of indexes) covered[i] = true;
    units.push(u);
  };
  for (const m of input.mentions) {
    const inside = wordsIn(m.start, m.end);
    if (inside.length === 0) continue;
    if (m.kind === 'date') {
      add(unitAt('date', m.surface.toLowerCase(), 'U', inside, words, 1, m), inside);
    } else if (m.kind === 'quantity' && typeof m.value === 'number') {
      // The figure alone: the counted words stay words, so they align on their own.
      const digits = inside.filter((i) => words[i]!.tag === 'U' || /\d/.test(words[i]!.lemma));
      if (digits.length) add(unitAt('number', m.surface.toLowerCase(), 'U', digits, words, 1, m), digits);
    }
  }
  for (const e of input.entities) {
    let inside = wordsIn(e.start, e.end).filter((i) => !covered[i]);
    const calibre = e.entityId.startsWith('equipment:') ? calibreOf(words, inside, input.text) : null;
    if (calibre) {
      const figureWords = inside.slice(0, 2);
      add(unitAt('number', calibre.surface.toLowerCase(), 'U', figureWords, words, 1, calibre), figureWords);
      inside = inside.slice(2);
    }
    if (inside.length) add(unitAt('entity', e.entityId, 'P', inside, words, 2), inside);
  }
  words.forEach((w, i) => {
    if (covered[i] || !(isContent(w) || isOwning(words, i) || isSetting(words, i))) return;
    // "following the talks" is a preposition; "is following the talks" a verb.
    const before = words[i - 1]?.tag === 'R' || VERB_NEGATOR_SET.has(words[i - 1]?.lemma ?? '') ? 2 : 1;
    const afterBe = words[i - before]?.lemma === 'be';
    if (w.tag === 'V' && !afterBe && PREPOSITIONAL_SET.has(input.text.slice(w.start, w.end).toLowerCase()))
      return;
    const bare = bareFigure(w, input.text);
    if (bare) units.push(newUnit('number', bare.surface.toLowerCase(), 'U', i, i, w, w, 1, bare));
    else units.push(newUnit('word', w.lemma, w.tag, i, i, w, w, WEIGHT[w.tag] ?? 1));
  });
  return units.sort((a, b) => a.first - b.first);
}

/**
 * The calibre or size that leads a weapon's name ("155 mm artillery rounds"): a figure of its own,
 * so two reports of the rounds align on the rounds and differ in the figure.
 */
function calibreOf(words: SentenceWord[], inside: number[], text: string): MentionCandidate | null {
  const [first, second] = [words[inside[0]!], words[inside[1]!]];
  if (inside.length < 3 || !first || !second || inside[1] !== inside[0]! + 1) return null;
  const unit = UNITS[text.slice(second.start, second.end).toLowerCase()];
  const surface = text.slice(first.start, first.end);
  if (!unit || !/^\d+(\.\d+)?$/.test(surface)) return null;
  const value = Number(surface);
  return {
    start: first.start,
    end: second.end,
    surface: text.slice(first.start, second.end),
    kind: 'quantity',
    key: `quantity:${value}|${unit}`,
    value,
    unit,
    counts: null,
    qualifier: null,
  };
}

/** A decimal written in digits, with thousands separators: "5428.60", "1,600". */
const BARE_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+\.\d+$|^\d+$/;

/**
 * A figure the mention recogniser left as a word ("fallen by 3.16% to 2138.14"): a number unit
 * all the same, counting nothing named. Years stay words: "in 1991" is a date, not a count.
 */
function bareFigure(w: SentenceWord, text: string): MentionCandidate | null {
  if (w.tag !== 'U') return null;
  const surface = text.slice(w.start, w.end);
  // "purchased nine of these aeroplanes": a count in words the recogniser did not read as one.
  const inWords = NUMBER_WORDS[surface.toLowerCase()];
  if (!BARE_NUMBER.test(surface) && inWords === undefined) return null;
  const value = inWords ?? Number(surface.replaceAll(',', ''));
  if (
    !Number.isFinite(value) ||
    (Number.isInteger(value) && value >= 1000 && value <= 2100 && !surface.includes(','))
  )
    return null;
  return {
    start: w.start,
    end: w.end,
    surface,
    kind: 'quantity',
    key: `quantity:${value}`,
    value,
    unit: null,
    counts: null,
    qualifier: null,
  };
}

function unitAt(
  kind: Unit['kind'],
  key: string,
  tag: WordTag,
  indexes: number[],
  words: SentenceWord[],
  weight: number,
  mention?: MentionCandidate,
): Unit {
  const first = indexes[0]!;
  const last = indexes.at(-1)!;
  return newUnit(kind, key, tag, first, last, words[first]!, words[last]!, weight, mention);
}

/**
 * Every unit with the same fields in the same order, set or not: comparing a workspace reads
 * units millions of times, and one object shape keeps those reads fast.
 */
function newUnit(
  kind: Unit['kind'],
  key: string,
  tag: WordTag,
  first: number,
  last: number,
  firstWord: SentenceWord,
  lastWord: SentenceWord,
  weight: number,
  mention?: MentionCandidate,
): Unit {
  return {
    kind,
    key,
    tag,
    first,
    last,
    start: firstWord.start,
    end: lastWord.end,
    weight,
    mention,
    negated: false,
    open: false,
    future: false,
    keys: undefined,
  };
}

/** "Has set three ultimatums": the verb, not the hedge of "is set to". */
const isSetting = (words: SentenceWord[], i: number): boolean =>
  words[i]!.lemma === 'set' &&
  words[i]!.tag === 'V' &&
  words[i + 1]?.lemma !== 'to' &&
  words[i - 1]?.tag !== 'N'; // "a deadline set at January 1" describes the deadline

const POSSESSIVES = new Set(POSSESSIVE_DETERMINERS);

/** "Owns a 25 percent share", "does not own": the verb, not the "own" of "its own". */
const isOwning = (words: SentenceWord[], i: number): boolean =>
  words[i]!.lemma === 'own' &&
  (words[i]!.tag === 'V' || words[i]!.tag === 'J') &&
  !POSSESSIVES.has(words[i - 1]?.lemma ?? '');

function isContent(w: SentenceWord): boolean {
  if (!CONTENT_TAGS.has(w.tag)) return false;
  if (NON_CONTENT_SET.has(w.lemma) || MODAL_SET.has(w.lemma) || HEDGE_SET.has(w.lemma)) return false;
  if (VERB_NEGATOR_SET.has(w.lemma) || NOUN_NEGATOR_SET.has(w.lemma)) return false;
  return /[\p{L}\p{N}]/u.test(w.lemma) && (w.lemma.length > 1 || w.tag === 'U');
}

/**
 * Open verbs: after a modal or hedge in their auxiliary chain ("may sign", "is expected to sign"),
 * or the complement of a verb of consideration ("is considering signing", "plans to sign").
 */
function markOpen(words: SentenceWord[], units: Unit[]): void {
  const verbUnits = new Map<number, Unit>();
  for (const u of units) if (u.tag === 'V' || u.tag === 'J') verbUnits.set(u.first, u);
  words.forEach((w, i) => {
    if (MODAL_SET.has(w.lemma) || HEDGE_SET.has(w.lemma)) {
      const target = nextPredicate(words, i + 1);
      const u = verbUnits.get(target);
      if (u) u.open = PLANNED_HEDGE_SET.has(w.lemma) ? 'planned' : 'possible';
    } else if (FUTURE_SET.has(w.lemma) || (w.lemma === 'go' && words[i + 1]?.lemma === 'to')) {
      const u = verbUnits.get(nextPredicate(words, i + 1));
      if (u) u.future = true;
    } else if (OPEN_VERB_SET.has(w.lemma) && (w.tag === 'V' || words[i + 1]?.lemma === 'to')) {
      // "plans to deploy" ("plans" is often tagged a noun there)
      let k = i + 1;
      while (k < words.length && (words[k]!.tag === 'R' || words[k]!.lemma === 'to')) k++;
      const u = verbUnits.get(k) ?? gerundAct(units, words, k);
      const openness = PLANNED_VERB_SET.has(w.lemma) ? 'planned' : 'possible';
      const own = units.find((x) => x.first === i);
      if (u && u.tag === 'V') {
        u.open = openness;
        if (own) {
          own.weight = 0; // "considering" is the hedge, not content of its own
          own.open = openness; // and read as the claim's verb, it is no act done
        }
        // "Is not expected to start", "did not attempt to address": the act is what is denied.
        if (own?.negated) {
          own.negated = false;
          u.negated = !u.negated;
        }
      } else if (own && w.tag === 'V' && !DESIRE_SET.has(w.lemma)) {
        own.open = openness; // "is considering new taxes": the taxes are not decided
      }
    }
  });
}

/**
 * "Is considering filing for bankruptcy": a gerund the tagger read as a noun right after a verb of
 * consideration is the act considered, a verb ("filing" derives from "file").
 */
function gerundAct(units: Unit[], words: SentenceWord[], k: number): Unit | undefined {
  const w = words[k];
  if (w?.tag !== 'N' || !w.lemma.endsWith('ing') || eventVerb(w.lemma) === w.lemma) return undefined;
  const u = units.find((x) => x.first === k && x.kind === 'word');
  if (u) u.tag = 'V';
  return u;
}

/**
 * "Could continue to gain", "did not begin to withdraw": a verb of aspect hands its negation,
 * openness and future to the verb it governs, which carries the claim.
 */
function passToComplements(words: SentenceWord[], units: Unit[]): void {
  const byFirst = new Map(units.map((u) => [u.first, u]));
  for (const u of units) {
    if (u.tag !== 'V' || !ASPECT_SET.has(u.key) || words[u.last + 1]?.lemma !== 'to') continue;
    const complement = byFirst.get(u.last + 2);
    if (!complement || complement.tag !== 'V') continue;
    complement.negated = complement.negated !== u.negated;
    u.negated = false; // the negation is the act's now: one unit differs, not two
    complement.open ||= u.open;
    complement.future ||= u.future;
  }
}

function nextNoun(words: SentenceWord[], i: number, test: (w: SentenceWord) => boolean): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
    if (words[k]!.tag === 'N') return test(words[k]!);
    if (words[k]!.tag !== 'J' && words[k]!.tag !== 'R') return false;
  }
  return false;
}

/** "Cancel the Putin meeting.": a sentence that opens with a verb in its base form. */
function isImperative(words: SentenceWord[], text: string): boolean {
  const first = words.find((w) => w.tag !== 'X');
  return first?.tag === 'V' && text.slice(first.start, first.end).toLowerCase() === first.lemma;
}
