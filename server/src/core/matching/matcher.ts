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
};
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
): boolean {
  if (time === 'conflict') return false;
  if (time !== 'apart') return true;
  if (otherFigures(a, b, sharedNumbers)) return false;
  return (
    c.cosine >= MATCH_THRESHOLDS.duplicate ||
    (c.cosine >= MATCH_THRESHOLDS.paraphrase && sharedParticipants > 0)
  );
}

/**
 * Scores candidates into matches: TF-IDF cosine of lemmas, plus agreement of the named entities
 * and numbers the two sentences mention, for sentences whose times allow one happening
 * (`timeAllows`). Relations: `duplicate` (a copy or light rewrite), `paraphrase` (the same
 * statement in other words), `same-event` (the same happening, anchored by a shared participant or
 * number). `allows` (the cross-story rule) is asked before the best are kept, so a pair it refuses
 * takes no place of one it allows.
 */
export function scoreCandidates(
  facts: SentenceFacts,
  candidates: Candidate[],
  factsOf: (ref: SentenceRef) => SentenceFacts,
  allows: (c: Candidate, anchors: number) => boolean = () => true,
): SentenceMatch[] {
  const matches: SentenceMatch[] = [];
  for (const c of candidates) {
    const other = factsOf(c.ref);
    const sharedEntities = overlap(facts.entities, other.entities);
    const sharedNumbers = overlap(facts.numbers, other.numbers);
    if (!allows(c, sharedAnchors(facts, other))) continue;
    const time = timeRelation(facts.time, other.time);
    if (!timeAllows(time, facts, other, c, sharedNumbers.length, participants(sharedEntities))) continue;
    const union = facts.entities.size + other.entities.size - sharedEntities.length;
    const entityAgreement = union === 0 ? 0 : sharedEntities.length / union;
    const score = Math.min(1, 0.8 * c.cosine + 0.2 * entityAgreement + (sharedNumbers.length > 0 ? 0.05 : 0));
    let relation: Relation | null = null;
    if (c.cosine >= MATCH_THRESHOLDS.duplicate) relation = 'duplicate';
    else if (c.cosine >= MATCH_THRESHOLDS.paraphrase) relation = 'paraphrase';
    else if (
      (c.cosine >= MATCH_THRESHOLDS.sameEvent &&
        (sharedEntities.length + sharedNumbers.length > 0 ||
          c.shared.length >= MATCH_THRESHOLDS.sameEventSharedTerms)) ||
      (c.cosine >= MATCH_THRESHOLDS.sameEventTwoParticipants && participants(sharedEntities) >= 2)
    ) {
      relation = 'same-event';
    }
    if (relation)
      matches.push({
        other: c.ref,
        score: Math.round(score * 1000) / 1000,
        relation,
        cosine: c.cosine,
        sharedEntities,
      });
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, MAX_MATCHES_PER_SENTENCE);
}
