/** A sentence ends at . ! or ? (with closing quotes or brackets) followed by space. */
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/gu;

/**
 * The sentence of `text` around `offset`, whitespace collapsed: within its line (articles hold a
 * paragraph per line), from the end of the previous sentence to the end of this one. A prefill for
 * the claim box, not the analysis: the server reads the claim again as it does every text.
 */
export function sentenceAround(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const at = offset - lineStart;
  let start = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if (end > at) return line.slice(start, end).replace(/\s+/g, ' ').trim();
    start = end;
  }
  return line.slice(start).replace(/\s+/g, ' ').trim();
}
