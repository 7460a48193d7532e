import { type Alignment, coverage } from '../../alignment/align';
import type { SentenceView, Unit } from '../../alignment/view';
import { ASPECT_VERBS, POST_MODIFIER_PREPOSITIONS } from '../../alignment/words';
import type { Claim } from '../../claims/types';
import type { SentenceWord } from '../../claims/words';
import type { DetectContext } from '../context';
import type { ContradictionKind } from '../types';
import type { Route } from './route';

const POST_MODIFIERS = new Set(POST_MODIFIER_PREPOSITIONS);

/** One side of a compared pair: its sentence, its main claim and how an analyst names its source. */
export interface PairSide {
  uri: string;
  sentence: number;
  view: SentenceView;
  claim: Claim | null;
  /** Outlet and date, or title, or file name. */
  source: string;
  published: string | null;
  /** The document's text (source offsets). */
  text: string;
  /** Facts of this side that detectors compute once and then ask for every pair it is in. */
  memo: SideMemo;
}

/** Per side, computed on first use: `undefined` until then. */
export interface SideMemo {
  route?: Route | null;
  movingFigure?: boolean;
  publishedAt?: number;
  reportDenied?: boolean | null;
}

/** A side's sentence as written. */
export const sentenceOf = (side: PairSide): string => side.text.slice(side.view.start, side.view.end);

export interface DetectorInput {
  ctx: DetectContext;
  alignment: Alignment;
  a: PairSide;
  b: PairSide;
  /** The aligned claim cores, found once per pair for every detector that asks (`alignedCores`). */
  cores?: AlignedCore[];
}

/** What a detector found: the conflicting units of each side and how to say it from either side. */
export interface Conflict {
  kind: ContradictionKind;
  confidence: number;
  unitsA: Unit[];
  unitsB: Unit[];
  /** The message shown in `here`'s document, naming `there`'s source. */
  message: (here: PairSide, there: PairSide) => string;
}

/** One kind of contradiction, judged over the alignment of two sentences. */
export interface Detector {
  kind: ContradictionKind;
  detect(input: DetectorInput): Conflict | null;
}

/** The same event told twice: most of the shorter sentence aligned, some of the longer one. */
export function sameReport(al: Alignment, shorter: number, longer: number): boolean {
  const c = coverage(al);
  return c.shorter >= shorter && c.longer >= longer;
}

/**
 * Coverage once the units in conflict are set aside (they are the difference, not the topic). A side
 * of coordinated clauses ("… may take place as early as September, and the first commercial flight
 * …") is also measured on the clause that holds its conflict, and the higher share counts.
 */
export function coverageWithout(al: Alignment, a: Unit[], b: Unit[]): { shorter: number; longer: number } {
  const linked = (side: 'a' | 'b', within?: [number, number]) =>
    al.links.reduce((s, l) => (!within || inRange(l[side], within) ? s + l[side].weight : s), 0);
  const weightOf = (units: Unit[], within?: [number, number]) =>
    units.reduce((s, u) => (!within || inRange(u, within) ? s + u.weight : s), 0);
  const sideShare = (side: 'a' | 'b', view: SentenceView, out: Unit[]) => {
    const whole = share(linked(side), view.weight - weightOf(out));
    const clause = out.length > 0 ? clauseOf(view, out[0]!) : null;
    if (!clause) return whole;
    const part = share(linked(side, clause), weightOf(view.units, clause) - weightOf(out, clause));
    return Math.max(whole, part);
  };
  const ca = sideShare('a', al.a, a);
  const cb = sideShare('b', al.b, b);
  return al.a.weight <= al.b.weight ? { shorter: ca, longer: cb } : { shorter: cb, longer: ca };
}

// Rounded: weights are decimals, and 1.2 / (3.9 - 1.5) must be one half, not just under it.
const share = (x: number, y: number) => Math.round((x / Math.max(1e-9, y)) * 1e6) / 1e6;

const inRange = (u: Unit, [first, last]: [number, number]) => u.first >= first && u.last <= last;

/** Conjunctions that open a coordinated clause after a comma: ", and the first commercial flight …". */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);

/** Clause starts per sentence view: a sentence is compared with many candidates. */
const clauseStartsOf = new WeakMap<SentenceView, number[]>();

function clauseStarts(view: SentenceView): number[] {
  let starts = clauseStartsOf.get(view);
  if (!starts) {
    starts = findClauseStarts(view);
    clauseStartsOf.set(view, starts);
  }
  return starts;
}

/**
 * ", which are guidance kits …" to the end of the sentence: a relative clause that tells more about
 * what the main clause names, a claim of its own. One followed by another comma may close before
 * the main clause goes on, so it stays part of it.
 */
const RELATIVE_PRONOUNS = new Set(['which', 'who']);

const trailingRelative = (words: SentenceWord[], k: number): boolean =>
  words[k]!.lemma === ',' &&
  RELATIVE_PRONOUNS.has(words[k + 1]!.lemma) &&
  !words.slice(k + 2).some((w) => w.lemma === ',' || w.lemma === ';');

/**
 * Word indexes where a new clause starts: after ";", at ", and" or at a trailing ", which",
 * followed by a verb of its own.
 */
function findClauseStarts(view: SentenceView): number[] {
  const words = view.words;
  const starts: number[] = [];
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]!;
    const coordinated =
      w.lemma === ',' && (CLAUSE_CONJUNCTIONS.has(words[k + 1]!.lemma) || trailingRelative(words, k));
    if (w.lemma !== ';' && !coordinated) continue;
    const from = k + (coordinated ? 2 : 1);
    if (words.slice(from, from + 8).some((x) => x.tag === 'V')) starts.push(from);
  }
  return starts;
}

/** The word range of the clause holding a unit, or null for a sentence of one clause. */
function clauseOf(view: SentenceView, u: Unit): [number, number] | null {
  const starts = clauseStarts(view);
  if (starts.length === 0) return null;
  let first = 0;
  let last = view.words.length - 1;
  for (const start of starts) {
    if (start <= u.first) first = start;
    else {
      last = start - 1;
      break;
    }
  }
  return [first, last];
}

/** The words of a unit as the source wrote them. */
export const quote = (side: PairSide, u: Unit): string =>
  side.text.slice(u.start, u.end).replace(/\s+/g, ' ');

/** A verb with its auxiliaries and negation, as written: "has not been prosecuted". */
export function verbGroup(side: PairSide, u: Unit): string {
  const words = side.view.words;
  let first = u.first;
  while (first > 0 && ['A', 'R', 'T'].includes(words[first - 1]!.tag) && u.first - first < 4) first--;
  // "failed to win", "is considering cutting": the governing verb belongs to the group.
  if (
    first > 0 &&
    words[first - 1]!.tag === 'V' &&
    (words[first]!.lemma === 'to' || words[u.first]!.tag === 'V')
  )
    first--;
  while (first > 0 && ['A', 'R'].includes(words[first - 1]!.tag) && u.first - first < 6) first--;
  return side.text.slice(words[first]!.start, u.end).replace(/\s+/g, ' ');
}

/**
 * What a side says of a unit, as written: the verb group of a verb; for what a copula or "have"
 * says ("was not down 2.62%", "does not have a June 1 deadline"), from its auxiliaries to the unit.
 */
export function predicateGroup(side: PairSide, u: Unit): string {
  if (u.tag === 'V') return verbGroup(side, u);
  const words = side.view.words;
  let first = u.first;
  for (let k = u.first - 1; k >= Math.max(0, u.first - 6); k--) {
    if (words[k]!.lemma !== 'be' && words[k]!.lemma !== 'have') continue;
    first = k;
    break;
  }
  // "does not have a June 1 deadline": the auxiliaries and the negation belong to the group.
  while (first > 0 && first < u.first && ['A', 'R', 'T'].includes(words[first - 1]!.tag)) first--;
  const end = Math.max(u.end, u.mention?.end ?? 0);
  return side.text.slice(words[first]!.start, end).replace(/\s+/g, ' ');
}

/** A figure with its qualifier and what it counts, as recognised ("approximately 11,010 jobs"). */
export const figure = (side: PairSide, u: Unit): string => {
  const q = u.mention?.qualifier;
  const text = u.mention?.surface.replace(/\s+/g, ' ') ?? quote(side, u);
  return q && !text.toLowerCase().startsWith(q) ? `${q} ${text}` : text;
};

const ASPECT = new Set(ASPECT_VERBS);

/** The unit holding a claim's verb; for "continued to fall", the verb of aspect's complement. */
export function predicateUnit(side: PairSide, claim: Claim): Unit | undefined {
  const span = claim.predicateSpan;
  if (!span) return undefined;
  const units = side.view.units;
  const verb = units.find((u) => u.start <= span.start && span.start < u.end);
  if (!verb || !ASPECT.has(verb.key) || side.view.words[verb.last + 1]?.lemma !== 'to') return verb;
  return units.find((u) => u.first === verb.last + 2 && u.tag === 'V') ?? verb;
}

export const inside = (u: Unit, span: { start: number; end: number } | null): boolean =>
  !!span && u.start >= span.start && u.end <= span.end;

/** The claims of a side worth comparing: the main one and those stated inside it. */
export const claimsOf = (side: PairSide): Claim[] =>
  side.claim ? [side.claim, ...(side.claim.embedded ?? [])].filter((c) => c.predicateSpan) : [];

/**
 * Claim pairs whose cores align: the verbs are linked and the objects share a linked unit ("has
 * withheld a batch of heavy bombs" / "withholding certain deliveries"), however much else differs.
 */
export function alignedCores(input: DetectorInput): AlignedCore[] {
  input.cores ??= findAlignedCores(input);
  return input.cores;
}

export interface AlignedCore {
  a: Claim;
  b: Claim;
  verbA: Unit;
  verbB: Unit;
}

function findAlignedCores(input: DetectorInput): AlignedCore[] {
  const { alignment: al, a, b } = input;
  const out: AlignedCore[] = [];
  for (const ca of claimsOf(a)) {
    const verbA = predicateUnit(a, ca);
    if (!verbA) continue;
    for (const cb of claimsOf(b)) {
      const verbB = predicateUnit(b, cb);
      if (!verbB || !al.links.some((l) => l.a === verbA && l.b === verbB)) continue;
      const linkedIn = (x: typeof ca.object, y: typeof cb.object) =>
        al.links.some((l) => inside(l.a, x) && inside(l.b, y));
      if (linkedIn(ca.object, cb.object) || linkedIn(ca.subject, cb.subject))
        out.push({ a: ca, b: cb, verbA, verbB });
    }
  }
  return out;
}

/** Source range of a claim's object, as written. */
export const objectText = (claim: Claim): string => claim.object?.text.replace(/\s+/g, ' ') ?? '';

/** The unit of a side's main claim verb, if the sentence has one. */
export function mainPredicate(side: PairSide): Unit | undefined {
  return side.claim ? predicateUnit(side, side.claim) : undefined;
}

/** The two sentences share participants: a linked entity and another linked content word. */
export function anchored(al: Alignment): boolean {
  const entities = al.links.filter((l) => l.a.kind === 'entity' || l.a.tag === 'P').length;
  const content = al.links.filter((l) => l.a.weight >= 1.2).length;
  return entities >= 1 && content >= 2;
}

/** The spans of a claim's participants in every role: subject, object, recipient, a passive's "by" agent. */
const participants = (claim: Claim | null) => {
  if (!claim) return [];
  const spans = [claim.subject, claim.object, claim.recipient, ...claim.arguments.map((x) => x.span)];
  return spans.filter((s): s is NonNullable<typeof s> => !!s);
};

/**
 * Two claims about the same participants, whatever their verbs: at least two linked units inside
 * the subject, object or recipient of each ("Jobs … iPhone 4" / "iPhone 4 … by Jobs").
 */
export function participantsLinked(input: DetectorInput): boolean {
  const { alignment: al, a, b } = input;
  const pa = participants(a.claim);
  const pb = participants(b.claim);
  const within = (u: Unit, spans: typeof pa) => spans.some((s) => inside(u, s));
  return al.links.filter((l) => within(l.a, pa) && within(l.b, pb)).length >= 2;
}

/**
 * The same report whatever the verbs: most of both sentences aligned with several content words,
 * or a fair part with the same named participants in the claims' own arguments.
 */
export function sameReportAnyVerb(input: DetectorInput): boolean {
  const al = input.alignment;
  const content = al.links.filter((l) => l.a.weight >= 1.2).length;
  if (!sameParticipants(al, input.a, input.b)) return false;
  if (sameReport(al, 0.6, 0.3) && content >= 3) return true;
  return sameReport(al, 0.4, 0.25) && anchored(al) && participantsLinked(input);
}

/**
 * Every named participant of the shorter sentence is in the longer one: "GM has 6,246 dealers" and
 * "Saturn has 350 dealers" count different dealers. Given the sides, their speakers are set aside.
 */
export function sameParticipants(al: Alignment, a?: PairSide, b?: PairSide, at?: [Unit, Unit]): boolean {
  const shorter = al.a.weight <= al.b.weight ? al.a : al.b;
  const alone = shorter === al.a ? al.aloneA : al.aloneB;
  // The speaker ("Louis Gallois, the Airbus chief executive, said") tells who says it, not about what.
  const speaker = (shorter === al.a ? a : b)?.claim?.attribution?.speaker ?? null;
  // Given the units in conflict, the participants are those of their clause.
  const unit = at && (shorter === al.a ? at[0] : at[1]);
  const clause = unit ? clauseOf(shorter, unit) : null;
  return !alone.some((u) => u.kind === 'entity' && !inside(u, speaker) && (!clause || inRange(u, clause)));
}

/** The content units beside a unit (the nearest before and after it). */
export function besides(view: SentenceView, u: Unit): Unit[] {
  const i = view.units.indexOf(u);
  return [view.units[i - 1], view.units[i + 1]].filter((n): n is Unit => !!n && n.weight > 0);
}

const NP_TAGS = new Set(['N', 'P', 'J', 'U', 'D', 'T']);

/** The units of the noun phrase that ends at word `last` (walking back) or starts at `first`. */
function phrase(view: SentenceView, from: number, step: 1 | -1): Unit[] {
  const words = view.words;
  const indexes: number[] = [];
  for (let k = from; k >= 0 && k < words.length; k += step) {
    const w = words[k]!;
    if (!NP_TAGS.has(w.tag) && !(w.tag === 'X' && /^['’]s?$/.test(w.lemma))) break;
    indexes.push(k);
  }
  const covered = new Set(indexes);
  return view.units.filter((u) => u.weight > 0 && covered.has(u.first) && u.tag !== 'U');
}

/** "was chased by the dog": the verb is passive, its agent after "by". */
export function isPassive(view: SentenceView, verb: Unit): number {
  const after = view.words.slice(verb.last + 1, verb.last + (passiveVoice(view, verb) ? 9 : 4));
  for (let i = 0; i < after.length; i++) {
    const w = after[i]!;
    if (w.lemma === 'by' && w.tag === 'I') return i;
    if (w.lemma === ',' || w.lemma === ';' || w.tag === 'V' || w.tag === 'C') break;
  }
  return -1;
}

/** "Was sentenced", "has been breached": a form of "be" in the verb's auxiliaries, before a participle. */
function passiveVoice(view: SentenceView, verb: Unit): boolean {
  return view.words
    .slice(beforeAuxiliaries(view, verb) + 1, verb.first)
    .some((w) => w.lemma === 'be' || w.lemma === 'get');
}

/** The word before a verb's auxiliaries, adverbs and particles ("X has not yet signed": X), or -1. */
export function beforeAuxiliaries(view: SentenceView, verb: Unit): number {
  let k = verb.first - 1;
  while (k >= 0 && ['A', 'R', 'T'].includes(view.words[k]!.tag)) k--;
  return k;
}

/** The noun phrase right before a verb and its auxiliaries. */
const phraseBefore = (view: SentenceView, verb: Unit): Unit[] =>
  phrase(view, beforeAuxiliaries(view, verb), -1);

/**
 * The noun a phrase modifies through a preposition: "the first test flight" of "the first test
 * flight of the aircraft", "the package" of "the package under review"; empty when the phrase
 * follows none.
 */
export function ownerPhrase(view: SentenceView, np: readonly Unit[]): Unit[] {
  if (np.length === 0) return [];
  let k = np[0]!.first - 1;
  while (k >= 0 && view.words[k]!.tag === 'D') k--;
  if (!POST_MODIFIERS.has(view.words[k]?.lemma ?? '') || view.words[k - 1]?.tag !== 'N') return [];
  return phrase(view, k - 1, -1);
}

/** Who does the act of a verb: the noun phrase before it, or after "by" when it is passive. */
export function agentOf(view: SentenceView, verb: Unit): Unit[] {
  const by = isPassive(view, verb);
  return by >= 0 ? phrase(view, verb.last + 2 + by, 1) : phraseBefore(view, verb);
}

/** What the act of a verb is done to: the noun phrase after it, or before it when it is passive. */
export function patientOf(view: SentenceView, verb: Unit): Unit[] {
  if (isPassive(view, verb) >= 0) return phraseBefore(view, verb);
  let k = verb.last + 1;
  while (k < view.words.length && ['R', 'T'].includes(view.words[k]!.tag)) k++;
  return phrase(view, k, 1);
}

/** Who receives or is the source: the noun phrase after "to" or "from" following the patient. */
export function recipientOf(view: SentenceView, verb: Unit): Unit[] {
  for (let k = verb.last + 1; k < Math.min(view.words.length, verb.last + 8); k++) {
    const w = view.words[k]!;
    if (w.tag === 'V' || w.lemma === ',') break;
    if (w.tag === 'I' && (w.lemma === 'to' || w.lemma === 'from')) return phrase(view, k + 1, 1);
  }
  return [];
}

/** A named participant: an entity, or a proper noun the recogniser left untyped ("Papermaster"). */
export const isParticipant = (u: Unit | undefined): boolean =>
  !!u && (u.kind === 'entity' || (u.kind === 'word' && u.tag === 'P'));

/** The head of a noun phrase: its last noun. */
export const headOf = (np: Unit[]): Unit | undefined =>
  np.filter((u) => u.tag === 'N' || u.tag === 'P' || u.kind === 'entity').at(-1);

/**
 * Two noun phrases name different kinds of thing: common-noun heads that are not linked ("a man" /
 * "a woman"), or one head with modifiers that differ on both sides ("home team" / "visiting team").
 * Names and pronouns are left alone: "the company" may well be Apple.
 */
export function differentThings(al: Alignment, x: Unit[], y: Unit[]): boolean {
  const hx = headOf(x);
  const hy = headOf(y);
  if (!hx || !hy) return false;
  const linked = (u: Unit, v: Unit) => al.links.some((l) => l.a === u && l.b === v);
  if (!linked(hx, hy)) return hx.kind === 'word' && hx.tag === 'N' && hy.kind === 'word' && hy.tag === 'N';
  const loneX = x.filter((u) => u !== hx && !al.links.some((l) => l.a === u));
  const loneY = y.filter((u) => u !== hy && !al.links.some((l) => l.b === u));
  return loneX.some((u) => u.tag === 'J') && loneY.some((u) => u.tag === 'J');
}

/**
 * Whether the two sides could tell participants in another order: the linked units do not follow
 * the same order on both sides, or a verb is passive on one side only.
 */
export function reordered(al: Alignment): boolean {
  const links = [...al.links].sort((x, y) => x.a.first - y.a.first);
  for (let i = 1; i < links.length; i++) if (links[i]!.b.first < links[i - 1]!.b.first) return true;
  return al.links.some((l) => l.a.tag === 'V' && isPassive(al.a, l.a) >= 0 !== isPassive(al.b, l.b) >= 0);
}

/** Unit `x` of side a and `y` of side b are linked, or name the same thing (a name said twice is linked once). */
export function sameThing(al: Alignment, x: Unit, y: Unit): boolean {
  if (x.kind === y.kind && x.key === y.key) return true;
  return al.links.some((l) => l.a === x && l.b === y);
}

/** A negator with its auxiliary right before a report verb: "did not say", "has never said". */
export const DENYING_AUX =
  /\b(?:(?:did|does|do|has|have|had)\s+(?:not|never)|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|hadn['’]t|never)\s+$/i;

/** "Did not say how many", "did not say whether": a question left open, not a report denied. */
const LEFT_OPEN = /^\s*(?:how|when|whether|if|what|which|who|whom|why|where)\b/i;

/** Whether the sentence's report is denied ("officials did not say …"); null without a report. */
export function reportDenied(side: PairSide): boolean | null {
  if (side.memo.reportDenied === undefined) side.memo.reportDenied = findReportDenied(side);
  return side.memo.reportDenied;
}

function findReportDenied(side: PairSide): boolean | null {
  const cue = side.claim?.attribution?.cue;
  if (!cue) return null;
  if (!DENYING_AUX.test(side.text.slice(Math.max(0, cue.start - 24), cue.start))) return false;
  return LEFT_OPEN.test(side.text.slice(cue.end, cue.end + 12)) ? null : true;
}

/**
 * The verb that governs a unit's act: "refused [to] lease", "denied [that] creating"; undefined
 * when the act is the clause's own verb.
 */
export function governingVerb(view: SentenceView, u: Unit): string | undefined {
  let k = u.first - 1;
  while (k >= 0 && (['S', 'O', 'A', 'R', 'T'].includes(view.words[k]!.tag) || view.words[k]!.lemma === 'to'))
    k--;
  const w = view.words[k];
  return k < u.first - 1 && w?.tag === 'V' ? w.lemma : undefined;
}
