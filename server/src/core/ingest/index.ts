import type { Block } from './assembler';
import { datelineOf } from './dateline';
import { detectFormat, type SourceFormat } from './detect';
import { ingestHtml } from './html';
import { ingestMarkdown } from './markdown';
import { type DocumentMetadata, EMPTY_METADATA } from './metadata';
import type { OffsetMap } from './offsetMap';
import { ingestPlainText } from './plain';

export type { Block } from './assembler';
export { decodeBytes, detectFormat, type SourceFormat } from './detect';
export type { DocumentMetadata } from './metadata';
export { OffsetMap } from './offsetMap';

/** The article text to analyse, and how to find each of its characters in the file. */
export interface IngestedText {
  format: SourceFormat;
  text: string;
  map: OffsetMap;
  blocks: Block[];
  metadata: DocumentMetadata;
  omitted: string[];
}

export function ingest(path: string, source: string): IngestedText {
  const format = detectFormat(path, source);
  switch (format) {
    case 'html': {
      const r = ingestHtml(source);
      return { format, ...r };
    }
    case 'markdown': {
      const r = ingestMarkdown(source);
      return { format, ...r };
    }
    default: {
      const r = ingestPlainText(source);
      const metadata = { ...EMPTY_METADATA, title: r.headline, published: datelineOf(source) };
      return { format, ...r, metadata };
    }
  }
}
