import * as chrono from 'chrono-node';

export interface DateSpan {
  /** Analysis offsets (end exclusive). */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY or an ISO interval "a/b"; null when it cannot be resolved. */
  value: string | null;
}

const CALENDAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const RELATIVE =
  /\b(yesterday|today|tomorrow|tonight|(last|next|this|earlier this|later this) (week|month|year|weekend))\b/i;
/**
 * Every date kept below contains a digit or matches CALENDAR, RELATIVE or a month: a sentence
 * without any of these letters (case aside, anywhere) cannot hold one, and chrono is not asked.
 * A third of news sentences; chrono is the costliest step of recognition.
 */
const MAY_HOLD_DATE =
  /\d|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|week|month|year/i;
/** Words chrono reads as dates that in news prose rarely are ("now", "second", "may"). */
const TRIVIAL = /^(now|second|sec|the second|a second|may|march|sun|sat|mon|wed)$/i;

export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** "in May", "since March 2023", "as early as March", "in 2023": chrono leaves bare months and years alone. */
const MONTH_OR_YEAR =
  /\b(?:in|since|until|by|during|from|before|after|early|mid|late|last|next|this|through|as early as|as late as|as of)\s+((January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?|(1[89]\d\d|20\d\d))\b/gi;
/**
 * "the 1991 agreement", "its 2003 launch": a year between a determiner and a noun dates what the
 * noun names (counts that large are written "2,000 jobs").
 */
const YEAR_BEFORE_NOUN = /\b(?:the|its|his|her|their|our|this|that)\s+(1[89]\d\d|20\d\d)(?=\s+\p{Ll})/giu;
const LEADING_PREPOSITION = /^(?:on|in|at|from|since|by|until|during|of)\s+/i;
const WEEK = /\bweek\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

function monthOrYear(
  sentence: string,
  offset: number,
  published: string | null,
  taken: DateSpan[],
): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const m of sentence.matchAll(YEAR_BEFORE_NOUN)) {
    const end = offset + (m.index ?? 0) + m[0].length;
    const start = end - m[1]!.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    spans.push({ start, end, text: m[1]!, value: m[1]! });
  }
  for (const m of sentence.matchAll(MONTH_OR_YEAR)) {
    // The date is the match's end, after its preposition or phrase ("as early as").
    const end = offset + (m.index ?? 0) + m[0].length;
    const start = end - m[1]!.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    if (m[2] && !/^[A-Z]/.test(m[2])) continue; // "in may" is not a month
    let value: string | null = null;
    if (m[4]) value = m[4];
    else {
      const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
      if (m[3]) value = `${m[3]}-${pad(month)}`;
      else if (published)
        value = `${bareMonthYear(month, published, m[0].slice(0, -m[1]!.length))}-${pad(month)}`;
    }
    spans.push({ start, end, text: sentence.slice(start - offset, end - offset), value });
  }
  return spans;
}

/** Phrases before a bare month that look ahead: "next March", "as early as March" (a plan). */
const LOOKING_AHEAD = /^(?:next|as early as|as late as)\s/i;

/**
 * The year of a bare month: the publication's year after "this", the first such month not before
 * publication after a phrase that looks ahead, otherwise the latest not after it ("talks resumed in May").
 */
function bareMonthYear(month: number, published: string, lead: string): number {
  const [py, pm] = published.split('-').map(Number) as [number, number];
  if (/^this\s/i.test(lead)) return py;
  if (LOOKING_AHEAD.test(lead)) return month >= pm ? py : py + 1;
  return month <= pm ? py : py - 1;
}

function componentValue(c: chrono.ParsedComponents, resolveRelative: boolean): string | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null) return null;
  const yearKnown = c.isCertain('year') || resolveRelative;
  if (!yearKnown) return null;
  if (c.isCertain('day') || (resolveRelative && (c.isCertain('weekday') || !c.isCertain('month')))) {
    return `${year}-${pad(month)}-${pad(day ?? 1)}`;
  }
  if (c.isCertain('month')) return `${year}-${pad(month)}`;
  return String(year);
}

/**
 * Dates in a sentence, normalised to ISO. Relative dates ("on Saturday", "last week") and dates
 * without a year are resolved against the article's publication date when it is known, and left
 * unresolved (value null) otherwise rather than guessed from today's date.
 */
export function findDates(sentence: string, offset: number, published: string | null): DateSpan[] {
  if (!MAY_HOLD_DATE.test(sentence)) return [];
  const reference = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const spans: DateSpan[] = [];
  for (const r of chrono.parse(sentence, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    const lead = LEADING_PREPOSITION.exec(r.text)?.[0].length ?? 0;
    const text = r.text.slice(lead).replace(/[\s,;:]+$/, '');
    const index = r.index + lead;
    if (TRIVIAL.test(text.trim())) continue;
    if (!/\d/.test(text) && !CALENDAR.test(text) && !RELATIVE.test(text)) continue;
    const resolve = published !== null;
    // Without a publication date only what the text states outright is a value, never "today".
    if (!resolve && !/\b\d{4}\b/.test(text)) {
      spans.push({ start: offset + index, end: offset + index + text.length, text, value: null });
      continue;
    }
    const startValue = componentValue(r.start, resolve);
    const endValue = r.end ? componentValue(r.end, resolve) : null;
    let value = startValue;
    if (startValue && endValue && endValue !== startValue) value = `${startValue}/${endValue}`;
    if (resolve && WEEK.test(text) && RELATIVE.test(text)) value = isoWeek(r.start.date());
    // A bare year chrono misses, or a weekday without a reference: still a date mention.
    if (value === null && /^\d{4}$/.test(text.trim())) value = text.trim();
    spans.push({ start: offset + index, end: offset + index + text.length, text, value });
  }
  return [...spans, ...monthOrYear(sentence, offset, published, spans)].sort((a, b) => a.start - b.start);
}
