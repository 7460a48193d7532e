import { MOVING_FIGURE_WORDS } from '../../alignment/words';
import { DAY_MS, SAME_EVENT_DAYS } from '../../matching/eventTime';
import { type PairSide, sentenceOf } from './detector';

/**
 * When two reports are told: figures and directions that move (a toll, a market level) differ
 * between reports of different days or hours without the sources disagreeing.
 */

/** Figures that move by the hour (market levels "currently", "so far"). */
const VOLATILE = /\b(as of|currently|so far|at the time of writing|at press time)\b/i;
const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b(\s*(utc|gmt|[ap]\.?m\.?|et|est|edt))?/gi;

/** Times of day that are not the same in both, or "currently" / "as of" without any. */
export function toldAtDifferentMoments(a: PairSide, b: PairSide): boolean {
  const times = (s: string) =>
    (s.match(TIME_OF_DAY) ?? [])
      .map((t) => t.toLowerCase())
      .sort()
      .join('|');
  const ta = times(sentenceOf(a));
  if (ta !== times(sentenceOf(b))) return true;
  if (ta) return false;
  const dated = datedMoment(sentenceOf(a));
  if (dated && dated === datedMoment(sentenceOf(b))) return false;
  return VOLATILE.test(sentenceOf(a)) || VOLATILE.test(sentenceOf(b));
}

/** "As of January 2008", "as of March 3": a moment named by its date, the same in both if written alike. */
const DATED_MOMENT = /\b[Aa]s of ((?:\d{1,2} )?[A-Z][a-z]+\.?(?: \d{1,2})?,?(?: \d{4})?)/;

const datedMoment = (s: string): string | undefined => s.match(DATED_MOMENT)?.[1]?.replace(/,/g, '');

const MOVING_FIGURE = new Set(MOVING_FIGURE_WORDS);

/** A sentence about a figure that keeps moving: a toll, cases, a market level, a percentage, "so far". */
export function aboutMovingFigure(side: PairSide): boolean {
  side.memo.movingFigure ??=
    side.view.words.some((w) => MOVING_FIGURE.has(w.lemma)) ||
    side.view.units.some((u) => u.kind === 'number' && u.mention?.unit === '%') ||
    /\b(so far|to date)\b/i.test(sentenceOf(side));
  return side.memo.movingFigure;
}

const publishedAt = (side: PairSide): number => {
  side.memo.publishedAt ??= side.published ? Date.parse(side.published) : Number.NaN;
  return side.memo.publishedAt;
};

/** Published further apart than two reports of one happening may be (both dated): the matcher's tolerance. */
const daysApart = (a: PairSide, b: PairSide): boolean =>
  Math.abs(publishedAt(a) - publishedAt(b)) > SAME_EVENT_DAYS * DAY_MS;

/** Articles published days apart about a figure that moves (tolls rise): a change, not a conflict. */
export function figureMoved(a: PairSide, b: PairSide): boolean {
  return daysApart(a, b) && (aboutMovingFigure(a) || aboutMovingFigure(b));
}

/**
 * A figure that moves, told at different moments (days apart, or other hours of one day): "the
 * FTSE dropped" in the morning and "was one of the few indexes to increase" as of 18:00 are two
 * moves, not two accounts of one.
 */
export function movedBetweenReports(a: PairSide, b: PairSide): boolean {
  return (aboutMovingFigure(a) || aboutMovingFigure(b)) && (daysApart(a, b) || toldAtDifferentMoments(a, b));
}
