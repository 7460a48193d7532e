import { createHash } from 'node:crypto';
import { foldWord } from '../claims/terms';
import type { Claim, ClaimSpan } from '../claims/types';
import type { MentionCandidate } from '../entities/types';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { type Actor, compatibleActors, differentSides } from './actors';
import type { DetectContext } from './context';
import { areAntonyms, family, GENERIC_PREDICATES, pastTense, verbOf } from './lexicon';
import { bothSides, type ContradictionKind, type Finding, type Passage } from './types';

export interface SentencePair {
  a: { uri: string; sentence: number };
  b: { uri: string; sentence: number };
  /** TF-IDF cosine of the two sentences; omitted when the caller vouches they are about one thing. */
  similarity?: number;
  /** Named entities and figures the two sentences share. */
  anchors?: number;
}

/** Below this similarity, a conflict also needs a shared named entity or figure. */
const LOOSE_SIMILARITY = 0.25;
/** Figures and dates are only compared between passages this similar (the same report). */
const FIGURE_SIMILARITY = 0.45;

const ARTICLE = /^(the|a|an|this|that|these|those|its|their|his|her)\s+/i;
const shorten = (s: string, n = 80): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export function findingKey(kind: string, a: string, b: string): string {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const [x, y] = [norm(a), norm(b)].sort();
  return createHash('sha1').update(`${kind}\n${x}\n${y}`).digest('hex').slice(0, 16);
}

/** Folded object words per claim span: a sentence is compared with many candidates. */
const objectWordsCache = new WeakMap<ClaimSpan, Set<string>>();
const NO_WORDS: ReadonlySet<string> = new Set();

function objectWords(span: ClaimSpan | null): ReadonlySet<string> {
  if (!span) return NO_WORDS;
  let out = objectWordsCache.get(span);
  if (!out) {
    out = new Set<string>();
    for (const w of span.text.split(/\s+/)) {
      const f = foldWord(w);
      if (f) out.add(f);
    }
    objectWordsCache.set(span, out);
  }
  return out;
}

/** The two claims are about the same thing: their objects share a content word. */
function sameObject(x: Claim, y: Claim): boolean {
  const a = objectWords(x.object);
  const b = objectWords(y.object);
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** The claims of a sentence worth comparing: not in a heading, not about saying or being. */
const claimsOf = (index: WorkspaceIndex, uri: string, sentence: number): Claim[] => {
  const doc = index.document(uri);
  const c = doc?.analysis.claims[sentence];
  if (!c?.predicate || c.headline) return [];
  const s = doc!.analysis.sentences[sentence]!;
  if (doc!.analysis.sections.some((h) => s.start >= h.headingStart && s.end <= h.headingEnd)) return [];
  return [c, ...(c.embedded ?? [])].filter(
    (x) => x.predicate && !GENERIC_PREDICATES.has(verbOf(x.predicate)),
  );
};

const CONSIDERING = new Set(['consider', 'contemplate', 'weigh', 'mull', 'discuss', 'debate', 'explore']);
const isHedged = (c: Claim): boolean => c.certainty === 'hedged';
const undecided = (c: Claim): boolean => c.cues.some((cue) => /^no (\w+ )?decisions?$/.test(cue));

interface Side {
  uri: string;
  sentence: number;
  label: string;
  published: string | null;
  claim: Claim;
  actor: Actor | null;
}

/** Both perspectives of one conflict: the finding reported in A and the one reported in B. */
function pairFindings(
  kind: ContradictionKind,
  x: Side,
  y: Side,
  range: (s: Side) => Passage,
  message: (from: Side, to: Side) => string,
  confidence: number,
): Finding[] {
  return bothSides(
    kind,
    findingKey(kind, textOf(x), textOf(y)),
    range(x),
    range(y),
    message(x, y),
    message(y, x),
    confidence,
  );
}

const textOf = (s: Side): string =>
  s.claim.object?.text
    ? `${s.claim.subject?.text ?? ''} ${s.claim.predicate} ${s.claim.object.text}`
    : `${s.sentence}`;

/**
 * Conflicts between the claims of two sentences that report the same thing (a cross-source
 * match). Precision first: each kind fires only when the two claims are about the same event —
 * the same kind of predicate and a shared object — and the difference is unambiguous.
 */
export function detectPair(ctx: DetectContext, pair: SentencePair): Finding[] {
  const { index } = ctx;
  const similarity = pair.similarity ?? 1;
  if (similarity < LOOSE_SIMILARITY && (pair.anchors ?? 1) === 0) return [];
  const da = index.document(pair.a.uri);
  const db = index.document(pair.b.uri);
  if (!da || !db) return [];
  const findings: Finding[] = [];
  const passage = (s: Side): Passage => ({
    uri: s.uri,
    start: s.claim.start,
    end: s.claim.end,
    sentence: s.sentence,
  });
  const side = (uri: string, sentence: number, claim: Claim): Side => ({
    uri,
    sentence,
    label: index.label(uri),
    published: index.document(uri)?.analysis.metadata.published ?? null,
    claim,
    actor: ctx.actor(uri, claim.subject),
  });
  const seenKinds = new Set<string>();
  const add = (fs: Finding[]) => {
    const kind = fs[0]?.kind;
    if (!kind || seenKinds.has(kind)) return;
    seenKinds.add(kind);
    findings.push(...fs);
  };
  for (const ca of claimsOf(index, pair.a.uri, pair.a.sentence)) {
    for (const cb of claimsOf(index, pair.b.uri, pair.b.sentence)) {
      if (!sameObject(ca, cb)) continue;
      // Actors are resolved only for claims about the same thing (the costly part of a pair).
      const x = side(pair.a.uri, pair.a.sentence, ca);
      const y = side(pair.b.uri, pair.b.sentence, cb);
      const sameFamily = family(ca.predicate) === family(cb.predicate);
      // role: the same event, done by actors on different sides.
      if (
        sameFamily &&
        ca.polarity === 'affirmed' &&
        cb.polarity === 'affirmed' &&
        !isHedged(ca) &&
        !isHedged(cb) &&
        x.actor &&
        y.actor &&
        differentSides(x.actor, y.actor)
      ) {
        add(
          pairFindings(
            'role',
            x,
            y,
            passage,
            (f, t) => {
              const what = f.claim.object ? ` ${f.claim.object.text.replace(ARTICLE, 'the ')}` : '';
              return `Who ${pastTense(verbOf(f.claim.predicate))}${what}? This source: ${f.actor!.label}. ‘${t.label}’: ${t.actor!.label}.`;
            },
            0.8,
          ),
        );
        continue;
      }
      if (!compatibleActors(x.actor, y.actor)) continue;
      // negation: one affirms what the other negates, both stated as fact.
      if (sameFamily && ca.polarity !== cb.polarity && !isHedged(ca) && !isHedged(cb)) {
        add(
          pairFindings(
            'negation',
            x,
            y,
            passage,
            (f, t) => {
              const says = (s: Side) =>
                `${s.claim.polarity === 'negated' ? 'did not ' : ''}${s.claim.polarity === 'negated' ? verbOf(s.claim.predicate) : pastTense(verbOf(s.claim.predicate))}`;
              return `Did it happen? This source: ${f.actor?.label ?? 'it'} ${says(f)} ${shorten(f.claim.object?.text ?? '', 50)}. ‘${t.label}’: ${t.actor?.label ?? 'it'} ${says(t)}.`;
            },
            0.75,
          ),
        );
        continue;
      }
      // antonym: opposite predicates about the same thing.
      if (
        !sameFamily &&
        areAntonyms(ca.predicate, cb.predicate) &&
        ca.polarity === cb.polarity &&
        !isHedged(ca) &&
        !isHedged(cb)
      ) {
        add(
          pairFindings(
            'antonym',
            x,
            y,
            passage,
            (f, t) =>
              `Opposite accounts of ${shorten(f.claim.object?.text ?? 'the same event', 50)}: this source: ${pastTense(verbOf(f.claim.predicate))}; ‘${t.label}’: ${pastTense(verbOf(t.claim.predicate))}.`,
            0.7,
          ),
        );
        continue;
      }
      // certainty: done in one source, undecided or under consideration in the other.
      const hedgedX = isHedged(ca) || undecided(ca);
      const hedgedY = isHedged(cb) || undecided(cb);
      // "is considering new sanctions" vs "imposed new sanctions": considering the thing itself.
      const considered = CONSIDERING.has(verbOf(ca.predicate)) || CONSIDERING.has(verbOf(cb.predicate));
      if (
        (sameFamily || considered) &&
        hedgedX !== hedgedY &&
        ca.polarity === 'affirmed' &&
        cb.polarity === 'affirmed'
      ) {
        add(
          pairFindings(
            'certainty',
            x,
            y,
            passage,
            (f, t) => certaintyMessage(f, t, hedgedX === (f === x)),
            0.6,
          ),
        );
      }
    }
  }
  // Different dates in the two passages: two events, not one told two ways (except for the date kind).
  if (!sameDates(ctx, pair)) return dateConflicts(ctx, pair, [], similarity);
  if (similarity >= FIGURE_SIMILARITY) findings.push(...numberConflicts(ctx, pair));
  findings.push(...dateConflicts(ctx, pair, findings, similarity));
  return findings;
}

/** One side reports the act as done, the other as undecided; `fIsOpen` says which one `f` is. */
function certaintyMessage(f: Side, t: Side, fIsOpen: boolean): string {
  const dated = (side: Side) => (side.published ? `published ${side.published}` : 'undated');
  const [done, open] = fIsOpen ? [t, f] : [f, t];
  const why = [...open.claim.cues]
    .filter((c) => !['not', "n't", 'no'].includes(c))
    .sort((p, q) => Number(/decision/.test(q)) - Number(/decision/.test(p)))
    .slice(0, 2)
    .join(', ');
  const act =
    `${pastTense(verbOf(done.claim.predicate))} ${shorten(done.claim.object?.text ?? '', 50)}`.trim();
  const change = `Possibly a change over time (this source: ${dated(f)}; ‘${t.label}’: ${dated(t)}).`;
  return fIsOpen
    ? `Undecided or under consideration here (${why}), but ‘${t.label}’ reports it as done (${act}). ${change}`
    : `Reported as done here (${act}), but ‘${t.label}’ says it is undecided or under consideration (${why}). ${change}`;
}

interface QuantityMention {
  m: MentionCandidate;
  uri: string;
  sentence: number;
}

/** Figures and dates derived from a sentence's mention list (an object the context keeps per sentence). */
const quantitiesMemo = new WeakMap<MentionCandidate[], QuantityMention[]>();
const datesMemo = new WeakMap<MentionCandidate[], DateInterval[]>();

function quantitiesIn(ctx: DetectContext, uri: string, sentence: number): QuantityMention[] {
  const mentions = ctx.mentionsOf(uri, sentence);
  let found = quantitiesMemo.get(mentions);
  if (!found) {
    found = mentions
      .filter((m) => m.kind === 'quantity' && typeof m.value === 'number')
      .map((m) => ({ m, uri, sentence }));
    quantitiesMemo.set(mentions, found);
  }
  return found;
}

/** "over 34,900" does not contradict "35,000"; "about 35,000" tolerates 10%; round figures 5%. */
export function numbersConflict(a: MentionCandidate, b: MentionCandidate): boolean {
  const x = a.value as number;
  const y = b.value as number;
  if (x === y) return false;
  const lowerBound = (q: MentionCandidate) =>
    ['over', 'more than', 'at least', 'as many as'].includes(q.qualifier ?? '');
  const upperBound = (q: MentionCandidate) =>
    ['under', 'less than', 'fewer than', 'at most', 'up to'].includes(q.qualifier ?? '');
  if (lowerBound(a) && y >= x) return false;
  if (lowerBound(b) && x >= y) return false;
  if (upperBound(a) && y <= x) return false;
  if (upperBound(b) && x <= y) return false;
  const approximate = (q: MentionCandidate) =>
    ['about', 'nearly', 'almost', 'around', 'approximately', 'roughly', 'some', 'estimated'].includes(
      q.qualifier ?? '',
    );
  const relative = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
  if ((approximate(a) || approximate(b)) && relative <= 0.1) return false;
  const round = (v: number) => v >= 100 && v % 10 ** Math.floor(Math.log10(v) - 1) === 0;
  if ((round(x) || round(y)) && relative <= 0.05) return false;
  return relative > 0.01;
}

/** Counted "things" that are units: "2GB" and "6GB" are two models, not two counts of one thing. */
const UNIT_LIKE = /^(gb|mb|tb|kb|ghz|mhz|hz|kg|g|mm|cm|km|m|mph|kph|bn|mn|k|gw|mw|kw|inch|in)$/;

/** A figure worth comparing: written in digits, or a number word of ten or more. */
const isFigure = (q: MentionCandidate): boolean => /\d/.test(q.surface) || (q.value as number) >= 10;

function numberConflicts(ctx: DetectContext, pair: SentencePair): Finding[] {
  const { index } = ctx;
  const out: Finding[] = [];
  const quantitiesA = quantitiesIn(ctx, pair.a.uri, pair.a.sentence);
  const quantitiesB = quantitiesIn(ctx, pair.b.uri, pair.b.sentence);
  if (quantitiesA.length === 0 || quantitiesB.length === 0) return out;
  // The same figure of the same thing: the two reports must be about one subject.
  const ca = index.document(pair.a.uri)?.analysis.claims[pair.a.sentence];
  const cb = index.document(pair.b.uri)?.analysis.claims[pair.b.sentence];
  const actorA = ca && ctx.actor(pair.a.uri, ca.subject);
  const actorB = cb && ctx.actor(pair.b.uri, cb.subject);
  if (actorA && actorB && !compatibleActors(actorA, actorB)) return out;
  // Articles published days apart report figures that moved (tolls rise): a change, not a conflict.
  const pa = index.document(pair.a.uri)?.analysis.metadata.published;
  const pb = index.document(pair.b.uri)?.analysis.metadata.published;
  if (pa && pb && Math.abs(Date.parse(pa) - Date.parse(pb)) > 2 * 86_400_000) return out;
  for (const qa of quantitiesA) {
    for (const qb of quantitiesB) {
      const a = qa.m;
      const b = qb.m;
      if (!a.counts || a.counts !== b.counts || (a.unit ?? '') !== (b.unit ?? '') || !numbersConflict(a, b))
        continue;
      if (!isFigure(a) || !isFigure(b) || UNIT_LIKE.test(a.counts)) continue; // "at one point", "2GB" vs "6GB" models
      const key = findingKey('number', `${a.counts}|${a.value}`, `${b.counts}|${b.value}`);
      const show = (q: MentionCandidate) => `${q.qualifier ? `${q.qualifier} ` : ''}${q.surface}`;
      const pa: Passage = { uri: qa.uri, start: a.start, end: a.end, sentence: qa.sentence };
      const pb: Passage = { uri: qb.uri, start: b.start, end: b.end, sentence: qb.sentence };
      const figures = (q: MentionCandidate, r: MentionCandidate, other: string) =>
        `Different figures for ${a.counts}: this source: ${show(q)}. ‘${index.label(other)}’: ${show(r)}.`;
      out.push(...bothSides('number', key, pa, pb, figures(a, b, qb.uri), figures(b, a, qa.uri), 0.75));
    }
  }
  return out;
}

interface DateInterval {
  m: MentionCandidate;
  from: string;
  to: string;
}

/** Resolved dates of one sentence, as [first day, last day] intervals. */
function datesIn(ctx: DetectContext, uri: string, sentence: number): DateInterval[] {
  const mentions = ctx.mentionsOf(uri, sentence);
  let found = datesMemo.get(mentions);
  if (!found) {
    found = intervalsOf(mentions);
    datesMemo.set(mentions, found);
  }
  return found;
}

function intervalsOf(mentions: MentionCandidate[]): DateInterval[] {
  return mentions
    .filter((m) => m.kind === 'date' && typeof m.value === 'string')
    .flatMap((m) => {
      const [first, last] = (m.value as string).split('/');
      if (!first || /W/.test(first) || /W/.test(last ?? '')) return [];
      const lo = first.padEnd(10, first.length === 4 ? '-01-01' : '-01').slice(0, 10);
      const endRaw = last ?? first;
      const hi = endRaw.length === 10 ? endRaw : endRaw.length === 7 ? `${endRaw}-31` : `${endRaw}-12-31`;
      return [{ m, from: lo, to: hi }];
    });
}

/** False when both passages carry resolved dates and none of them overlap: two events. */
function sameDates(ctx: DetectContext, pair: SentencePair): boolean {
  const a = datesIn(ctx, pair.a.uri, pair.a.sentence);
  const b = datesIn(ctx, pair.b.uri, pair.b.sentence);
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => x.from <= y.to && y.from <= x.to));
}

/** The same event (already found in conflict-free agreement above) placed on disjoint dates. */
function dateConflicts(
  ctx: DetectContext,
  pair: SentencePair,
  already: Finding[],
  similarity: number,
): Finding[] {
  const { index } = ctx;
  if (already.length > 0 || similarity < FIGURE_SIMILARITY) return [];
  const ca = claimsOf(index, pair.a.uri, pair.a.sentence)[0];
  const cb = claimsOf(index, pair.b.uri, pair.b.sentence)[0];
  if (!ca || !cb || family(ca.predicate) !== family(cb.predicate) || !sameObject(ca, cb)) return [];
  const da = datesIn(ctx, pair.a.uri, pair.a.sentence);
  const db = datesIn(ctx, pair.b.uri, pair.b.sentence);
  if (da.length !== 1 || db.length !== 1) return []; // several dates: which is the event's is unclear
  const x = da[0]!;
  const y = db[0]!;
  if (x.from <= y.to && y.from <= x.to) return [];
  // A bare year, or a date after "since"/"until", frames the claim rather than dating the event.
  const eventDate = (uri: string, d: { m: MentionCandidate }) =>
    String(d.m.value).length >= 7 &&
    !/\b(since|until|till|before|after|by|from)\s*$/i.test(
      index.document(uri)!.text.slice(Math.max(0, d.m.start - 12), d.m.start),
    );
  if (!eventDate(pair.a.uri, x) || !eventDate(pair.b.uri, y)) return [];
  const actorA = ctx.actor(pair.a.uri, ca.subject);
  const actorB = ctx.actor(pair.b.uri, cb.subject);
  if (!actorA || !actorB || actorA.key !== actorB.key) return [];
  if (
    [...objectWords(ca.object)].filter((w) => objectWords(cb.object).has(w)).length < 2 &&
    ca.object?.text !== cb.object?.text
  )
    return [];
  const key = findingKey('date', `${ca.predicate}|${x.m.value}`, `${cb.predicate}|${y.m.value}`);
  const pa: Passage = { uri: pair.a.uri, start: ca.start, end: ca.end, sentence: pair.a.sentence };
  const pb: Passage = { uri: pair.b.uri, start: cb.start, end: cb.end, sentence: pair.b.sentence };
  const what = `${pastTense(verbOf(ca.predicate))} ${shorten(ca.object?.text ?? '', 40)}`;
  const when = (p: typeof x, q: typeof y, other: string) =>
    `When? (${what}) This source: ${p.m.surface} (${p.m.value}). ‘${index.label(other)}’: ${q.m.surface} (${q.m.value}).`;
  return bothSides('date', key, pa, pb, when(x, y, pair.b.uri), when(y, x, pair.a.uri), 0.6);
}
