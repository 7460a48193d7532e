import type { Alignment } from '../../alignment/align';
import type { Unit } from '../../alignment/view';
import { FIGURE_QUALIFIERS } from '../../entities/lexicon';
import { isNationality } from '../../entities/names';
import { TIME_UNITS } from '../../entities/quantities';
import type { MentionCandidate } from '../../entities/types';
import {
  coverageWithout,
  type Detector,
  type DetectorInput,
  figure,
  type PairSide,
  quote,
  sameParticipants,
  sameThing,
} from './detector';
import { figureMoved, toldAtDifferentMoments } from './moments';

const LOWER_BOUNDS = new Set<string>(FIGURE_QUALIFIERS.lowerBound);
const UPPER_BOUNDS = new Set<string>(FIGURE_QUALIFIERS.upperBound);
const APPROXIMATE = new Set<string>(FIGURE_QUALIFIERS.approximate);

const relativeDifference = (a: MentionCandidate, b: MentionCandidate): number => {
  const x = Math.abs(a.value as number);
  const y = Math.abs(b.value as number);
  return Math.abs(x - y) / Math.max(x, y, 1e-9);
};

/** One figure is a bound ("over 34,900", "up to 150") the other figure keeps within. */
function boundAllows(qx: string, x: number, qy: string, y: number): boolean {
  if (LOWER_BOUNDS.has(qx) && y >= x) return true;
  if (LOWER_BOUNDS.has(qy) && x >= y) return true;
  if (UPPER_BOUNDS.has(qx) && y <= x) return true;
  return UPPER_BOUNDS.has(qy) && x <= y;
}

/** "over 34,900" does not contradict "35,000"; "about 35,000" tolerates 10%; round figures 5%. */
export function numbersConflict(a: MentionCandidate, b: MentionCandidate): boolean {
  // "Fell by -3.16%" and "fell by 3.16%": the sign repeats the verb's direction.
  const x = Math.abs(a.value as number);
  const y = Math.abs(b.value as number);
  if (x === y) return false;
  const q = (m: MentionCandidate) => m.qualifier ?? '';
  // "over 250" / "over 519", "up to 150" / "up to 373": the same bound told with two figures.
  const sameBound = q(a) !== '' && q(a) === q(b);
  if (!sameBound && boundAllows(q(a), x, q(b), y)) return false;
  const relative = relativeDifference(a, b);
  if ((APPROXIMATE.has(q(a)) || APPROXIMATE.has(q(b))) && relative <= 0.1) return false;
  const round = (v: number) => v >= 100 && v % 10 ** Math.floor(Math.log10(v) - 1) === 0;
  if ((round(x) || round(y)) && relative <= 0.05) return false;
  return relative > 0.01;
}

/** Counted "things" that are units: "2GB" and "6GB" are two models, not two counts of one thing. */
const UNIT_LIKE = /^(gb|mb|tb|kb|ghz|mhz|hz|kg|g|mm|cm|km|m|mph|kph|bn|mn|k|gw|mw|kw|inch|in)$/;

/** A figure worth comparing: written in digits, or a number word of ten or more. */
const isFigure = (u: Unit): boolean =>
  !!u.mention && (/\d/.test(u.mention.surface) || (u.mention.value as number) >= 10);

/**
 * Any figure with a value, small counts in words included ("three years", "five aircraft"); those
 * that are not `isFigure` are compared only in sentences that tell all else alike, since "two" and
 * "one" also stand in phrases that count nothing ("one of the").
 */
const isCount = (u: Unit): boolean =>
  u.kind === 'number' && !!u.mention && typeof u.mention.value === 'number';

/** A stretch of time counted: "nine days", "five years". */
const isSpan = (u: Unit): boolean =>
  u.kind === 'number' && TIME_UNITS.has(u.mention?.unit ?? u.mention?.counts ?? '');

/** The content unit right after (or before) a unit: what a figure counts, or what it belongs to. */
const neighbour = (units: Unit[], u: Unit, step: 1 | -1): Unit | undefined => {
  const i = units.indexOf(u) + step;
  const n = units[i];
  return n && n.kind !== 'number' && Math.abs(n.first - (step > 0 ? u.last : u.first)) <= 3 ? n : undefined;
};

/**
 * The words just before the two figures name different things, each said on one side only: "a
 * profit of $2.1 billion" / "revenue of $12.4 billion" are two figures, not one told twice.
 */
function differentHeads(al: Alignment, x: Unit, y: Unit): boolean {
  const hx = neighbour(al.a.units, x, -1);
  const hy = neighbour(al.b.units, y, -1);
  if (!hx || !hy || hx.kind !== 'word' || hy.kind !== 'word' || hx.key === hy.key) return false;
  if (hx.tag !== 'N' || hy.tag !== 'N') return false;
  return al.aloneA.includes(hx) && al.aloneB.includes(hy);
}

/** The two figures count the same thing: the same counted noun, or aligned words beside both. */
function sameCounted(al: Alignment, x: Unit, y: Unit): boolean {
  const cx = x.mention?.counts;
  if (cx && cx === y.mention?.counts) return !UNIT_LIKE.test(cx);
  for (const step of [1, -1] as const) {
    const nx = neighbour(al.a.units, x, step);
    const ny = neighbour(al.b.units, y, step);
    if (nx && ny && al.links.some((l) => l.a === nx && l.b === ny)) return true;
  }
  return false;
}

const OWNER_TYPES = new Set(['person', 'organization']);

/** A person or organisation, or a proper noun the recogniser left untyped (not a nationality). */
function mayOwn(input: DetectorInput, side: PairSide, u: Unit): boolean {
  if (u.kind === 'entity') return OWNER_TYPES.has(input.ctx.index.entity(u.key)?.type ?? '');
  return u.kind === 'word' && u.tag === 'P' && !isNationality(quote(side, u));
}

/** The person or organisation named last before a figure: whose count it is ("Chrysler … 789 dealerships"). */
function ownerOf(input: DetectorInput, side: PairSide, figureUnit: Unit): Unit | undefined {
  const units = side.view.units;
  for (let i = units.indexOf(figureUnit) - 1; i >= 0; i--)
    if (mayOwn(input, side, units[i]!)) return units[i];
  return undefined;
}

/**
 * "GM plans to close 1,100 dealerships" / "… after Chrysler released a list of 789 dealerships":
 * figures of two named owners are two counts, however alike the sentences.
 */
function otherOwners(input: DetectorInput, x: Unit, y: Unit): boolean {
  const al = input.alignment;
  const ox = ownerOf(input, input.a, x);
  const oy = ownerOf(input, input.b, y);
  return !!ox && !!oy && !sameThing(al, ox, oy);
}

/** Coverage of two sentences that tell everything but one figure alike. */
const ALIKE = 0.8;

/**
 * Figures of different moments: "currently", or times of day that are not the same in both. A level
 * moves by a few percent in hours, not by a third: figures further apart conflict at any moment.
 */
function differentMoments(a: PairSide, b: PairSide, x: MentionCandidate, y: MentionCandidate): boolean {
  if (x.unit !== '%' && relativeDifference(x, y) > 0.3) return false;
  return toldAtDifferentMoments(a, b);
}

/**
 * The same counted thing with different figures: "$40 billion contract" / "$60 billion contract".
 * A plan or a sum does not move between reports; a toll or a market level does (`figureMoved`).
 */
export const number: Detector = {
  kind: 'number',
  detect(input) {
    const { alignment: al, a, b } = input;
    // One figure changed is a conflict; several figures differing are another measurement, and so
    // are figures over another span of time ("in the past nine days" / "in one day").
    // A figure in another unit is a conversion ("500 billion rubles (US$19.7 billion)"), not another count.
    const alone = (units: typeof al.aloneA, unit: string | null | undefined) =>
      units.filter((u) => u.kind === 'number' && isFigure(u) && (u.mention!.unit ?? null) === (unit ?? null))
        .length;
    const spansDiffer = al.aloneA.some(isSpan) && al.aloneB.some(isSpan);
    for (const x of al.aloneA) {
      if (!isCount(x)) continue;
      for (const y of al.aloneB) {
        if (!isCount(y)) continue;
        if ((x.mention!.unit ?? '') !== (y.mention!.unit ?? '')) continue;
        if (alone(al.aloneA, x.mention!.unit) > 1 || alone(al.aloneB, y.mention!.unit) > 1) return null;
        if (!numbersConflict(x.mention!, y.mention!) || differentHeads(al, x, y)) continue;
        const c = coverageWithout(al, [x], [y]);
        // All else told alike, the one figure that differs counts the same thing, named or not.
        const alike = c.shorter >= ALIKE && c.longer >= ALIKE;
        if (!alike && (!isFigure(x) || !isFigure(y))) continue;
        // Two spans of time may be the figures that differ ("two years late" / "eight years late")
        // only where all else is told alike; otherwise they frame two measurements.
        if (spansDiffer && !(alike && isSpan(x) && isSpan(y))) return null;
        if (!alike && !sameCounted(al, x, y)) continue;
        if (differentMoments(a, b, x.mention!, y.mention!)) continue;
        if (figureMoved(a, b)) return null;
        if (c.shorter < 0.55 || c.longer < 0.3 || !sameParticipants(al, a, b, [x, y])) continue;
        if (otherOwners(input, x, y)) continue;
        const what = x.mention!.counts ?? y.mention!.counts;
        return {
          kind: 'number',
          confidence: 0.75,
          unitsA: [x],
          unitsB: [y],
          message: (here, there) => {
            const [mine, theirs] = here.uri === al.a.uri ? [x, y] : [y, x];
            return `Different figures${what ? ` for ${what}` : ''}: this source: “${figure(here, mine)}”. ‘${there.source}’: “${figure(there, theirs)}”.`;
          },
        };
      }
    }
    return null;
  },
};
