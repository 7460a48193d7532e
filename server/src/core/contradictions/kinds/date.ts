import type { Alignment } from '../../alignment/align';
import type { Unit } from '../../alignment/view';
import { MONTHS, WEEKDAYS } from '../../alignment/words';
import {
  besides,
  coverageWithout,
  type Detector,
  type DetectorInput,
  type PairSide,
  quote,
  sameParticipants,
} from './detector';

/** Weekday and month names a date mention is written with. */
function named(side: PairSide, u: Unit): { weekday?: string; month?: string } {
  const words = quote(side, u)
    .toLowerCase()
    .split(/[^a-z]+/);
  return {
    weekday: words.find((w) => WEEKDAYS.includes(w)),
    month: words.find((w) => MONTHS.includes(w) || MONTHS.some((m) => m.slice(0, 3) === w)),
  };
}

/** [first day, last day] of a resolved date value, or null when it has no calendar range. */
function interval(u: Unit): [string, string] | null {
  const value = u.mention?.value;
  if (typeof value !== 'string') return null;
  const [first, last] = value.split('/');
  if (!first || first.length < 7 || /W/.test(first) || /W/.test(last ?? '')) return null;
  const lo = first.padEnd(10, '-01').slice(0, 10);
  const end = last ?? first;
  const hi = end.length === 10 ? end : end.length === 7 ? `${end}-31` : `${end}-12-31`;
  return [lo, hi];
}

/** A date after "since" or "until" frames the claim rather than dating the event. */
const FRAMING = /\b(since|until|till|before|after|through)\s*$/i;

/** The framing word before a date ("since"), or null. */
const framingWord = (side: PairSide, u: Unit): string | null =>
  FRAMING.exec(side.text.slice(Math.max(0, u.start - 12), u.start))?.[1]?.toLowerCase() ?? null;

export const framed = (side: PairSide, u: Unit): boolean => framingWord(side, u) !== null;

/**
 * "On leave since January" / "since February", "free until September 30" / "until December 30":
 * the same frame put at two calendar dates. A weekday frame ("since Friday's close") moves with the
 * day the article was written, so only months, days of the month and years count.
 */
function sameFrame(a: PairSide, x: Unit, b: PairSide, y: Unit): boolean {
  const word = framingWord(a, x);
  if (!word || word !== framingWord(b, y)) return false;
  const calendar = (side: PairSide, u: Unit) => !!named(side, u).month || yearWritten(side, u);
  return calendar(a, x) && calendar(b, y) && !named(a, x).weekday && !named(b, y).weekday;
}

/** Day of the month as written ("October 25" → 25), to tell which of several dates is the event's. */
const dayOf = (side: PairSide, u: Unit): string | undefined => quote(side, u).match(/\b\d{1,2}\b/)?.[0];

/** The two dates stand in the same place: a word beside one is linked to a word beside the other. */
function sameSlot(al: Alignment, x: Unit, y: Unit): boolean {
  const nearX = besides(al.a, x);
  const nearY = besides(al.b, y);
  return al.links.some((l) => nearX.includes(l.a) && nearY.includes(l.b));
}

/**
 * The one pair of unmatched dates to compare: the only one on each side, or, when a side has
 * several, the one in the same place (a linked word beside both) or on the same day of the month.
 */
function datePair(input: DetectorInput): [Unit, Unit] | null {
  const { alignment: al, a, b } = input;
  const datesA = al.aloneA.filter((u) => u.kind === 'date');
  const datesB = al.aloneB.filter((u) => u.kind === 'date');
  if (datesA.length === 0 || datesB.length === 0) return null;
  if (datesA.length === 1 && datesB.length === 1) return [datesA[0]!, datesB[0]!];
  const pairs = datesA.flatMap((x) =>
    datesB
      .filter((y) => sameSlot(al, x, y) || (dayOf(a, x) && dayOf(a, x) === dayOf(b, y)))
      .map((y) => [x, y] as [Unit, Unit]),
  );
  return pairs.length === 1 ? pairs[0]! : null;
}

/** A date written with its year ("October 2008", "2008"), not only a month or relative ("today"). */
const yearWritten = (side: PairSide, u: Unit): boolean => /\b\d{4}\b/.test(quote(side, u));

/** A span of days written out: "12-14 June", "12 to 14 June". */
const SPAN_OF_DAYS = /\d\s*(-|–|to|and)\s*\d/;

/** Both dates name a day of the month, different ones, and neither is a span of days. */
function otherDayOfMonth(a: PairSide, x: Unit, b: PairSide, y: Unit): boolean {
  const dx = dayOf(a, x);
  const dy = dayOf(b, y);
  if (!dx || !dy || Number(dx) === Number(dy)) return false;
  return !SPAN_OF_DAYS.test(quote(a, x)) && !SPAN_OF_DAYS.test(quote(b, y));
}

/** Two dates that cannot both be the day of one event: another weekday, month or day. */
function incompatible(a: PairSide, x: Unit, b: PairSide, y: Unit): boolean {
  const nx = named(a, x);
  const ny = named(b, y);
  if (nx.weekday && ny.weekday && nx.weekday !== ny.weekday) return true;
  if (nx.month && ny.month && nx.month.slice(0, 3) !== ny.month.slice(0, 3)) return true;
  // "12 June" / "14 June" in undated articles: the same month, another day (not a span "12-14 June").
  if (nx.month && ny.month && otherDayOfMonth(a, x, b, y)) return true;
  // "Today" in two articles of different days is two days, not a conflict: only dates written out.
  // The year of a bare month ("in early March") is a guess from the publication date: the same
  // month named on both sides is no conflict whatever years were guessed.
  if (!yearWritten(a, x) || !yearWritten(b, y)) return false;
  const ix = interval(x);
  const iy = interval(y);
  return !!ix && !!iy && (ix[1] < iy[0] || iy[1] < ix[0]);
}

/** The same event told twice, placed on dates that cannot both hold: "on Monday" / "on Tuesday". */
export const date: Detector = {
  kind: 'date',
  detect({ ctx, alignment: al, a, b }) {
    const pair = datePair({ ctx, alignment: al, a, b });
    if (!pair) return null;
    const [x, y] = pair;
    const framing = framed(a, x) || framed(b, y);
    if ((framing && !sameFrame(a, x, b, y)) || !incompatible(a, x, b, y)) return null;
    // Dates of the same thing ("a June 1 deadline" / "a deadline set at January 1") need less else aligned.
    const c = coverageWithout(al, [x], [y]);
    const [shorter, longer] = sameSlot(al, x, y) ? [0.4, 0.12] : [0.5, 0.25];
    if (c.shorter < shorter || c.longer < longer || !sameParticipants(al, a, b)) return null;
    return {
      kind: 'date',
      confidence: 0.65,
      unitsA: [x],
      unitsB: [y],
      message: (here, there) => {
        const [mine, theirs] = here.uri === al.a.uri ? [x, y] : [y, x];
        const show = (s: PairSide, u: Unit) => {
          const v = u.mention?.value;
          return `“${quote(s, u)}”${typeof v === 'string' && v !== quote(s, u) ? ` (${v})` : ''}`;
        };
        return `When? This source: ${show(here, mine)}. ‘${there.source}’: ${show(there, theirs)}.`;
      },
    };
  },
};
