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
}

/** Thresholds measured on the labelled seed pairs (npm run eval:matches). */
export const MATCH_THRESHOLDS = {
  duplicate: 0.8,
  paraphrase: 0.4,
  sameEvent: 0.25,
  /** Same-event matches also need a shared named entity or number, or this many shared terms. */
  sameEventSharedTerms: 4,
};
const MAX_MATCHES_PER_SENTENCE = 5;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const x of a) if (b.has(x)) out.push(x);
  return out;
}

/**
 * Scores candidates into matches: TF-IDF cosine of lemmas, plus agreement of the named entities
 * and numbers the two sentences mention. Relations: `duplicate` (a copy or light rewrite),
 * `paraphrase` (the same statement in other words), `same-event` (the same happening, anchored by a
 * shared participant or number).
 */
export function scoreCandidates(
  facts: SentenceFacts,
  candidates: Candidate[],
  factsOf: (ref: SentenceRef) => SentenceFacts,
): SentenceMatch[] {
  const matches: SentenceMatch[] = [];
  for (const c of candidates) {
    const other = factsOf(c.ref);
    const sharedEntities = overlap(facts.entities, other.entities);
    const sharedNumbers = overlap(facts.numbers, other.numbers);
    const union = new Set([...facts.entities, ...other.entities]).size;
    const entityAgreement = union === 0 ? 0 : sharedEntities.length / union;
    const score = Math.min(1, 0.8 * c.cosine + 0.2 * entityAgreement + (sharedNumbers.length > 0 ? 0.05 : 0));
    let relation: Relation | null = null;
    if (c.cosine >= MATCH_THRESHOLDS.duplicate) relation = 'duplicate';
    else if (c.cosine >= MATCH_THRESHOLDS.paraphrase) relation = 'paraphrase';
    else if (
      c.cosine >= MATCH_THRESHOLDS.sameEvent &&
      (sharedEntities.length + sharedNumbers.length > 0 ||
        c.shared.length >= MATCH_THRESHOLDS.sameEventSharedTerms)
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
