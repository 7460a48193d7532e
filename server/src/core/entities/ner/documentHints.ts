import type { NerToken } from './features';

/**
 * Document-level consistency as a tagger feature: stacked tagging after Krishnan & Manning (2006).
 * The first pass tags every sentence; the second reads, for each token, what the first said of the
 * same word in the document's other sentences: "Siemens shares" types "Siemens" an organisation
 * there, and a later "Siemens" alone reads that. Training gets the first pass's labels from a model
 * that never saw the document (jackknife, scripts/ner/stack.ts), as at run time.
 *
 * Per token: 0 no other capitalised use of the word; 1 / 2 / 3 inside names typed person /
 * organisation / place elsewhere (the most frequent type); 4 inside untyped names elsewhere (the
 * codes allow it; the tagger's names are typed); 5 capitalised elsewhere but outside any name.
 */
export const DOCUMENT_HINT_VALUES = 6;

/** A sentence with the hints of tokens[from, to), in the codes of hints.ts. */
export interface HintedSentence {
  tokens: readonly NerToken[];
  from: number;
  to: number;
  hints: Uint8Array;
}

/** Counts per word: person, organisation, place, untyped, outside a rule name. */
type Counts = [number, number, number, number, number];

const counted = (value: string): boolean => {
  if (value.length < 2) return false;
  const ch = value.charAt(0);
  return ch !== ch.toLowerCase();
};

/** Which of the counts a hint adds to (hints.ts: 1 + type * 2 + inside, type 0 untyped). */
const slotOf = (hint: number): number => {
  if (hint === 0) return 4;
  const type = (hint - 1) >> 1;
  return type === 0 ? 3 : type - 1;
};

function add(table: Map<string, Counts>, s: HintedSentence, sign: number): void {
  for (let i = s.from; i < s.to; i++) {
    const value = s.tokens[i]!.value;
    if (!counted(value)) continue;
    let c = table.get(value);
    if (!c) {
      c = [0, 0, 0, 0, 0];
      table.set(value, c);
    }
    c[slotOf(s.hints[i - s.from]!)]! += sign;
  }
}

function featureValue(c: Counts | undefined): number {
  if (!c) return 0;
  const top = Math.max(c[0], c[1], c[2]);
  if (top > 0) return c[0] === top ? 1 : c[1] === top ? 2 : 3;
  if (c[3] > 0) return 4;
  return c[4] > 0 ? 5 : 0;
}

/** The readings of the document's words, to look up per sentence. */
export class DocumentHints {
  private readonly table = new Map<string, Counts>();

  constructor(sentences: readonly HintedSentence[]) {
    for (const s of sentences) add(this.table, s, 1);
  }

  /**
   * The feature values of tokens[from, to): what the other sentences said. `own` is the document's
   * sentence this one is (or is a copy of), left out of the counts.
   */
  of(tokens: readonly NerToken[], from: number, to: number, own: HintedSentence | null): Uint8Array {
    const out = new Uint8Array(to - from);
    if (own) add(this.table, own, -1);
    for (let i = from; i < to; i++) {
      const value = tokens[i]!.value;
      if (counted(value)) out[i - from] = featureValue(this.table.get(value));
    }
    if (own) add(this.table, own, 1);
    return out;
  }
}

/**
 * The tagger's first reading of a sentence as hints (the codes of hints.ts, typed person /
 * organisation / place), for the second pass: what the tagger said of the same word elsewhere in
 * the document (stacked tagging; DocumentHints over these).
 */
export function taggedHints(
  names: readonly { tokenStart: number; tokenEnd: number; type: 'PER' | 'ORG' | 'LOC' }[],
  from: number,
  to: number,
): Uint8Array {
  const out = new Uint8Array(to - from);
  for (const n of names) {
    const type = n.type === 'PER' ? 1 : n.type === 'ORG' ? 2 : 3;
    for (let i = Math.max(n.tokenStart, from); i < Math.min(n.tokenEnd, to); i++)
      out[i - from] = 1 + type * 2 + (i === n.tokenStart ? 0 : 1);
  }
  return out;
}
