/** A line of the source without its terminator. */
export interface SourceLine {
  start: number;
  text: string;
}

export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: source.slice(start) });
  return lines;
}

const TERMINAL = /[.!?…:;,"”’)\]]$/;

/** A short line without final punctuation, set apart by blank lines: a headline or section title. */
export function looksLikeHeading(lines: SourceLine[], i: number): boolean {
  const text = lines[i]!.text.trim();
  if (text.length === 0 || text.length > 110 || TERMINAL.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
  if (text.split(/\s+/).length > 16) return false;
  const blankBefore = i === 0 || lines[i - 1]!.text.trim() === '';
  const blankAfter = i === lines.length - 1 || lines[i + 1]!.text.trim() === '';
  return blankBefore && blankAfter;
}

/** Most of a line's letters (at least four) are capitals: a wire's headline or dateline. */
export function isCapitalsLine(text: string): boolean {
  const letters = text.replace(/\P{L}/gu, '');
  return letters.length >= 4 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.8;
}

/** A results line: "Manchester United 3 Liverpool 1", "Germany 2 Spain 0". */
const SCORE_LINE = /^\s*\p{Lu}[^\d]*\s\d{1,3}\s+\p{Lu}[^\d]*\s\d{1,3}\s*$/u;

/**
 * A line that is never joined to its neighbours in hard-wrapped text: an all-caps headline or
 * dateline ("SOCCER - LEEDS BEAT CHELSEA", "LONDON 1996-08-30") or a results line, which would
 * otherwise run into the sentence after it.
 */
export const standsAlone = (text: string): boolean => isCapitalsLine(text) || SCORE_LINE.test(text);

/**
 * Hard-wrapped text (lines broken at ~70 columns inside paragraphs) must be re-joined before
 * sentence splitting; text with one paragraph per line must not be.
 */
export function isHardWrapped(lines: SourceLine[]): boolean {
  let inParagraph = 0;
  let nonEmpty = 0;
  let endsSentence = 0;
  const lengths: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const len = lines[i]!.text.trim().length;
    if (len === 0) continue;
    nonEmpty++;
    const next = lines[i + 1]?.text.trim().length ?? 0;
    if (next > 0) {
      inParagraph++;
      lengths.push(len);
      if (/[.!?"”’)]\s*$/.test(lines[i]!.text)) endsSentence++;
    }
  }
  if (nonEmpty < 4 || inParagraph / nonEmpty < 0.5) return false;
  // Wrapped lines break mid-sentence; one sentence per line (a common export format) does not.
  if (endsSentence / Math.max(1, inParagraph) > 0.5) return false;
  lengths.sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 0;
  return median >= 40 && median <= 100;
}
