/**
 * Photo credits inside article text: "(Source: TOMER NEUBERG/FLASH90)", "Photo by Jane Doe/AP".
 * The names in them are photographers and agencies of the page, not actors of the story.
 */
const CREDIT_PATTERNS: readonly RegExp[] = [
  /\(\s*(?:source|photo|photos|credit|credits|image|picture|photograph|photo credit)\s*:[^)]*\)/giu,
  /\b(?:photo|image|picture|photograph)s?\s*(?:by|credit|courtesy of)\s*:?[^.;\n]*/giu,
  // Agency credit in capitals: "TOMER NEUBERG/FLASH90", "AFP/GETTY IMAGES".
  /(?:\p{Lu}[\p{Lu}.'-]+\s+){0,3}\p{Lu}[\p{Lu}.'-]+\s*\/\s*[\p{Lu}\p{N}][\p{Lu}\p{N} ]*/gu,
];

/** Ranges [start, end) of the text (offsets from `offset`) that are photo credits. */
export function creditRanges(text: string, offset: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const re of CREDIT_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = offset + (m.index ?? 0);
      out.push([start, start + m[0].length]);
    }
  }
  return out;
}
