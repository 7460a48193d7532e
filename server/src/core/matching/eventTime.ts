/**
 * When a sentence's happening took place, as far as the text says: the dates it states (resolved
 * against the article's publication date, so "today" and "on Monday" are days) and the day the
 * article was published. Two reports in the same words are different events when their days
 * differ ("Stock markets have fallen dramatically today", published three weeks apart).
 */
export interface SentenceTime {
  /** Date values of the sentence's date mentions: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, "a/b" intervals. */
  dates: readonly string[];
  /** The days each date value covers (years and unresolved values left out), computed once per sentence. */
  days: readonly Days[];
  /** The article's publication day (days since 1970), or null when undated. */
  publishedDay: number | null;
}

/** First and last day (days since 1970) a date value covers. */
export type Days = readonly [number, number];

/** A sentence's time from its date values and its article's publication day (ISO), once per sentence. */
export function sentenceTime(dates: readonly string[], published: string | null): SentenceTime {
  const days: Days[] = [];
  for (const d of dates) {
    const range = daysOf(d);
    if (range) days.push(range);
  }
  return { dates, days, publishedDay: published ? dayNumber(published) : null };
}

/**
 * `shared`: both state days within the tolerance, or (when one states no day) the same year or
 * month, overlapping months or weeks, or a year holding the other's day; `conflict`: both state days, none within the tolerance of the
 * other's; `apart`: nothing stated in common and the articles were published days apart;
 * `unknown`: nothing to go by.
 */
export type TimeRelation = 'shared' | 'conflict' | 'apart' | 'unknown';

/** Days two reports of one happening may differ by (time zones, "late on Monday", next-day papers). */
export const SAME_EVENT_DAYS = 2;

export const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export const dayNumber = (isoDay: string): number => Math.floor(Date.parse(isoDay) / DAY_MS);

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

const ISO_YEAR = /^\d{4}$/;

/** Whether a year among `dates` holds one of the single days of `days`. */
function yearHolds(dates: readonly string[], days: readonly Days[]): boolean {
  for (const d of dates) {
    if (!ISO_YEAR.test(d)) continue;
    const first = Date.UTC(Number(d), 0, 1) / DAY_MS;
    const last = Date.UTC(Number(d) + 1, 0, 1) / DAY_MS - 1;
    if (days.some((x) => isSingleDay(x) && first <= x[0] && x[0] <= last)) return true;
  }
  return false;
}

const near = (a: Days, b: Days): boolean => a[0] - SAME_EVENT_DAYS <= b[1] && b[0] - SAME_EVENT_DAYS <= a[1];

/** A sentence that states no date, read as telling of its publication day, within another's dates. */
const toldWithin = (undated: SentenceTime, dates: readonly Days[]): boolean =>
  undated.publishedDay !== null && dates.some((d) => near(d, [undated.publishedDay!, undated.publishedDay!]));

export function timeRelation(a: SentenceTime, b: SentenceTime): TimeRelation {
  // Most sentences state no date: only the publication days can tell.
  const stated = a.dates.length > 0 || b.dates.length > 0 ? statedRelation(a, b) : null;
  if (stated) return stated;
  const apart =
    a.publishedDay !== null &&
    b.publishedDay !== null &&
    Math.abs(a.publishedDay - b.publishedDay) > SAME_EVENT_DAYS;
  return apart ? 'apart' : 'unknown';
}

/** What the stated dates say: one date in common, days that cannot both hold, or nothing (null). */
function statedRelation(a: SentenceTime, b: SentenceTime): TimeRelation | null {
  // Days first: a year or month both mention ("in 2008") does not make other days one.
  if (a.days.some(isSingleDay) && b.days.some(isSingleDay)) {
    const close = a.days.some((x) => isSingleDay(x) && b.days.some((y) => isSingleDay(y) && near(x, y)));
    return close ? 'shared' : 'conflict';
  }
  // Otherwise the same year or month told on both sides ("the 1991 agreement", "since 2004") is
  // one past happening referred to, and overlapping months or weeks may hold one day.
  if (a.dates.some((d) => b.dates.includes(d))) return 'shared';
  if (a.days.some((x) => b.days.some((y) => near(x, y)))) return 'shared';
  // A year one side states holds the day the other states ("its launch in 2003" / "on April 28,
  // 2003"): as compatible as the same year on both sides.
  if (yearHolds(a.dates, b.days) || yearHolds(b.dates, a.days)) return 'shared';
  if ((a.dates.length === 0 && toldWithin(a, b.days)) || (b.dates.length === 0 && toldWithin(b, a.days)))
    return 'shared';
  return null;
}
