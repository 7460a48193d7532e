import { DetectContext } from '../contradictions/context';
import { detectPair } from '../contradictions/detect';
import { conflictPairs } from '../contradictions/service';
import { sourceName } from '../contradictions/sources';
import { isOneSided, type Passage } from '../contradictions/types';
import type { IndexedDocument, WorkspaceIndex } from '../index/workspaceIndex';
import { type MatchService, NO_FACTS, sentenceFacts } from '../matching/documentMatches';
import { type SentenceFacts, type SentenceMatch, scoreCandidates } from '../matching/matcher';
import type { Candidate, SentenceRef } from '../matching/sentenceIndex';
import { analysedClaim } from './claimText';
import { CLAIM_URI, ClaimOverlay } from './overlay';
import { reportedShare } from './reports';
import { type ClaimCheck, type SourceVerdict, VERDICTS, type Verdict } from './types';

/**
 * Passages a claim is compared with: one query, so far more than a sentence's candidates; a story
 * forty outlets repeat must show forty sources agreeing, not the first two dozen and "silent".
 */
const CLAIM_CANDIDATES = 1000;
/**
 * Of those, the passages judged for a conflict: every one close enough to align, up to this many
 * (a contradiction is as likely in the seventeenth most similar passage as in the first).
 */
const CLAIM_CONFLICT_CANDIDATES = 200;

/** The strongest evidence found so far in one source. */
interface Evidence {
  verdict: Exclude<Verdict, 'silent'>;
  passage: Passage;
  /** Orders evidence of one verdict: a contradiction's confidence, a match's score. */
  strength: number;
  match: SentenceMatch | null;
  conflict: SourceVerdict['conflict'];
}

const rank = (v: Verdict): number => VERDICTS.indexOf(v);

/**
 * Checks a claim against the workspace: the claim is analysed as a small document of its own,
 * compared with its candidates in the sentence index only (bounded work, whatever the workspace's
 * size), scored as matches are and judged as findings are, with the claim as one side. Each source
 * gets one verdict: it contradicts the claim, agrees (a duplicate or paraphrase, no conflict),
 * mentions the event (same-event), or is silent. The index is not changed.
 */
export function checkClaim(
  index: WorkspaceIndex,
  matches: MatchService,
  input: unknown,
  isCancelled: () => boolean = () => false,
): ClaimCheck {
  const checked = analysedClaim(input);
  if ('problem' in checked) return { ok: false, message: checked.problem, cancelled: false };
  const { analysis } = checked;
  const overlay = new ClaimOverlay(index, checked.text, analysis);
  const ctx = new DetectContext(overlay);
  // The claim is nobody's report of any day: no publication date.
  const facts = sentenceFacts(
    analysis.sentences,
    overlay.mentionsIn(CLAIM_URI),
    (id) => index.entity(id),
    null,
  );
  const factsOf = (ref: SentenceRef) => matches.facts(ref.uri)[ref.sentence] ?? NO_FACTS;
  const best = new Map<string, Evidence>();
  for (const [sentence, s] of analysis.sentences.entries()) {
    const candidates = index.sentences.candidatesFor(s.terms, CLAIM_CANDIDATES);
    const matched = matchesBySource(facts[sentence] ?? NO_FACTS, candidates, factsOf);
    for (const m of matched) keep(best, matchEvidence(index, m));
    const claimSide = { uri: CLAIM_URI, sentence };
    const sides = { own: facts[sentence], of: factsOf };
    const pairs = conflictPairs(overlay, claimSide, s.terms.length, candidates, sides, {
      limit: CLAIM_CONFLICT_CANDIDATES,
    });
    const claim = analysis.claims[sentence];
    for (const pair of pairs) {
      if (isCancelled()) return { ok: false, message: 'The check was cancelled.', cancelled: true };
      const match = matched.find((m) => sameRef(m.other, pair.b)) ?? null;
      let conflicting = false;
      for (const f of detectPair(ctx, pair)) {
        if (f.a.uri === CLAIM_URI || isOneSided(f.kind)) continue;
        conflicting = true;
        keep(best, {
          verdict: 'contradicts',
          passage: f.a,
          strength: f.confidence,
          match,
          conflict: { kind: f.kind, message: f.message },
        });
      }
      // No conflict, and in other words than matching calls a paraphrase: the source reports the claim.
      if (conflicting || !claim || paraphrased(best.get(pair.b.uri))) continue;
      const share = reportedShare(ctx, claimSide, claim, pair.b);
      if (share > 0) keep(best, { ...passageEvidence(index, pair.b, share, match), verdict: 'agrees' });
    }
  }
  return { ok: true, claim: checked.text, sources: verdicts(index, best) };
}

/**
 * Every source's verdict: those with evidence by verdict, strongest first, then the silent. Both
 * keep the index's path order among equals (a stable sort of a few rows, not of the workspace).
 */
function verdicts(index: WorkspaceIndex, best: Map<string, Evidence>): SourceVerdict[] {
  const docs = index.documents();
  const strength = (uri: string) => best.get(uri)!.strength;
  const verdict = (uri: string) => rank(best.get(uri)!.verdict);
  const reported = docs
    .filter((d) => best.has(d.uri))
    .sort((x, y) => verdict(x.uri) - verdict(y.uri) || strength(y.uri) - strength(x.uri));
  const silent = docs.filter((d) => !best.has(d.uri));
  return [...reported, ...silent].map((doc) => verdictOf(index, doc, best.get(doc.uri)));
}

/**
 * Matches of a claim sentence, scored per source: a verdict is a question about each source, so
 * one source's many reports do not crowd out another's.
 */
function matchesBySource(
  facts: SentenceFacts,
  candidates: Candidate[],
  factsOf: (ref: SentenceRef) => SentenceFacts,
): SentenceMatch[] {
  const bySource = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = bySource.get(c.ref.uri) ?? [];
    list.push(c);
    bySource.set(c.ref.uri, list);
  }
  return [...bySource.values()].flatMap((list) => scoreCandidates(facts, list, factsOf));
}

function matchEvidence(index: WorkspaceIndex, m: SentenceMatch): Evidence {
  const verdict = m.relation === 'same-event' ? 'mentions' : 'agrees';
  return { ...passageEvidence(index, m.other, m.score, m), verdict };
}

/** A source's sentence as evidence (its whole range), of the verdict the caller gives it. */
function passageEvidence(
  index: WorkspaceIndex,
  ref: SentenceRef,
  strength: number,
  match: SentenceMatch | null,
): Omit<Evidence, 'verdict'> {
  const s = index.document(ref.uri)?.analysis.sentences[ref.sentence];
  return {
    passage: { uri: ref.uri, start: s?.start ?? 0, end: s?.end ?? 0, sentence: ref.sentence },
    strength,
    match,
    conflict: null,
  };
}

/** A source that already agrees by a duplicate or paraphrase keeps that passage. */
const paraphrased = (e: Evidence | undefined): boolean =>
  e?.verdict === 'agrees' && (e.match?.relation === 'duplicate' || e.match?.relation === 'paraphrase');

const sameRef = (x: SentenceRef, y: SentenceRef) => x.uri === y.uri && x.sentence === y.sentence;

/** Keeps the stronger of a source's evidence: the stronger verdict, then the stronger of one verdict. */
function keep(best: Map<string, Evidence>, e: Evidence): void {
  const known = best.get(e.passage.uri);
  const better =
    !known ||
    rank(e.verdict) < rank(known.verdict) ||
    (e.verdict === known.verdict && e.strength > known.strength);
  if (better) best.set(e.passage.uri, e);
}

/**
 * Source names by document version: every check names every source (most of them silent), and a
 * document's name changes only with the document (a new IndexedDocument).
 */
const sourceNames = new WeakMap<IndexedDocument, string>();

function nameOf(index: WorkspaceIndex, doc: IndexedDocument): string {
  let name = sourceNames.get(doc);
  if (name === undefined) {
    name = sourceName(index, doc.uri);
    sourceNames.set(doc, name);
  }
  return name;
}

function verdictOf(index: WorkspaceIndex, doc: IndexedDocument, e: Evidence | undefined): SourceVerdict {
  const sentence = e
    ? doc.analysis.sentences[e.passage.sentence ?? index.sentenceAt(doc.uri, e.passage.start)]
    : undefined;
  return {
    uri: doc.uri,
    relativePath: doc.relativePath,
    source: nameOf(index, doc),
    verdict: e?.verdict ?? 'silent',
    passage: e
      ? {
          start: e.passage.start,
          end: e.passage.end,
          sentence: e.passage.sentence ?? -1,
          text: doc.text.slice(sentence?.start ?? e.passage.start, sentence?.end ?? e.passage.end),
        }
      : null,
    relation: e?.match?.relation ?? null,
    score: e?.match?.score ?? null,
    conflict: e?.conflict ?? null,
  };
}
