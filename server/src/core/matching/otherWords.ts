import { similarEventWords } from './eventVectors';
import type { SentenceFacts } from './matcher';
import type { Candidate } from './sentenceIndex';

/**
 * Same-event evidence beyond TF-IDF for a candidate the terms alone do not match: the two sentences
 * name one kind of happening in other words — two event words the shipped vectors put close ("cut"
 * / "slash" jobs) — about a person or organisation both name, with this much shared wording.
 * The same word is the event index's to judge (it binds the participant to its role: "Netanyahu
 * attacked" is not the "offensive" he ordered). 2 turns the rule off.
 */
export const OTHER_WORDS = { minTermCosine: 0.1 };

/** The vector neighbours of a sentence's happenings: read once per sentence, not per candidate. */
export function neighboursOf(words: readonly string[]): ReadonlySet<string> {
  const near = new Set<string>();
  for (const x of words) for (const y of similarEventWords(x)) near.add(y);
  return near;
}

/** Whether a happening of one sentence is a vector neighbour of one of the other's. */
export const similarHappenings = (a: readonly string[], b: readonly string[]): boolean =>
  hasNeighbour(neighboursOf(a), b);

const hasNeighbour = (near: ReadonlySet<string>, words: readonly string[]): boolean =>
  words.some((w) => near.has(w));

const isParticipant = (id: string) => id.startsWith('person:') || id.startsWith('organization:');

function shareParticipant(a: SentenceFacts, b: SentenceFacts): boolean {
  for (const id of a.entities) if (isParticipant(id) && b.entities.has(id)) return true;
  return false;
}

/** What the rule reads of a candidate: its happenings, its facts, whether the pair may be judged. */
export interface CandidateSide {
  words: (c: Candidate) => readonly string[];
  facts: (c: Candidate) => SentenceFacts;
  /** Not matched already, and of the same story. */
  open: (c: Candidate) => boolean;
}

/**
 * The candidates (already bounded per sentence by the sentence index) that name a similar
 * happening of a shared participant, cheapest test first; the event matcher's gates (time,
 * figures, places) judge them.
 */
export function otherWordsCandidates(
  facts: SentenceFacts,
  words: readonly string[],
  candidates: readonly Candidate[],
  side: CandidateSide,
): Candidate[] {
  if (words.length === 0) return [];
  const near = neighboursOf(words);
  if (near.size === 0) return [];
  return candidates.filter(
    (c) =>
      c.cosine >= OTHER_WORDS.minTermCosine &&
      hasNeighbour(near, side.words(c)) &&
      shareParticipant(facts, side.facts(c)) &&
      side.open(c),
  );
}
