import type { AnalysisMemo } from '../index/analysisMemo';
import type { Block } from '../ingest';
import { joinFalseEnds, splitAtLetterLabels } from './sentenceEnds';
import { wink } from './wink';

/** A token of the analysed text (analysis offsets, end exclusive). */
export interface Token {
  start: number;
  end: number;
  value: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, …). */
  pos: string;
  lemma: string;
  /** wink's negation scope flag. */
  negated: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the block the sentence belongs to. */
  block: number;
}

/** A number, money, percent, date or time span found by wink (token index range, end exclusive). */
export interface ValueSpan {
  type: string;
  tokenStart: number;
  tokenEnd: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
  values: ValueSpan[];
}

/** Blocks longer than this are cut at a sentence end or space so one run stays bounded. */
const MAX_CHUNK = 20_000;

/**
 * Tokenises the analysed text block by block (line breaks are hard sentence boundaries, which
 * measurably improves wink's sentence splitting) and turns wink's tokens into exact offsets. With a
 * memo, a chunk of text tokenised in the last analysis is not tokenised again.
 */
export function tokenize(text: string, blocks: readonly Block[], memo?: AnalysisMemo): Tokenized {
  const out: Tokenized = { tokens: [], sentences: [], values: [] };
  blocks.forEach((block, blockIndex) => {
    for (const [start, end] of chunks(text, block.start, block.end)) {
      const piece = text.slice(start, end);
      const tokenized = memo
        ? memo.get(`tokens\u0000${piece}`, () => tokenizeChunk(piece))
        : tokenizeChunk(piece);
      appendShifted(out, tokenized, start, blockIndex);
    }
  });
  return out;
}

/** A chunk's tokens, sentences and values, offset to where the chunk starts in the text. */
function appendShifted(out: Tokenized, chunk: Tokenized, start: number, block: number): void {
  const base = out.tokens.length;
  for (const t of chunk.tokens) out.tokens.push({ ...t, start: t.start + start, end: t.end + start });
  for (const s of chunk.sentences)
    out.sentences.push({
      start: s.start + start,
      end: s.end + start,
      tokenStart: s.tokenStart + base,
      tokenEnd: s.tokenEnd + base,
      block,
    });
  for (const v of chunk.values)
    out.values.push({ type: v.type, tokenStart: v.tokenStart + base, tokenEnd: v.tokenEnd + base });
}

function* chunks(text: string, start: number, end: number): Generator<[number, number]> {
  let from = start;
  while (end - from > MAX_CHUNK) {
    const window = text.slice(from, from + MAX_CHUNK);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(' ');
    if (cut < MAX_CHUNK / 2) cut = MAX_CHUNK - 1;
    yield [from, from + cut + 1];
    from += cut + 1;
  }
  if (end > from) yield [from, end];
}

/** One chunk of text tokenised on its own: offsets from its start, sentences of block 0. */
function tokenizeChunk(text: string): Tokenized {
  const out: Tokenized = { tokens: [], sentences: [], values: [] };
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `its.lemma` with a narrower signature than `out` accepts.
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const negations = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    offset += spaces[i]!.length;
    // wink reproduces the text exactly; if it ever did not, re-synchronise rather than drift.
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      if (found >= 0 && found < text.length) offset = found;
    }
    out.tokens.push({
      start: offset,
      end: offset + value.length,
      value,
      pos: pos[i]!,
      // wink leaves some tokens without a lemma ("cannot" after an opening quote): the word stands in.
      lemma: lemmas[i] ?? value.toLowerCase(),
      negated: negations[i] === true,
    });
    offset += value.length;
  }
  const sentenceSpans = splitAtLetterLabels(
    joinFalseEnds(doc.sentences().out(its.span) as unknown as Array<[number, number]>, values),
    values,
  );
  for (const [first, last] of sentenceSpans) {
    const a = out.tokens[first];
    const b = out.tokens[last];
    if (a && b)
      out.sentences.push({
        start: a.start,
        end: b.end,
        tokenStart: first,
        tokenEnd: last + 1,
        block: 0,
      });
  }
  const entitySpans = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  const entityTypes = doc.entities().out(its.type) as string[];
  entitySpans.forEach(([first, last], i) => {
    out.values.push({ type: entityTypes[i]!, tokenStart: first, tokenEnd: last + 1 });
  });
  return out;
}
