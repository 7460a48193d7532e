import { createHash } from 'node:crypto';
import { type Alignment, align, coverage } from '../alignment/align';
import type { SentenceView, Unit } from '../alignment/view';
import type { Claim } from '../claims/types';
import type { IndexReader } from '../index/indexReader';
import type { DetectContext } from './context';
import { framed } from './kinds/date';
import type { Conflict, DetectorInput, PairSide } from './kinds/detector';
import {
  agentOf,
  differentThings,
  mainPredicate,
  ownerPhrase,
  reordered,
  reportDenied,
  sameReport,
  sentenceOf,
} from './kinds/detector';
import { DETECTORS } from './kinds/index';
import { isFigure } from './kinds/number';
import { sourceName } from './sources';
import { bothSides, type Finding, type Passage } from './types';

export { numbersConflict } from './kinds/number';

export interface SentencePair {
  a: { uri: string; sentence: number };
  b: { uri: string; sentence: number };
  /** TF-IDF cosine of the two sentences; omitted when the caller vouches they are about one thing. */
  similarity?: number;
  /** Named entities and figures the two sentences share. */
  anchors?: number;
  /** Shared terms over the terms of the shorter sentence: a cheap bound on how much can align. */
  overlap?: number;
}

/** Pairs sharing fewer terms than this share of the shorter sentence's are not aligned. */
export const MIN_PAIR_OVERLAP = 0.15;

/** Sentences of a document aligned at most in search of the other half of a self-contradiction. */
const SELF_CANDIDATES = 6;

/** Documents longer than this are not searched for the other half of a self-contradiction. */
const SELF_SEARCH_SENTENCES = 600;

/** The answer for most pairs, shared: a workspace remembers the judgement of every pair it compared. */
const NONE: readonly Finding[] = Object.freeze([]);

export function findingKey(kind: string, a: string, b: string): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const [x, y] = [norm(a), norm(b)].sort();
  return createHash('sha1').update(`${kind}\n${x}\n${y}`).digest('hex').slice(0, 16);
}

/** The same sentence in two outlets (wire copy): it says nothing different. */
function sameSentence(ctx: DetectContext, pair: SentencePair): boolean {
  const text = (ref: SentencePair['a']) => {
    const doc = ctx.index.document(ref.uri);
    const s = doc?.analysis.sentences[ref.sentence];
    return s ? doc!.text.slice(s.start, s.end) : null;
  };
  const a = text(pair.a);
  return a !== null && a === text(pair.b);
}

/** Sides per sentence view: a sentence is compared with many candidates. */
const sides = new WeakMap<SentenceView, PairSide | null>();

/** A sentence as one side of a comparison, or null when it is a heading (a label, not a statement). */
function sideOf(ctx: DetectContext, uri: string, sentence: number): PairSide | null {
  const view = ctx.view(uri, sentence);
  if (!view) return null;
  let side = sides.get(view);
  if (side === undefined) {
    side = newSide(ctx, view);
    sides.set(view, side);
  }
  return side;
}

function newSide(ctx: DetectContext, view: SentenceView): PairSide | null {
  const { index } = ctx;
  const { uri, sentence } = view;
  const doc = index.document(uri);
  const s = doc?.analysis.sentences[sentence];
  const claim = doc?.analysis.claims[sentence] ?? null;
  if (!doc || !s || claim?.headline) return null;
  if (doc.analysis.sections.some((h) => s.start >= h.headingStart && s.end <= h.headingEnd)) return null;
  return {
    uri,
    sentence,
    view,
    claim,
    source: sourceName(index, uri),
    published: doc.analysis.metadata.published,
    memo: {},
    text: doc.text,
  };
}

/** The first registered kind that finds a conflict between the two aligned sentences. */
function judge(ctx: DetectContext, alignment: Alignment, a: PairSide, b: PairSide): Conflict | null {
  const c = coverage(alignment);
  if (c.shorter < MIN_SHORTER || c.longer < MIN_LONGER) return null;
  // Nothing told differently, nothing said on one side only, nothing in another order: no conflict.
  if (!somethingDiffers(alignment) && !reordered(alignment) && reportDenied(a) === reportDenied(b))
    return null;
  const input: DetectorInput = { ctx, alignment, a, b, cores: undefined };
  for (const detector of DETECTORS) {
    const conflict = detector.detect(input);
    if (!conflict) continue;
    return otherDifferences(alignment, conflict, a, b) || otherAgents(alignment, conflict, a, b)
      ? null
      : conflict;
  }
  return null;
}

/**
 * The least any kind needs aligned (two claims whose verb and object align, in sentences that say
 * much else — "Israel was withholding a shipment of large bombs" inside a long report): below it
 * no detector runs.
 */
const MIN_SHORTER = 0.1;
const MIN_LONGER = 0.05;

/** A link told with another polarity, certainty or tense, or something said on both sides only. */
function somethingDiffers(al: Alignment): boolean {
  if (al.aloneA.length > 0 && al.aloneB.length > 0) return true;
  return al.links.some(
    (l) => l.a.negated !== l.b.negated || !l.a.open !== !l.b.open || l.a.future !== l.b.future,
  );
}

/** Kinds about what was done, not by whom: two different doers make two events, not a conflict. */
const ABOUT_THE_ACT = new Set<string>(['negation', 'antonym', 'certainty']);

/** Kinds about when or how much: the doers are those of the sentences' main claims. */
const ABOUT_THE_CLAIM = new Set<string>(['number', 'date']);

/**
 * "A man is playing" / "A woman is not playing", "US indexes posted gains on Friday" / "European
 * markets posted gains on Monday": the acts in conflict have different doers.
 */
function otherAgents(al: Alignment, conflict: Conflict, a: PairSide, b: PairSide): boolean {
  const [x, y] = ABOUT_THE_CLAIM.has(conflict.kind)
    ? [mainPredicate(a), mainPredicate(b)]
    : ABOUT_THE_ACT.has(conflict.kind)
      ? [conflict.unitsA[0], conflict.unitsB[0]]
      : [undefined, undefined];
  if (!x || !y) return false;
  const agentA = agentOf(al.a, x);
  const agentB = agentOf(al.b, y);
  if (!differentThings(al, agentA, agentB)) return false;
  // "The first test flight of the aircraft" / "first flight": where one side names the doer's
  // owner through "of", the doer is that owner. Both with "of" ("the president of the bank" /
  // "of the union") stay two doers.
  const ownerA = ownerPhrase(al.a, agentA);
  const ownerB = ownerPhrase(al.b, agentB);
  if (ownerA.length > 0 === ownerB.length > 0) return true;
  return differentThings(al, ownerA.length ? ownerA : agentA, ownerB.length ? ownerB : agentB);
}

/**
 * Other figures or dates that differ besides the conflict: two reports of different events (another
 * day's market close, another year's results), not one event told two ways. A date that frames the
 * claim ("since December") dates no event of its own.
 */
function otherDifferences(al: Alignment, conflict: Conflict, a: PairSide, b: PairSide): boolean {
  const others = (units: Unit[], own: Unit[], kind: Unit['kind']) =>
    units.filter((u) => u.kind === kind && !own.includes(u));
  // A small count in words ("less than two weeks ago", "one of") measures nothing else.
  const figuresA = others(al.aloneA, conflict.unitsA, 'number').filter(isFigure);
  const figuresB = others(al.aloneB, conflict.unitsB, 'number').filter(isFigure);
  if (conflict.kind !== 'number' && figuresA.length > 0 && figuresB.length > 0) return true;
  if (conflict.kind === 'date') return false;
  const dates = (units: Unit[], own: Unit[], side: PairSide) =>
    others(units, own, 'date').filter((u) => !framed(side, u));
  return dates(al.aloneA, conflict.unitsA, a).length > 0 && dates(al.aloneB, conflict.unitsB, b).length > 0;
}

/**
 * Conflicts between two sentences of different sources that report the same thing: the sentences
 * are aligned (entities, figures, dates, lemmas, synonyms, derivations), and each registered kind
 * judges the alignment. A source that itself reports both sides is a self-contradiction (of a
 * speaker, or a correction), reported in that source only.
 */
export function detectPair(ctx: DetectContext, pair: SentencePair): readonly Finding[] {
  if (pair.a.uri === pair.b.uri) return NONE;
  if ((pair.overlap ?? 1) < MIN_PAIR_OVERLAP || sameSentence(ctx, pair)) return NONE;
  const a = sideOf(ctx, pair.a.uri, pair.a.sentence);
  const b = sideOf(ctx, pair.b.uri, pair.b.sentence);
  if (!a || !b) return NONE;
  const alignment = align(a.view, b.view);
  if (alignment.links.length === 0) return NONE;
  const conflict = judge(ctx, alignment, a, b);
  if (!conflict) return NONE;
  // A figure or a date is pointed at exactly; other kinds at the claim (embedded or main) they concern.
  const passage = (s: PairSide, units: Unit[]): Passage => {
    const at = units[0];
    const value = (conflict.kind === 'number' || conflict.kind === 'date') && at?.mention;
    if (value) return { uri: s.uri, start: value.start, end: value.end, sentence: s.sentence };
    const claim = innermostClaim(s, at);
    return {
      uri: s.uri,
      start: claim?.start ?? s.view.start,
      end: claim?.end ?? s.view.end,
      sentence: s.sentence,
    };
  };
  // A speaker's inconsistency is about what was done or said, not about a figure or a date.
  const aboutActs = ABOUT_THE_ACT.has(conflict.kind);
  const selfA = aboutActs ? agreeingSentence(ctx, a, b) : null;
  const selfB = aboutActs && selfA === null ? agreeingSentence(ctx, b, a) : null;
  if (selfA !== null || selfB !== null) {
    const [inside, other, agreeing] = selfA !== null ? [a, b, selfA] : [b, a, selfB!];
    if (speakersInconsistency(ctx, inside, agreeing, other))
      return [selfContradiction(ctx.index, inside, agreeing, other)];
  }
  const key = findingKey(conflict.kind, sentenceOf(a), sentenceOf(b));
  return bothSides(
    conflict.kind,
    key,
    passage(a, conflict.unitsA),
    passage(b, conflict.unitsB),
    conflict.message(a, b),
    conflict.message(b, a),
    conflict.confidence,
  );
}

/** The embedded claim ("… a statement that Israel was withholding …") holding a unit, else the main one. */
function innermostClaim(side: PairSide, unit: Unit | undefined): Claim | null {
  if (!unit || !side.claim) return side.claim;
  const inner = (side.claim.embedded ?? []).find((c) => c.start <= unit.start && unit.end <= c.end);
  return inner ?? side.claim;
}

/**
 * Another sentence of `side`'s document that says what `other` says without the conflict: then
 * `side`'s source reports both versions itself.
 */
function agreeingSentence(ctx: DetectContext, side: PairSide, other: PairSide): number | null {
  const doc = ctx.index.document(side.uri);
  if (!doc || doc.analysis.sentences.length > SELF_SEARCH_SENTENCES) return null;
  const wanted = new Set(ctx.index.document(other.uri)?.analysis.sentences[other.sentence]?.terms ?? []);
  let aligned = 0;
  for (let i = 0; i < doc.analysis.sentences.length && aligned < SELF_CANDIDATES; i++) {
    if (i === side.sentence) continue;
    let shared = 0;
    for (const t of doc.analysis.sentences[i]!.terms) if (wanted.has(t)) shared++;
    if (shared < 3) continue;
    aligned++;
    const candidate = sideOf(ctx, side.uri, i);
    if (!candidate) continue;
    const alignment = align(candidate.view, other.view);
    if (sameReport(alignment, 0.6, 0.35) && !judge(ctx, alignment, candidate, other)) return i;
  }
  return null;
}

/**
 * A source reporting both versions reports a speaker's inconsistency when both are someone's
 * statements ("X said …", "X later said …") or when the other source reports both as well (every
 * outlet carries the politician's two statements). A source that contradicts itself in its own
 * voice, against another that does not, still disagrees with that other source.
 */
function speakersInconsistency(
  ctx: DetectContext,
  inside: PairSide,
  agreeing: number,
  other: PairSide,
): boolean {
  const claims = ctx.index.document(inside.uri)?.analysis.claims;
  if (inside.claim?.attribution && claims?.[agreeing]?.attribution) return true;
  return agreeingSentence(ctx, other, inside) !== null;
}

function selfContradiction(index: IndexReader, side: PairSide, agreeing: number, other: PairSide): Finding {
  const doc = index.document(side.uri)!;
  const s = doc.analysis.sentences[agreeing]!;
  const quote = (start: number, end: number) => {
    const t = doc.text.slice(start, end).replace(/\s+/g, ' ').trim();
    return t.length > 90 ? `${t.slice(0, 89)}…` : t;
  };
  const here = quote(side.view.start, side.view.end);
  return {
    key: findingKey('self-contradiction', here, doc.text.slice(s.start, s.end)),
    kind: 'self-contradiction',
    a: { uri: side.uri, start: side.view.start, end: side.view.end, sentence: side.sentence },
    others: [{ uri: side.uri, start: s.start, end: s.end, sentence: agreeing }],
    message: `This source reports both “${here}” and “${quote(s.start, s.end)}” (as does ‘${other.source}’ for the second): an inconsistency of the speaker or a correction, not a disagreement between sources.`,
    confidence: 0.5,
  };
}
