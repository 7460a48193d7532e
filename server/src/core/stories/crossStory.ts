import type { StoryService } from './service';

/** What a pair of sentences of two documents has in common. */
export interface PairEvidence {
  /** TF-IDF cosine of the two sentences. */
  cosine: number;
  /** Named entities (and numbers, where known) both sentences state. */
  anchors: number;
}

/**
 * Sentences of unrelated stories are compared only when they say nearly the same words about the
 * same named things: a phrase news repeats everywhere ("shares fell sharply on Monday") is no
 * report of the same event, and a finding between two such stories would be a false alarm.
 */
export const CROSS_STORY_EVIDENCE = { minCosine: 0.9, minAnchors: 2 };
/**
 * The one rule for cross-document work across stories: a match or a conflict between documents of
 * different stories needs much stronger evidence than one inside a story (a document alone is a
 * story of one). The planted-error benchmark finds the same conflicts with the rule as without.
 */
export function allowsPair(stories: StoryService, a: string, b: string, evidence: PairEvidence): boolean {
  if (stories.sameStory(a, b)) return true;
  return (
    evidence.cosine >= CROSS_STORY_EVIDENCE.minCosine && evidence.anchors >= CROSS_STORY_EVIDENCE.minAnchors
  );
}
