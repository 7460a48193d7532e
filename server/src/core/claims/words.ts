import type { Token } from '../nlp/tokenize';

/**
 * The words of a sentence as the comparison of two claims sees them: lemma, a one-letter part of
 * speech and the source range. Stored packed in one string per sentence (the analysis is cached on
 * disk and held for every sentence of the workspace), unpacked only for sentences being compared.
 */
export interface SentenceWord {
  /** Lowercased lemma (proper nouns: the lowercased surface). */
  lemma: string;
  tag: WordTag;
  /** Source offsets, end exclusive. */
  start: number;
  end: number;
}

export type WordTag = 'N' | 'P' | 'V' | 'A' | 'J' | 'R' | 'D' | 'I' | 'C' | 'S' | 'U' | 'T' | 'O' | 'X';

const TAG_OF_POS: Record<string, WordTag> = {
  NOUN: 'N',
  PROPN: 'P',
  VERB: 'V',
  AUX: 'A',
  ADJ: 'J',
  ADV: 'R',
  DET: 'D',
  ADP: 'I',
  CCONJ: 'C',
  SCONJ: 'S',
  NUM: 'U',
  PART: 'T',
  PRON: 'O',
};

const FIELD = '\u0001';
const WORD = '\u0002';

/** Packs the tokens [from, to) of a sentence; offsets are stored relative to the sentence's start. */
export function packWords(
  tokens: readonly Token[],
  from: number,
  to: number,
  toSource: (start: number, end: number) => [number, number],
  sentenceStart: number,
): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const tag = TAG_OF_POS[t.pos] ?? 'X';
    const lemma = (tag === 'P' ? t.value : t.lemma).toLowerCase().replaceAll(FIELD, '').replaceAll(WORD, '');
    const [start, end] = toSource(t.start, t.end);
    out.push(
      `${lemma}${FIELD}${tag}${FIELD}${(start - sentenceStart).toString(36)}${FIELD}${(end - start).toString(36)}`,
    );
  }
  return out.join(WORD);
}

/**
 * The words of a packed sentence, in source offsets. One scan of the string without splitting it:
 * comparing a workspace unpacks every sentence it compares.
 */
export function unpackWords(packed: string, sentenceStart: number): SentenceWord[] {
  const words: SentenceWord[] = [];
  if (!packed) return words;
  let at = 0;
  while (at <= packed.length) {
    let end = packed.indexOf(WORD, at);
    if (end < 0) end = packed.length;
    words.push(unpackWord(packed, at, end, sentenceStart));
    at = end + 1;
  }
  return words;
}

/** One packed word, `lemma FIELD tag FIELD offset FIELD length` between `from` and `to`. */
function unpackWord(packed: string, from: number, to: number, sentenceStart: number): SentenceWord {
  const f1 = fieldEnd(packed, from, to);
  const f2 = fieldEnd(packed, f1 + 1, to);
  const f3 = fieldEnd(packed, f2 + 1, to);
  const lemma = packed.slice(from, f1);
  const tag = (f2 > f1 + 1 ? packed.slice(f1 + 1, f2) : 'X') as WordTag;
  const start = sentenceStart + base36(packed, f2 + 1, f3);
  return { lemma, tag, start, end: start + base36(packed, f3 + 1, to) };
}

/** The end of the field starting at `from`: the next FIELD before `to`, or `to`. */
function fieldEnd(packed: string, from: number, to: number): number {
  if (from >= to) return to;
  const i = packed.indexOf(FIELD, from);
  return i < 0 || i > to ? to : i;
}

/** A base-36 number between `from` and `to` (0 when empty). */
function base36(packed: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = packed.charCodeAt(i);
    n = n * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return n;
}
