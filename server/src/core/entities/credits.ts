/**
 * Photo credits inside article text: "(Source: TOMER NEUBERG/FLASH90)", "Photo by Jane Doe/AP".
 * The names in them are photographers and agencies of the page, not actors of the story.
 */
const CREDIT_PATTERNS: readonly RegExp[] = [
  /\(\s*(?:source|photo|photos|credit|credits|image|picture|photograph|photo credit)\s*:[^)]*\)/giu,
  /\b(?:photo|image|picture|photograph)s?\s*(?:by|credit|courtesy of)\s*:?[^.;\n]*/giu,
];

/**
 * Agency credit in capitals: "TOMER NEUBERG/FLASH90", "AFP/GETTY IMAGES". Words are bounded and
 * start at a word boundary, so a run of thousands of capitals costs linear time.
 */
const AGENCY_CREDIT =
  /(?<!\p{L})(?:\p{Lu}[\p{Lu}.'-]{0,30}\s+){0,3}\p{Lu}[\p{Lu}.'-]{0,30}\s*\/\s*[\p{Lu}\p{N}][\p{Lu}\p{N} ]{0,40}/gu;

/** Every credit pattern needs one of these: most sentences are passed over at once. */
const MAY_HOLD_CREDIT = /[(/]|photo|image|picture/i;

/** Ranges [start, end) of the text (offsets from `offset`) that are photo credits. */
export function creditRanges(text: string, offset: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!MAY_HOLD_CREDIT.test(text)) return out;
  const patterns = text.includes('/') ? [...CREDIT_PATTERNS, AGENCY_CREDIT] : CREDIT_PATTERNS;
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = offset + (m.index ?? 0);
      out.push([start, start + m[0].length]);
    }
  }
  return out;
}
