/**
 * When a sentence's happening took place, as far as the text says: the dates it states (resolved
 * against the article's publication date, so "today" and "on Monday" are days) and the day the
 * article was published. Two reports in the same words are different events when their days
 * differ ("Stock markets have fallen dramatically today", published three weeks apart).
 */
export interface SentenceTime {
  /** Date values of the sentence's date mentions: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, "a/b" intervals. */
  dates: readonly string[];
  /** The article's publication day (days since 1970), or null when undated. */
  publishedDay: number | null;
}

/**
 * `shared`: both state one date; `conflict`: both state days, none within the tolerance of the
 * other's; `apart`: nothing stated in common and the articles were published days apart;
 * `unknown`: nothing to go by.
 */
export type TimeRelation = 'shared' | 'conflict' | 'apart' | 'unknown';

/** Days two reports of one happening may differ by (time zones, "late on Monday", next-day papers). */
export const SAME_EVENT_DAYS = 2;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export const dayNumber = (isoDay: string): number => Math.floor(Date.parse(isoDay) / DAY_MS);

type Days = [number, number];

/** The days of one date value: a day, a month, an ISO week; null for a year (too coarse to place a report). */
function daysOf(value: string): Days | null {
  if (ISO_DAY.test(value)) return [dayNumber(value), dayNumber(value)];
  const month = ISO_MONTH.exec(value);
  if (month) {
    const first = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1) / DAY_MS;
    return [first, Date.UTC(Number(month[1]), Number(month[2]), 1) / DAY_MS - 1];
  }
  const week = ISO_WEEK.exec(value);
  if (week) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(Number(week[1]), 0, 4) / DAY_MS;
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7) + (Number(week[2]) - 1) * 7;
    return [monday, monday + 6];
  }
  const [from, to] = value.split('/');
  if (to === undefined) return null;
  const a = daysOf(from!);
  const b = daysOf(to);
  return a && b ? [a[0], b[1]] : null;
}

const isSingleDay = (d: Days): boolean => d[0] === d[1];

const near = (a: Days, b: Days): boolean => a[0] - SAME_EVENT_DAYS <= b[1] && b[0] - SAME_EVENT_DAYS <= a[1];

const daysOfAll = (t: SentenceTime): Days[] => t.dates.map(daysOf).filter((d) => d !== null);

/** A sentence that states no date, read as telling of its publication day, within another's dates. */
const toldWithin = (undated: SentenceTime, dates: Days[]): boolean =>
  undated.publishedDay !== null && dates.some((d) => near(d, [undated.publishedDay!, undated.publishedDay!]));

export function timeRelation(a: SentenceTime, b: SentenceTime): TimeRelation {
  // Most sentences state no date: only the publication days can tell.
  if (a.dates.length > 0 || b.dates.length > 0) {
    const stated = statedRelation(a, b);
    if (stated) return stated;
  }
  if (
    a.publishedDay !== null &&
    b.publishedDay !== null &&
    Math.abs(a.publishedDay - b.publishedDay) > SAME_EVENT_DAYS
  )
    return 'apart';
  return 'unknown';
}

/** What the stated dates say: one date in common, days that cannot both hold, or nothing. */
function statedRelation(a: SentenceTime, b: SentenceTime): TimeRelation | null {
  if (a.dates.some((d) => b.dates.includes(d))) return 'shared';
  const daysA = daysOfAll(a);
  const daysB = daysOfAll(b);
  const exactA = daysA.filter(isSingleDay);
  const exactB = daysB.filter(isSingleDay);
  if (exactA.length > 0 && exactB.length > 0)
    return exactA.some((x) => exactB.some((y) => near(x, y))) ? 'shared' : 'conflict';
  if (daysA.some((x) => daysB.some((y) => near(x, y)))) return 'shared';
  if ((a.dates.length === 0 && toldWithin(a, daysB)) || (b.dates.length === 0 && toldWithin(b, daysA)))
    return 'shared';
  if (
    a.publishedDay !== null &&
    b.publishedDay !== null &&
    Math.abs(a.publishedDay - b.publishedDay) > SAME_EVENT_DAYS
  )
    return 'apart';
  return 'unknown';
}
