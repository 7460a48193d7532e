import { DetectContext } from '../contradictions/context';
import { detectPair } from '../contradictions/detect';
import { nameVariants } from '../contradictions/nameVariants';
import type { Finding } from '../contradictions/types';
import { WorkspaceIndex } from '../index/workspaceIndex';
import { MatchService } from '../matching/documentMatches';
import type { Relation, SentenceMatch } from '../matching/matcher';
import type { SentenceRef } from '../matching/sentenceIndex';
import { type ArticleRelation, articleRelation, type PairSides } from './article';
import { judgeParaphrase, type ParaphraseJudgement } from './paraphrase';

/** The verdict on two sentences: do they contradict each other, report the same thing, or neither? */
export interface SentenceVerdict {
  relation: 'contradiction' | 'match' | 'unrelated';
  /** The contradiction's kind (null otherwise). */
  kind: string | null;
  score: number;
  /**
   * How the best match reports the same thing, null without one: `duplicate` or `paraphrase` when
   * the sentences say the same thing (`paraphrase.ts`: most of the shorter said by the longer, no
   * figure contradicted — a copy is a duplicate), else `same-event`.
   */
  match: Relation | null;
}

/** When a side has several sentences: the sentence verdict, and how the texts relate as articles. */
export type ArticleVerdict = SentenceVerdict & ArticleRelation;

/** A text longer than this is judged on its first part only, as the server analyses files. */
const MAX_CHARS = 2_000_000;

const SIDES: PairSides = { a: 'pair:a', b: 'pair:b' };

/**
 * Two texts as two sources. Two single sentences get the sentence verdict alone; when a side has
 * several sentences (a headline against an article), also whether the texts are related, the best
 * matching sentence and the stance (`article.ts`).
 */
export function judgePair(a: string, b: string): SentenceVerdict | ArticleVerdict {
  const index = new WorkspaceIndex({ maxChars: MAX_CHARS });
  index.setDocument(SIDES.a, 'a.txt', a);
  index.setDocument(SIDES.b, 'b.txt', b);
  const sentences = (uri: string) => index.document(uri)?.analysis.sentences.length ?? 0;
  const articles = sentences(SIDES.a) > 1 || sentences(SIDES.b) > 1;
  if (articles) {
    // Against an article, a lone line is the claim to check, though it reads as a title ("Airbus
    // wins Qatar order"): a file's title is never compared, a row's side is.
    if (isLoneTitle(a)) index.setDocument(SIDES.a, 'a.txt', `${a.trim()}.`);
    if (isLoneTitle(b)) index.setDocument(SIDES.b, 'b.txt', `${b.trim()}.`);
  }
  const matches = new MatchService(index);
  const context = new DetectContext(index);
  const conflict = strongestConflict(index, context, matches);
  const verdict = sentenceVerdict(context, matches, conflict, !articles);
  if (!articles) return verdict;
  const saysTheSame = (x: SentenceRef, y: SentenceRef) => sameStatement(context, x, y)?.paraphrase ?? false;
  return { ...verdict, ...articleRelation(index, matches, SIDES, conflict, saysTheSame) };
}

/** One line without a sentence's final punctuation. */
const isLoneTitle = (text: string) => !/[\r\n]/.test(text.trim()) && /[\p{L}\p{N}]$/u.test(text.trim());

interface BestMatch {
  sentence: number;
  match: SentenceMatch;
}

function bestMatch(matches: MatchService): BestMatch | null {
  let best: BestMatch | null = null;
  for (const s of matches.matches(SIDES.a))
    for (const m of s.matches)
      if (!best || m.score > best.match.score) best = { sentence: s.sentence, match: m };
  return best;
}

/** Whether two sentences of the pair say the same thing (`paraphrase.ts`). */
function sameStatement(context: DetectContext, x: SentenceRef, y: SentenceRef): ParaphraseJudgement | null {
  const side = (ref: SentenceRef) => {
    const view = context.view(ref.uri, ref.sentence);
    const doc = context.index.document(ref.uri);
    return view && doc ? { view, claim: doc.analysis.claims[ref.sentence] ?? null, text: doc.text } : null;
  };
  const a = side(x);
  const b = side(y);
  return a && b ? judgeParaphrase(a, b) : null;
}

/** The sentences the paraphrase decision reads: the best match's, else two single sentences. */
function judgedPair(best: BestMatch | null, single: boolean): [SentenceRef, SentenceRef] | null {
  if (best) return [{ uri: SIDES.a, sentence: best.sentence }, best.match.other];
  return single
    ? [
        { uri: SIDES.a, sentence: 0 },
        { uri: SIDES.b, sentence: 0 },
      ]
    : null;
}

/** The match as `pairs` answers it: the matcher's, with paraphrase level decided by `paraphrase.ts`. */
function matchRelation(best: BestMatch | null, said: ParaphraseJudgement | null): Relation | null {
  const found = best?.match.relation ?? null;
  if (said?.paraphrase) return found === 'duplicate' ? 'duplicate' : 'paraphrase';
  return found === 'duplicate' || found === 'paraphrase' ? 'same-event' : found;
}

function sentenceVerdict(
  context: DetectContext,
  matches: MatchService,
  conflict: Finding | null,
  single: boolean,
): SentenceVerdict {
  const best = bestMatch(matches);
  const pair = judgedPair(best, single);
  const said = pair && sameStatement(context, ...pair);
  const match = matchRelation(best, said);
  if (conflict) return { relation: 'contradiction', kind: conflict.kind, score: conflict.confidence, match };
  if (best) return { relation: 'match', kind: null, score: best.match.score, match };
  // Two sentences saying the same thing in other words, below the matcher's cosine.
  if (match)
    return { relation: 'match', kind: null, score: Math.round(said!.shorterCover * 1000) / 1000, match };
  return { relation: 'unrelated', kind: null, score: 0, match };
}

/**
 * The most confident conflict of text a with text b. Sentence pairs come from the sentence index's
 * candidates, as in `analyze` (not every pair: two long texts would cost their product), and only
 * the best finding is kept, so the work and memory per row stay bounded.
 */
function strongestConflict(
  index: WorkspaceIndex,
  context: DetectContext,
  matches: MatchService,
): Finding | null {
  let best: Finding | null = null;
  const consider = (f: Finding) => {
    if (f.a.uri === SIDES.a && (!best || f.confidence > best.confidence)) best = f;
  };
  matches.candidates(SIDES.a).forEach((candidates, sentence) => {
    for (const c of candidates) {
      if (c.ref.uri !== SIDES.b) continue;
      for (const f of detectPair(context, { a: { uri: SIDES.a, sentence }, b: c.ref })) consider(f);
    }
  });
  for (const f of nameVariants(index, matches.stories)) consider(f);
  return best;
}
