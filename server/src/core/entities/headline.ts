const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;
const isLetter = (ch: string): boolean =>
  (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && LETTER.test(ch));
const isUpper = (ch: string): boolean => (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && UPPER.test(ch));
const isSpace = (ch: string): boolean => (ch <= ' ' || ch > '\x7f') && SPACE.test(ch);

/**
 * A heading in Title Case: its capitals say nothing about which words are names. Of the words (runs
 * between white space) that start with four letters, at least three, and 70 % capitalised. One
 * scan of the text: it runs on every sentence.
 */
export function isTitleCase(text: string): boolean {
  let words = 0;
  let capitalised = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text.charAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(text.charAt(i))) i++;
    if (i - start < 4) continue;
    let letters = 0;
    while (letters < 4 && isLetter(text.charAt(start + letters))) letters++;
    if (letters < 4) continue;
    words++;
    if (isUpper(text.charAt(start))) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.7;
}
