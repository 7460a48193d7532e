import type { SentenceWord, WordTag } from '../claims/words';
import type { Unit } from './view';
import {
  AMOUNT_NOUNS,
  DENIAL_VERBS,
  FAILURE_VERBS,
  HEDGES,
  NEGATION_IDIOMS,
  NOUN_NEGATORS,
  POSSESSIVE_DETERMINERS,
  VERB_NEGATORS,
  WIDENING_VERBS,
} from './words';

/**
 * What a negation in a sentence denies: the unit of the verb, predicate, noun or act it governs
 * (`markNegation`), read once per sentence view.
 */

const AMOUNT_SET = new Set(AMOUNT_NOUNS);
const DENIAL_SET = new Set(DENIAL_VERBS);
const FAILURE_SET = new Set(FAILURE_VERBS);
const HEDGE_SET = new Set(HEDGES);
const IDIOM_SET = new Set(NEGATION_IDIOMS);
const NOUN_NEGATOR_SET = new Set(NOUN_NEGATORS);
const POSSESSIVE_SET = new Set(POSSESSIVE_DETERMINERS);
const VERB_NEGATOR_SET = new Set(VERB_NEGATORS);
const WIDENING_SET = new Set(WIDENING_VERBS);

/** Words between a verb and what governs it: auxiliaries, adverbs, "to", negators. */
const AUX_CHAIN = new Set<WordTag>(['A', 'R', 'T']);

/**
 * Negation of a verb (within its auxiliary chain: "has not been", "never"), of a predicate
 * adjective ("is not open"), of a noun ("no casualties"), and of the complement of a failure verb
 * ("failed to win"). "Not only … but also" negates nothing.
 */
export function markNegation(words: SentenceWord[], units: Unit[]): void {
  const unitAtWord = new Map<number, Unit>();
  for (const u of units) for (let i = u.first; i <= u.last; i++) unitAtWord.set(i, u);
  words.forEach((w, i) => {
    const next = words[i + 1]?.lemma;
    const verbNegator = VERB_NEGATOR_SET.has(w.lemma) || (w.lemma === 'no' && next === 'longer');
    if (verbNegator && !IDIOM_SET.has(next ?? '')) {
      const from = i + (w.lemma === 'no' ? 2 : 1);
      const found = nextPredicate(words, from);
      const had = words[from]?.lemma === 'have' ? from : -1;
      const afterBe = found < 0 ? copulaAfter(words, i, from) : -1;
      const target =
        afterBe >= 0
          ? copulaComplement(words, unitAtWord, afterBe)
          : had >= 0 && (found < 0 || !unitAtWord.has(found))
            ? possessed(words, unitAtWord, had + 1)
            : found;
      const widening = WIDENING_SET.has(words[target]?.lemma ?? '') && words[target + 1]?.lemma === 'to';
      if (target >= 0 && !widening && !firstSince(words, i, target))
        flip(unitAtWord.get(hedgedAct(words, target)));
    } else if (NOUN_NEGATOR_SET.has(w.lemma) && next !== 'longer' && next !== 'one') {
      for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
        if (words[k]!.tag === 'N' || words[k]!.tag === 'P') {
          flip(unitAtWord.get(k));
          break;
        }
        if (words[k]!.tag !== 'J' && words[k]!.tag !== 'R') break;
      }
    } else if (w.tag === 'V' && FAILURE_SET.has(w.lemma) && next === 'to') {
      flip(unitAtWord.get(i + 2));
      const own = unitAtWord.get(i);
      if (own) own.weight = 0; // the failure is the negation, not content of its own
    } else if (w.tag === 'V' && DENIAL_SET.has(w.lemma)) {
      const denied = deniedAct(words, i + 1);
      if (denied < 0) return;
      flip(unitAtWord.get(denied));
      const own = unitAtWord.get(i);
      if (own) own.weight = 0; // "denied" is the negation of what it reports
    }
  });
}

/**
 * "Was not set to land", "is not likely to win": a hedge carries no unit, so its negation is the
 * act it hedges.
 */
function hedgedAct(words: SentenceWord[], target: number): number {
  if (!HEDGE_SET.has(words[target]!.lemma) || words[target + 1]?.lemma !== 'to') return target;
  const act = nextPredicate(words, target + 1);
  return act >= 0 ? act : target;
}

/** The act a denial reports: "denied [that it had] laid off", "denied sending"; -1 for "denied the report". */
function deniedAct(words: SentenceWord[], from: number): number {
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    const w = words[k]!;
    if (w.tag === 'V') return k;
    if (!(w.tag === 'S' || w.tag === 'O' || AUX_CHAIN.has(w.tag))) return -1;
  }
  return -1;
}

/**
 * "Lows not reached since February": a participle after a noun, then "since", tells a record (the
 * first time since), it denies nothing.
 */
const firstSince = (words: SentenceWord[], negator: number, target: number): boolean =>
  words[negator - 1]?.tag === 'N' && words[target]?.tag === 'V' && words[target + 1]?.lemma === 'since';

const flip = (u: Unit | undefined) => {
  if (u) u.negated = !u.negated;
};

/**
 * Where a negated copula's complement starts: after "was not", or after the "be" of "will not be",
 * "has not been"; -1 when the negator governs no copula.
 */
function copulaAfter(words: SentenceWord[], negator: number, from: number): number {
  if (words[negator - 1]?.lemma === 'be') return from;
  for (let k = from; k < Math.min(words.length, from + 3); k++) {
    if (words[k]!.lemma === 'be') return k + 1;
    if (words[k]!.lemma !== 'have') return -1;
  }
  return -1;
}

/** Particles a figure can follow in a copula's complement: "was not down 2.6%". */
const FIGURE_PARTICLES = new Set(['up', 'down', 'off', 'out']);
/** "Does not have enough troops" says how many, not that there are none. */
const QUANTIFIERS = new Set(['enough', 'any', 'much', 'many', 'sufficient', 'more']);

/**
 * What a negated copula denies when no verb or adjective follows: "was not down 2.62%", "was not
 * Jobs' third period": the first unit of the complement, not a date ("was not until Friday") and
 * never across a preposition ("was not down on Tuesday" denies no Tuesday).
 */
function copulaComplement(words: SentenceWord[], unitAtWord: Map<number, Unit>, from: number): number {
  for (let k = from; k < Math.min(words.length, from + 4); k++) {
    const w = words[k]!;
    const u = unitAtWord.get(k);
    if (u) return u.weight > 0 && u.kind !== 'date' ? k : -1;
    if (w.tag === 'I' && FIGURE_PARTICLES.has(w.lemma) && words[k + 1]?.tag === 'U') continue;
    // "was not one of the few to rise", "is not one of two plants": the group it is denied to be in.
    if (w.lemma === 'one' && words[k + 1]?.lemma === 'of') return oneOf(words, unitAtWord, k + 2);
    // "is not in negotiations", "will not be in service": the phrase right after is the predicate.
    if (w.tag === 'I' && k === from) return prepositionalPredicate(words, unitAtWord, k + 1);
    if (!['D', 'R', 'T'].includes(w.tag)) return -1;
  }
  return -1;
}

/** What "one of" names: its noun, or the act of "the few to rise". */
function oneOf(words: SentenceWord[], unitAtWord: Map<number, Unit>, from: number): number {
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    const u = unitAtWord.get(k);
    if (u && u.kind !== 'date' && u.weight > 0 && (u.tag === 'N' || u.tag === 'P' || u.tag === 'V')) return k;
    if (!['D', 'J', 'U', 'T'].includes(words[k]!.tag)) return -1;
  }
  return -1;
}

/** The noun of a prepositional predicate ("not in service"), never a date or figure ("not in 1994"). */
function prepositionalPredicate(words: SentenceWord[], unitAtWord: Map<number, Unit>, from: number): number {
  for (let k = from; k < Math.min(words.length, from + 3); k++) {
    const u = unitAtWord.get(k);
    if (u) return u.weight > 0 && (u.tag === 'N' || u.tag === 'P') && u.kind !== 'date' ? k : -1;
    if (!['D', 'J', 'R'].includes(words[k]!.tag)) return -1;
  }
  return -1;
}

/**
 * "Does not have a June 1 deadline": what is not had, the object's first noun or name (past its
 * figures and dates), not across a preposition, and not after a quantifier ("enough troops").
 */
function possessed(words: SentenceWord[], unitAtWord: Map<number, Unit>, from: number): number {
  for (let k = from; k < Math.min(words.length, from + 6); k++) {
    const w = words[k]!;
    const u = unitAtWord.get(k);
    if (QUANTIFIERS.has(w.lemma)) return -1;
    if (u && (u.kind === 'date' || u.kind === 'number' || u.tag === 'J')) continue;
    // "does not have a total of 237 orders": what the amount is of.
    if (w.lemma === 'of' && AMOUNT_SET.has(words[k - 1]?.lemma ?? '')) continue;
    if (w.tag === 'I' && words[k + 1]?.tag === 'U') continue; // "around 225,000 apps"
    if (u) return (u.tag === 'N' || u.tag === 'P') && u.weight > 0 ? k : -1;
    if (w.tag === 'O' && POSSESSIVE_SET.has(w.lemma)) continue; // "did not have its worst fall"
    if (!['D', 'J', 'R', 'U', 'X'].includes(w.tag) || w.lemma === ',') return -1;
  }
  return -1;
}

/** The verb or predicate adjective a negator at `from` governs, or -1. */
export function nextPredicate(words: SentenceWord[], from: number): number {
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    const w = words[k]!;
    if (w.tag === 'V' || w.tag === 'J') return k;
    if (w.tag === 'D' && (words[k + 1]?.tag === 'N' || words[k + 2]?.tag === 'N')) {
      // "is not a member": the noun is what is denied.
      for (let n = k + 1; n < Math.min(words.length, k + 4); n++) if (words[n]!.tag === 'N') return n;
    }
    if (!AUX_CHAIN.has(w.tag) && !(w.tag === 'I' && w.lemma === 'to')) return -1;
  }
  return -1;
}
