/**
 * Article text shown to the analyst (hovers, outline, views, messages, reports, terminal output)
 * loses the characters that could disguise or attack it: control characters (terminal escape
 * sequences, BEL), bidirectional controls (text that reads differently from how it is stored,
 * including U+061C), line and paragraph separators, invisible characters (zero-width spaces and
 * joiners, word joiners, soft hyphens, tag characters) and runs of combining marks beyond a few
 * (a "Zalgo" name of 10,000 marks that covers the lines around it).
 */
// Written as strings (escapes, not the characters themselves) so no such character sits in the source.
const SPACED =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]';
const INVISIBLE = '[\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufeff\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}]';
/** More combining marks than this on one character are dropped (stacked diacritics need two or three). */
const MAX_MARKS = 4;
const UNPRINTABLE = new RegExp(`${SPACED}|${INVISIBLE}|(?<=\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');
const SPACED_ONE = new RegExp(`^${SPACED}$`, 'u');

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => (SPACED_ONE.test(c) ? ' ' : ''));
}

/**
 * Every string in a response made printable (objects and arrays walked), except under `keep`:
 * identifiers the other side sends back (URIs, entity ids, finding keys, command arguments).
 */
export function printableDeep<T>(value: T, keep: ReadonlySet<string>): T {
  if (typeof value === 'string') return printable(value) as T;
  if (Array.isArray(value)) return value.map((v) => printableDeep(v, keep)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = keep.has(k) ? v : printableDeep(v, keep);
  return out as T;
}
