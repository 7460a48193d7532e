/**
 * Article text shown to the analyst (hovers, messages, reports, terminal output) loses the
 * characters that could disguise or attack it: control characters (terminal escape sequences) and
 * bidirectional overrides (text that reads differently from how it is stored).
 */
// Written as a string (escapes, not the characters themselves) so no control character sits in the source.
const UNPRINTABLE_CLASS =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';
const UNPRINTABLE = new RegExp(UNPRINTABLE_CLASS, 'g');

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, ' ');
}
