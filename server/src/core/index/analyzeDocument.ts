import { createHash } from 'node:crypto';
import { extractClaim } from '../claims/extract';
import { contentTerms } from '../claims/terms';
import type { Claim } from '../claims/types';
import { packWords } from '../claims/words';
import { isTitleCase, recognizeMentions } from '../entities/recognize';
import type { MentionCandidate } from '../entities/types';
import { type DocumentMetadata, ingest, type SourceFormat } from '../ingest';
import { tokenize } from '../nlp/tokenize';
import type { AnalysisMemo } from './analysisMemo';

/** Bump when analysis output changes, so cached analyses are recomputed. */
export const ANALYZER_VERSION = 26;

/**
 * A Title Case line without a sentence's final punctuation: a title, not a statement. "Nadal beat
 * Federer in the final of the French Open in Paris." is a sentence, capitals and all.
 */
const titleLine = (text: string): boolean => isTitleCase(text) && !/[.!?]["'”’)\]]*\s*$/.test(text);

export interface Section {
  title: string;
  level: number;
  /** Source range of the heading itself. */
  headingStart: number;
  headingEnd: number;
  /** Source range the section covers (heading to the next heading of the same or a higher level). */
  start: number;
  end: number;
}

/** Everything known about one document that does not depend on any other document. */
export interface DocumentAnalysis {
  version: number;
  contentHash: string;
  format: SourceFormat;
  metadata: DocumentMetadata;
  /** Set when only the first part of a file was analysed. */
  truncated: string | null;
  /** What ingest left out (page furniture, repeated blocks). */
  omitted: string[];
  /**
   * Sentences in order: source range, content terms (lemmas, folded synonyms) for matching, and the
   * packed words (`claims/words.ts`) the comparison of two claims aligns.
   */
  sentences: Array<{ start: number; end: number; terms: string[]; words: string }>;
  /** The main claim of each sentence, in sentence order. */
  claims: Claim[];
  sections: Section[];
  /** Entity mention candidates in source offsets, sorted by start. */
  mentions: MentionCandidate[];
}

export interface AnalyzeOptions {
  /** Characters beyond this are not analysed (the file is reported as truncated). */
  maxChars?: number;
}

export const hashText = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Ingests, tokenises and finds entity mentions in one document. Pure: same text, same result. */
export function analyzeDocument(
  path: string,
  source: string,
  options: AnalyzeOptions = {},
  /** The memo of this document's last analysis (typing): unchanged pieces are not computed again. */
  memo?: AnalysisMemo,
): DocumentAnalysis {
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  const truncated =
    source.length > maxChars
      ? `only the first ${maxChars.toLocaleString('en-US')} of ${source.length.toLocaleString('en-US')} characters were analysed`
      : null;
  const text = truncated ? source.slice(0, maxChars) : source;
  const ingested = ingest(path, text);
  const { map } = ingested;
  const tokenized = tokenize(ingested.text, ingested.blocks, memo);
  const mentions = recognizeMentions({
    text: ingested.text,
    tokens: tokenized.tokens,
    sentences: tokenized.sentences,
    values: tokenized.values,
    blocks: ingested.blocks,
    published: ingested.metadata.published,
    ...(memo ? { memo } : {}),
  }).map((m) => {
    const [start, end] = map.toSourceRange(m.start, m.end);
    return { ...m, start, end };
  });
  const toSource = (a: number, b: number) => map.toSourceRange(a, b);
  const sentences = tokenized.sentences.map((s) => {
    const [start, end] = map.toSourceRange(s.start, s.end);
    const terms = contentTerms(tokenized.tokens, s.tokenStart, s.tokenEnd);
    const words = packWords(tokenized.tokens, s.tokenStart, s.tokenEnd, toSource, start);
    return { start, end, terms, words };
  });
  const claims = tokenized.sentences.map((s, index) => {
    const claim = extractClaim({
      index,
      tokens: tokenized.tokens,
      from: s.tokenStart,
      to: s.tokenEnd,
      text: ingested.text,
      toSource,
    });
    const block = ingested.blocks[s.block];
    if (block?.kind === 'heading' || titleLine(ingested.text.slice(s.start, s.end))) claim.headline = true;
    return claim;
  });
  memo?.sweep();
  return {
    version: ANALYZER_VERSION,
    contentHash: hashText(source),
    format: ingested.format,
    metadata: ingested.metadata,
    truncated,
    omitted: ingested.omitted,
    sentences,
    claims,
    sections: sectionsOf(ingested, text.length),
    mentions,
  };
}

function sectionsOf(ingested: ReturnType<typeof ingest>, sourceLength: number): Section[] {
  const headings = ingested.blocks.filter((b) => b.kind === 'heading');
  return headings.map((h, i) => {
    const [headingStart, headingEnd] = ingested.map.toSourceRange(h.start, h.end);
    const next = headings.slice(i + 1).find((n) => n.level <= h.level);
    const end = next ? ingested.map.toSourceStart(next.start) : sourceLength;
    return {
      title: ingested.text.slice(h.start, h.end).replace(/\s+/g, ' '),
      level: h.level,
      headingStart,
      headingEnd,
      start: headingStart,
      end: Math.max(headingEnd, end),
    };
  });
}
