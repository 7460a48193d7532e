import type { Token } from '../nlp/tokenize';

/** Party letters of US legislators' labels: "(D-N.C.)", "(R-Texas)", "(I-Vt.)", "(D)". */
const PARTY_LETTERS = new Set(['D', 'R', 'I']);
/** A label's state part is short: "N.C.", "Penn.", "Texas", "N. Y.". */
const MAX_LABEL_TOKENS = 7;
/** Words that describe a person's party, not a name: "a Democrat from Ohio". */
const PARTY_MEMBER_WORDS = new Set(['Democrat', 'Republican']);

/**
 * Source ranges of a sentence that are party labels, never names: "D", "R" and "Penn" in
 * "Rep. Joe Sestak (D-Penn.)", and "Democrat" / "Republican" used of one person.
 */
export function partyLabels(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.value === '(' && PARTY_LETTERS.has(tokens[i + 1]?.value ?? '')) {
      const close = labelEnd(tokens, i + 1, to);
      if (close > 0) {
        out.push([t.start, tokens[close]!.end]);
        i = close;
      }
    } else if (PARTY_MEMBER_WORDS.has(t.value) && !/^\p{Lu}/u.test(tokens[i + 1]?.value ?? '')) {
      out.push([t.start, t.end]);
    }
  }
  return out;
}

/** Index of the ")" closing a label whose party letter is at `letter`, or -1. */
function labelEnd(tokens: readonly Token[], letter: number, to: number): number {
  const next = tokens[letter + 1]?.value;
  if (next === ')') return letter + 1;
  if (next !== '-' && next !== '–') return -1;
  for (let k = letter + 2; k < Math.min(to, letter + 2 + MAX_LABEL_TOKENS); k++) {
    const v = tokens[k]!.value;
    if (v === ')') return k > letter + 2 ? k : -1;
    if (!/^(?:\p{Lu}[\p{L}.]*|\.)$/u.test(v)) return -1;
  }
  return -1;
}
