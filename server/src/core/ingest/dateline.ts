import { toIsoDate } from './metadata';

/** Lines at the top of a plain-text article where a dateline is looked for. */
const DATELINE_LINES = 6;

/**
 * A line that is nothing but a date: "March 01, 2008", "Tuesday, May 7, 2024", "2024-05-07 10:32";
 * also as tokenised text spaces it ("March 01 , 2008").
 */
const DATE_ONLY =
  /^(?:(?:published|updated|posted)[:\s]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-z]{3,9}\.?\s*,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}\s*,?\s+\d{4})(?:[\s,]+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$/i;

/**
 * The publication date of a plain-text article from a dateline near its top (saved articles
 * usually carry one under the headline), as YYYY-MM-DD, or null.
 */
export function datelineOf(text: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, DATELINE_LINES);
  for (const line of lines) {
    const match = DATE_ONLY.exec(line);
    if (!match) continue;
    const bare = line.replace(/^(published|updated|posted)[:\s]+/i, '').replace(/[\s,]+\d{1,2}:\d{2}.*$/, '');
    const iso = toIsoDate(bare.replace(/\s+,/g, ',').replace(/(\d)(st|nd|rd|th)\b/, '$1'));
    if (iso) return iso;
  }
  return null;
}
