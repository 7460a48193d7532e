/**
 * Korean given names are written as two syllables joined by a hyphen, the second in lower case
 * ("Kim Jong-un", "Ban Ki-moon", "Moon Jae-in", "Park Geun-hye"): the name chunkers stop at the
 * lower-case part and leave "Kim Jong". A name of two words or more whose last word is a short
 * capitalised syllable takes the hyphenated syllable after it, unless that is an English
 * hyphen suffix ("Trump-era", "Saudi-led", "Kremlin-backed").
 */
export const ENGLISH_HYPHEN_SUFFIXES = [
  'era',
  'led',
  'run',
  'made',
  'born',
  'based',
  'style',
  'like',
  'type',
  'owned',
  'level',
  'class',
  'wide',
  'free',
  'proof',
  'bound',
  'only',
  'held',
  'set',
  'ish',
  'esque',
  'linked',
  'area',
  'zone',
  'law',
] as const;

const SUFFIXES = new Set<string>(ENGLISH_HYPHEN_SUFFIXES);
const counts = new Map<string, number>();
for (const w of ENGLISH_HYPHEN_SUFFIXES) counts.set(w, (counts.get(w) ?? 0) + 1);
/** Suffixes listed twice (a unit test checks there are none). */
export const duplicateHyphenSuffixes = [...counts].filter(([, n]) => n > 1).map(([w]) => w);

/** The end of the name at [start, end) with a hyphenated given-name syllable after it, or `end`. */
export function hyphenatedNameEnd(text: string, start: number, end: number): number {
  const words = text.slice(start, end).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || !/^[A-Z][a-z]{1,4}$/.test(last)) return end;
  const m = /^-([a-z]{2,5})(?![\w-])/.exec(text.slice(end, end + 8));
  if (!m || SUFFIXES.has(m[1]!)) return end;
  return end + m[0].length;
}
