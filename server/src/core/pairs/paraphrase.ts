import { type Alignment, align } from '../alignment/align';
import type { SentenceView, Unit } from '../alignment/view';
import type { Claim } from '../claims/types';
import { numbersConflict } from '../contradictions/detect';

/**
 * When two sentences say the same thing (`triangulate pairs`' `paraphrase` / `duplicate`), chosen
 * on the development split of npm run eval:paraphrase (MEANTIME airbus, apple and gm pairs judged
 * by hand; dev accuracy moves by two pairs at most from 0.5 to 0.6 of the shorter and 0.3 to
 * 0.45 of the longer): half of the shorter sentence is stated by the longer one, and some of the longer
 * one by the shorter unless the shorter is a summary (under half its weight: a headline, a short
 * report of a long sentence), which leaves the longer one its details; the shorter's act is
 * stated too (headlines excepted: their verbs are headlinese, "launches" for "unveiled"); the
 * longer adds no second act ("… and predicted that …"); no figure of one contradicts a figure of
 * the other; they do not name other people or organisations; nothing is negated on one side only.
 */
export const PARAPHRASE = {
  /** Share of the shorter sentence's weight the longer one states. */
  minShorterCover: 0.5,
  /** Share of the longer sentence's weight the shorter one states… */
  minLongerCover: 0.3,
  /** … unless the shorter weighs less than this share of the longer. */
  summaryRatio: 0.5,
};

export interface ParaphraseJudgement {
  paraphrase: boolean;
  /** Share of the shorter sentence the longer one states, 0..1. */
  shorterCover: number;
  /** Share of the longer sentence the shorter one states, 0..1. */
  longerCover: number;
  /** Weight of the shorter sentence over the longer's, 0..1. */
  lengthRatio: number;
  /** Why not, when not. */
  against: 'negation' | 'figures' | 'participants' | 'coverage' | 'second act' | 'act' | null;
}

/** Words of a key without its kind: "organization:united-states-air-force" → united, states, air, force. */
const keyWords = (u: Unit): string[] =>
  u.key
    .replace(/^[a-z]+:/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * "13" and "13 billion": one figure whose scale word was read apart from it. Two figures that both
 * carry their scale ("2.5 million" / "2.5 billion") must be equal.
 */
function sameFigure(x: number, y: number): boolean {
  if (Math.min(Math.abs(x), Math.abs(y)) >= 1000 || x === 0 || y === 0) return x === y;
  const ratio = Math.abs(x / y);
  const scale = Math.round(Math.log10(ratio) / 3) * 3;
  return Math.abs(ratio / 10 ** scale - 1) < 1e-9;
}

/** "GM" for "General Motors": a one-word key made of the other key's initials. */
const initialsOf = (words: readonly string[]): string => words.map((w) => w[0]).join('');

/**
 * Two units the aligner left apart that still name one thing in a paraphrase: one name inside the
 * other ("Apple" / "Apple Computer", "Air Force" / "United States Air Force" — two separately
 * resolved texts do not merge them) or its initials ("GM"), one figure written otherwise ("twenty"
 * / "20", "13" / "13 billion") or a figure that is part of a name ("787 Dreamliners" / "Boeing 787
 * Dreamliner aircraft").
 */
function looselySame(x: Unit, y: Unit): boolean {
  if (x.kind === 'date' || y.kind === 'date') return false;
  const [vx, vy] = [x.mention?.value, y.mention?.value];
  if (x.kind === 'number' && y.kind === 'number')
    return typeof vx === 'number' && typeof vy === 'number' && sameFigure(vx, vy);
  const [wx, wy] = [keyWords(x), keyWords(y)];
  if (x.kind === 'number' || y.kind === 'number') {
    const [figure, name] = x.kind === 'number' ? [vx, wy] : [vy, wx];
    return typeof figure === 'number' && figure >= 10 && name.includes(String(figure));
  }
  const [few, many] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  if (few.length > 0 && few.every((w) => many.includes(w))) return true;
  return few.length === 1 && many.length >= 2 && few[0] === initialsOf(many);
}

/** The units of each side left alone that the other side still states loosely. */
function looseLinks(al: Alignment): { a: Set<Unit>; b: Set<Unit> } {
  const a = new Set<Unit>();
  const b = new Set<Unit>();
  for (const x of al.aloneA)
    for (const y of al.aloneB)
      if (looselySame(x, y)) {
        a.add(x);
        b.add(y);
      }
  return { a, b };
}

type Stated = (u: Unit) => boolean;

/** A side's units the other side states: aligned, or loosely the same. */
const statedBy = (linked: readonly Unit[], loosely: ReadonlySet<Unit>): Stated => {
  const units = new Set(linked);
  return (u) => units.has(u) || loosely.has(u);
};

/** Share of a side's weight stated by the other side, strictly or loosely. */
function cover(view: SentenceView, linked: Stated): number {
  if (view.weight === 0) return 0;
  let w = 0;
  for (const u of view.units) if (linked(u)) w += u.weight;
  return w / view.weight;
}

/** A figure stated only by each side, of one unit, one contradicting the other: other numbers told. */
function otherFigures(aloneA: readonly Unit[], aloneB: readonly Unit[]): boolean {
  const figures = (us: readonly Unit[]) =>
    us.filter((u) => u.kind === 'number' && typeof u.mention?.value === 'number');
  const fb = figures(aloneB);
  return figures(aloneA).some((x) =>
    fb.some(
      (y) =>
        (x.mention!.unit ?? null) === (y.mention!.unit ?? null) && numbersConflict(x.mention!, y.mention!),
    ),
  );
}

/** A person or an organisation: who acts, as against places and things. */
const isPersonOrOrganisation = (u: Unit) =>
  u.kind === 'entity' && (u.key.startsWith('person:') || u.key.startsWith('organization:'));

/**
 * Each side names a person or organisation the other does not ("shares of Ford" / "shares of GM"),
 * leaving aside who says it (its attribution's speaker).
 */
function otherParticipants(r: Reading): boolean {
  const named = (side: ParaphraseSide, stated: Stated) => {
    const speaker = side.claim?.attribution?.speaker;
    return side.view.units.some(
      (u) =>
        isPersonOrOrganisation(u) &&
        !stated(u) &&
        !(speaker && u.start >= speaker.start && u.end <= speaker.end),
    );
  };
  return named(r.shorter, r.statedInShorter) && named(r.longer, r.statedInLonger);
}

/** A sentence as the paraphrase decision reads it: its units, its claim if any, its document's text. */
export interface ParaphraseSide {
  view: SentenceView;
  claim: Claim | null;
  /** The text the view's offsets point into. */
  text: string;
}

/** The unit of a claim's main verb (a verb, not a copula's adjective). */
function actOf(side: ParaphraseSide): Unit | undefined {
  const span = side.claim?.predicateSpan;
  if (!span) return undefined;
  return side.view.units.find((u) => u.tag === 'V' && u.start <= span.start && span.start < u.end);
}

/** Words between "and" and the verb of a second act: auxiliaries, adverbs, "to". */
const BEFORE_VERB = new Set(['A', 'R', 'T']);

/**
 * A second act joined by "and" whose verb the other side does not state ("… since 2004 and took
 * six months off", "… and predicted that …"): a claim of its own, not a detail. Only a finite
 * verb — after an auxiliary, or inflected and not a gerund — is one ("to modernise its fleet and
 * improve its network", "as a means of modernising … and improving …" are one act's purpose).
 */
function secondAct(side: ParaphraseSide, stated: Stated): boolean {
  const { words, units } = side.view;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lemma !== 'and') continue;
    let k = i + 1;
    while (k < words.length && BEFORE_VERB.has(words[k]!.tag)) k++;
    const verb = words[k];
    if (verb?.tag !== 'V') continue;
    const surface = side.text.slice(verb.start, verb.end).toLowerCase();
    const finite = k > i + 1 || (surface !== verb.lemma && !surface.endsWith('ing'));
    const unit = units.find((u) => u.first <= k && k <= u.last);
    if (finite && unit && !stated(unit)) return true;
  }
  return false;
}

interface Reading {
  al: Alignment;
  loose: { a: Set<Unit>; b: Set<Unit> };
  shorter: ParaphraseSide;
  longer: ParaphraseSide;
  statedInShorter: Stated;
  statedInLonger: Stated;
  shorterCover: number;
  longerCover: number;
  lengthRatio: number;
}

/** Why the two sentences do not say the same thing, in the order checked; null when they do. */
function objection(r: Reading): ParaphraseJudgement['against'] {
  if (r.al.links.some((l) => l.a.negated !== l.b.negated)) return 'negation';
  const aloneA = r.al.aloneA.filter((u) => !r.loose.a.has(u));
  const aloneB = r.al.aloneB.filter((u) => !r.loose.b.has(u));
  if (otherFigures(aloneA, aloneB)) return 'figures';
  if (otherParticipants(r)) return 'participants';
  const summary = r.lengthRatio < PARAPHRASE.summaryRatio;
  if (r.shorterCover < PARAPHRASE.minShorterCover || (!summary && r.longerCover < PARAPHRASE.minLongerCover))
    return 'coverage';
  // The longer side may add details, not a claim of its own.
  if (secondAct(r.longer, r.statedInLonger)) return 'second act';
  const act = actOf(r.shorter);
  return !act || r.statedInShorter(act) || r.shorter.claim?.headline ? null : 'act';
}

/** Do the two sentences say the same thing? */
export function judgeParaphrase(sideA: ParaphraseSide, sideB: ParaphraseSide): ParaphraseJudgement {
  const al = align(sideA.view, sideB.view);
  const loose = looseLinks(al);
  const statedA = statedBy(
    al.links.map((l) => l.a),
    loose.a,
  );
  const statedB = statedBy(
    al.links.map((l) => l.b),
    loose.b,
  );
  const aShorter = sideA.view.weight <= sideB.view.weight;
  const [shorter, longer] = aShorter ? [sideA, sideB] : [sideB, sideA];
  const [statedInShorter, statedInLonger] = aShorter ? [statedA, statedB] : [statedB, statedA];
  const reading: Reading = {
    al,
    loose,
    shorter,
    longer,
    statedInShorter,
    statedInLonger,
    shorterCover: cover(shorter.view, statedInShorter),
    longerCover: cover(longer.view, statedInLonger),
    lengthRatio: shorter.view.weight / Math.max(longer.view.weight, 1e-9),
  };
  const against = objection(reading);
  const { shorterCover, longerCover, lengthRatio } = reading;
  return { paraphrase: against === null, shorterCover, longerCover, lengthRatio, against };
}
