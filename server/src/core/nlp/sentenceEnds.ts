import { LETTER_LABELS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations';

const TITLES = new Set(TITLE_ABBREVIATIONS);
const BEFORE_NUMBERS = new Set(NUMBER_ABBREVIATIONS);
const OPENERS = new Set(SENTENCE_OPENERS);
const LABELS = new Set(LETTER_LABELS);

/**
 * Joins wink's sentence spans (token index ranges, both ends inclusive) where a sentence did not
 * end: at an abbreviation ("Maj." + "Gen. John Smith", "No." + "10", "George W." + "Bush",
 * "D-N." + "C., said") or inside a parenthesis ("(D-S." + "C.) said"). `values` are the tokens.
 */
export function joinFalseEnds(
  spans: Array<[number, number]>,
  values: readonly string[],
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  for (const [first, last] of spans) {
    const previous = out[out.length - 1];
    const continues =
      previous !== undefined &&
      (continuesParenthesis(values, previous, first, last, depth) ||
        continuesAbbreviation(values, previous[1], first));
    if (continues) previous[1] = last;
    else {
      out.push([first, last]);
      depth = 0;
    }
    for (let i = first; i <= last; i++) {
      if (values[i] === '(') depth++;
      else if (values[i] === ')') depth = Math.max(0, depth - 1);
    }
  }
  return out;
}

/**
 * A sentence that leaves a parenthesis open, or ends with one and is followed by a lowercase word
 * or a comma, continues in the next span (a stray "(" does not join the rest of the block: the
 * next span must close it within a few tokens).
 */
function continuesParenthesis(
  values: readonly string[],
  previous: [number, number],
  first: number,
  last: number,
  depth: number,
): boolean {
  return (
    (depth > 0 && closesSoon(values, first, last)) ||
    (values[previous[1]] === ')' && startsLowercase(values[first]))
  );
}

const CLOSING_WINDOW = 6;

function closesSoon(values: readonly string[], first: number, last: number): boolean {
  for (let i = first; i <= Math.min(last, first + CLOSING_WINDOW); i++) if (values[i] === ')') return true;
  return false;
}

/** Does the sentence go on after the abbreviation ending the span at `end`? Decided by what follows. */
function continuesAbbreviation(values: readonly string[], end: number, next: number): boolean {
  const word = abbreviationBefore(values, end);
  if (word === null) return false;
  const following = values[next] ?? '';
  if (TITLES.has(word)) return true;
  if (BEFORE_NUMBERS.has(word)) return /^\d/.test(following);
  if (!isInitial(word) && !isDottedAbbreviation(word)) return false;
  if (startsLowercase(following)) return true;
  // An initial before a name goes on ("George W. Bush", "N." + "C."), not before a sentence's first word.
  return isInitial(word) && /^\p{Lu}/u.test(following) && !OPENERS.has(following.toLowerCase());
}

/** The word a span's final dot belongs to ("Maj" of "Maj" + "." or of "Maj."), or null. */
function abbreviationBefore(values: readonly string[], end: number): string | null {
  const last = values[end] ?? '';
  if (last === '.') return end > 0 ? (values[end - 1] ?? null) : null;
  return last.length > 1 && last.endsWith('.') ? last.slice(0, -1) : null;
}

const isInitial = (word: string) => /^\p{Lu}$/u.test(word);
/** "U.S", "D.C", "N.Y" (the last dot is the span's). */
const isDottedAbbreviation = (word: string) => /^(?:\p{L}\.)+\p{L}$/u.test(word);
const startsLowercase = (value: string | undefined) => /^(?:\p{Ll}|[,;])/u.test(value ?? '');

/**
 * Splits wink's sentence spans where a letter label ends a sentence: wink keeps "… top of Group B.
 * Spain won …" together, as it must keep "George W. Bush". A label's letter with its dot, after a
 * label word and before a capitalised word, ends the sentence.
 */
export function splitAtLetterLabels(
  spans: Array<[number, number]>,
  values: readonly string[],
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [first, last] of spans) {
    let start = first;
    for (let i = first + 1; i < last; i++) {
      const end = labelEnd(values, i);
      if (end >= 0 && end < last && /^\p{Lu}/u.test(values[end + 1] ?? '')) {
        out.push([start, end]);
        start = end + 1;
        i = end;
      }
    }
    out.push([start, last]);
  }
  return out;
}

/** The last token of a label's letter and dot at `i` ("B." or "B" + "."), or -1. */
function labelEnd(values: readonly string[], i: number): number {
  if (!LABELS.has((values[i - 1] ?? '').toLowerCase())) return -1;
  const value = values[i] ?? '';
  if (/^\p{Lu}\.$/u.test(value)) return i;
  return isInitial(value) && values[i + 1] === '.' ? i + 1 : -1;
}
