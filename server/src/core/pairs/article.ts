import type { Finding } from '../contradictions/types';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { MatchService } from '../matching/documentMatches';
import type { Relation } from '../matching/matcher';
import type { SentenceRef } from '../matching/sentenceIndex';

/** The two documents of a pair. */
export interface PairSides {
  a: string;
  b: string;
}

export type Stance = 'agree' | 'disagree' | 'discuss';

/** The sentence of the longer side that best answers the other side. */
export interface BestSentence {
  side: 'a' | 'b';
  /** Its index among that side's sentences, from 0. */
  index: number;
  text: string;
  /** How it relates to the other side: a conflict, a match, or `none` (only words in common). */
  relation: 'contradiction' | Relation | 'none';
  score: number;
}

export interface ArticleRelation {
  /** Is the longer text about the shorter one? */
  related: boolean;
  /** 0..1, related from `RELATED_THRESHOLD` on. */
  relatedness: number;
  best: BestSentence | null;
  /** Absent when unrelated. */
  stance?: Stance;
}

/**
 * Calibrated on the dev half of the headline benchmark (`npm run eval:headlines`, README): within
 * 0.01 of its best macro-F1, and better than lower values at telling other stories of one topic apart.
 */
export const RELATED_THRESHOLD = 0.35;

interface SentenceScore {
  index: number;
  relation: BestSentence['relation'];
  score: number;
}

/**
 * How a shorter text (a headline, a claim) relates to a longer one (an article): the shorter side
 * is compared with each sentence of the longer one (the sentence index's candidates and the
 * matcher's scores) and with its whole text (the share of its content words and names the longer
 * text uses anywhere), so a headline whose words are spread over an article's sentences is still
 * recognised as its subject.
 */
export function articleRelation(
  index: WorkspaceIndex,
  matches: MatchService,
  sides: PairSides,
  conflict: Finding | null,
  saysTheSame: (short: SentenceRef, long: SentenceRef) => boolean,
): ArticleRelation {
  const count = (uri: string) => index.document(uri)?.analysis.sentences.length ?? 0;
  const longSide: 'a' | 'b' = count(sides.b) >= count(sides.a) ? 'b' : 'a';
  const long = sides[longSide];
  const short = longSide === 'b' ? sides.a : sides.b;
  const best = conflictSentence(conflict, long) ?? bestSentence(matches, short, long, saysTheSame);
  const relatedness = round(combined(best?.score ?? 0, wholeTextCoverage(index, matches, short, long)));
  const related = relatedness >= RELATED_THRESHOLD;
  const out: ArticleRelation = { related, relatedness, best: best && bestOut(index, long, longSide, best) };
  if (related) out.stance = stanceOf(best);
  return out;
}

function bestOut(
  index: WorkspaceIndex,
  uri: string,
  side: 'a' | 'b',
  best: SentenceScore,
): BestSentence | null {
  const doc = index.document(uri);
  const sentence = doc?.analysis.sentences[best.index];
  if (!doc || !sentence) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  return { side, index: best.index, text, relation: best.relation, score: round(best.score) };
}

/** A conflict decides the best sentence: the passage of the longer side it points at. */
function conflictSentence(conflict: Finding | null, long: string): SentenceScore | null {
  if (!conflict) return null;
  const passage = conflict.a.uri === long ? conflict.a : conflict.others.find((p) => p.uri === long);
  if (passage?.sentence === undefined) return null;
  return { index: passage.sentence, relation: 'contradiction', score: conflict.confidence };
}

/**
 * The longer side's sentence matching the shorter side best; by cosine alone when none matches. A
 * duplicate or paraphrase match is one only when the two say the same thing (`paraphrase.ts`), as
 * the sentence verdict's `match`.
 */
function bestSentence(
  matches: MatchService,
  short: string,
  long: string,
  saysTheSame: (short: SentenceRef, long: SentenceRef) => boolean,
): SentenceScore | null {
  let best: SentenceScore | null = null;
  let from = 0;
  for (const s of matches.matches(short))
    for (const m of s.matches)
      if (m.other.uri === long && (!best || m.score > best.score)) {
        best = { index: m.other.sentence, relation: m.relation, score: m.score };
        from = s.sentence;
      }
  if (best) {
    const sameLevel = best.relation === 'duplicate' || best.relation === 'paraphrase';
    if (sameLevel && !saysTheSame({ uri: short, sentence: from }, { uri: long, sentence: best.index }))
      best.relation = 'same-event';
    return best;
  }
  for (const candidates of matches.candidates(short))
    for (const c of candidates)
      if (c.ref.uri === long && (!best || c.cosine > best.score))
        best = { index: c.ref.sentence, relation: 'none', score: c.cosine };
  return best;
}

/**
 * The share of the shorter side's content terms and named entities that the longer text has
 * anywhere (each term once: an article names its subject in many sentences, not all in one).
 */
function wholeTextCoverage(
  index: WorkspaceIndex,
  matches: MatchService,
  short: string,
  long: string,
): number {
  const termsOf = (uri: string) =>
    new Set((index.document(uri)?.analysis.sentences ?? []).flatMap((s) => s.terms));
  const entitiesOf = (uri: string) => new Set(matches.facts(uri).flatMap((f) => [...f.entities]));
  const shortTerms = termsOf(short);
  const shortEntities = entitiesOf(short);
  const longTerms = termsOf(long);
  const longEntities = entitiesOf(long);
  const found =
    [...shortTerms].filter((t) => longTerms.has(t)).length +
    [...shortEntities].filter((e) => longEntities.has(e)).length;
  const all = shortTerms.size + shortEntities.size;
  return all === 0 ? 0 : found / all;
}

/** Either signal alone can make texts related; both together more so. */
function combined(bestSentenceScore: number, coverage: number): number {
  return Math.min(
    1,
    Math.max(bestSentenceScore, coverage) * 0.8 + Math.min(bestSentenceScore, coverage) * 0.2,
  );
}

/** A conflict disagrees; a sentence stating the same (duplicate, paraphrase) agrees; else the text discusses it. */
function stanceOf(best: SentenceScore | null): Stance {
  if (best?.relation === 'contradiction') return 'disagree';
  if (best?.relation === 'duplicate' || best?.relation === 'paraphrase') return 'agree';
  return 'discuss';
}

const round = (x: number) => Math.round(x * 1000) / 1000;
