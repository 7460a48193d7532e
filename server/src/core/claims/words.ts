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

/** The words of a packed sentence, in source offsets. */
export function unpackWords(packed: string, sentenceStart: number): SentenceWord[] {
  if (!packed) return [];
  return packed.split(WORD).map((w) => {
    const [lemma = '', tag = 'X', at = '0', length = '0'] = w.split(FIELD);
    const start = sentenceStart + Number.parseInt(at, 36);
    return { lemma, tag: tag as WordTag, start, end: start + Number.parseInt(length, 36) };
  });
}
