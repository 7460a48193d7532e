import { type Alignment, align } from '../alignment/align';
import type { SentenceView, Unit } from '../alignment/view';
import type { Claim } from '../claims/types';
import { numbersConflict } from '../contradictions/detect';

/**
 * When two sentences say the same thing (`triangulate pairs`' `paraphrase` / `duplicate`), chosen
 * on the development split of npm run eval:paraphrase (MEANTIME airbus, apple and gm pairs judged
 * by hand; dev accuracy is flat, 0.84–0.85, from 0.5 to 0.6 of the shorter and 0.3 to 0.45 of
 * the longer): half of the shorter sentence is stated by the longer one, and some of the longer
 * one by the shorter unless the shorter is a summary (under half its weight: a headline, a short
 * report of a long sentence), which leaves the longer one its details; the shorter's act is
 * stated too (headlines excepted: their verbs are headlinese, "launches" for "unveiled"); no
 * figure of one contradicts a figure of the other; nothing is negated on one side only.
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
  /** Whether the other side states the main verb of each side's claim (true without one). */
  shorterActStated: boolean;
  longerActStated: boolean;
  /** Why not, when not. */
  against: 'negation' | 'figures' | 'coverage' | 'act' | null;
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

/** Share of a side's weight stated by the other side, strictly or loosely. */
function cover(view: SentenceView, linked: (u: Unit) => boolean): number {
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

/** A sentence as the paraphrase decision reads it: its units and, when it has one, its claim. */
export interface ParaphraseSide {
  view: SentenceView;
  claim: Claim | null;
}

/** The unit of a claim's main verb (a verb, not a copula's adjective). */
function actOf(side: ParaphraseSide): Unit | undefined {
  const span = side.claim?.predicateSpan;
  if (!span) return undefined;
  return side.view.units.find((u) => u.tag === 'V' && u.start <= span.start && span.start < u.end);
}

/** Do the two sentences say the same thing? */
export function judgeParaphrase(sideA: ParaphraseSide, sideB: ParaphraseSide): ParaphraseJudgement {
  const [a, b] = [sideA.view, sideB.view];
  const al = align(a, b);
  const loose = looseLinks(al);
  const strictA = new Set(al.links.map((l) => l.a));
  const strictB = new Set(al.links.map((l) => l.b));
  const coverA = cover(a, (u) => strictA.has(u) || loose.a.has(u));
  const coverB = cover(b, (u) => strictB.has(u) || loose.b.has(u));
  const aShorter = a.weight <= b.weight;
  const [shorterCover, longerCover] = aShorter ? [coverA, coverB] : [coverB, coverA];
  const lengthRatio = Math.min(a.weight, b.weight) / Math.max(a.weight, b.weight, 1e-9);
  const stated = (side: ParaphraseSide, linked: Set<Unit>, loosely: Set<Unit>) => {
    const act = actOf(side);
    return !act || linked.has(act) || loosely.has(act);
  };
  const [actA, actB] = [stated(sideA, strictA, loose.a), stated(sideB, strictB, loose.b)];
  const [shorterActStated, longerActStated] = aShorter ? [actA, actB] : [actB, actA];
  const verdict = (against: ParaphraseJudgement['against']): ParaphraseJudgement => ({
    paraphrase: against === null,
    shorterCover,
    longerCover,
    lengthRatio,
    shorterActStated,
    longerActStated,
    against,
  });
  if (al.links.some((l) => l.a.negated !== l.b.negated)) return verdict('negation');
  const aloneA = al.aloneA.filter((u) => !loose.a.has(u));
  const aloneB = al.aloneB.filter((u) => !loose.b.has(u));
  if (otherFigures(aloneA, aloneB)) return verdict('figures');
  const summary = lengthRatio < PARAPHRASE.summaryRatio;
  if (shorterCover < PARAPHRASE.minShorterCover || (!summary && longerCover < PARAPHRASE.minLongerCover))
    return verdict('coverage');
  const headline = !!(aShorter ? sideA : sideB).claim?.headline;
  return verdict(shorterActStated || headline ? null : 'act');
}
