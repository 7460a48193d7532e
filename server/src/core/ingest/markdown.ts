import { type AssembledText, TextAssembler } from './assembler';
import { copyWithoutInlineMarkup } from './inlineMarkup';
import { splitLines } from './lines';
import { cleanField, type DocumentMetadata, EMPTY_METADATA, toIsoDate } from './metadata';

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const BLOCK_PREFIX = /^ {0,3}(?:>[ \t]?)*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?/;
const LIST_ITEM = /^ {0,3}(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s/;
/** Images and autolinks vanish; a link keeps its text; inline tags vanish. */
const INLINE_SYNTAX = /!\[[^\]]*\]\([^)]*\)|\[([^\]]+)\]\([^)]*\)|<https?:[^>]*>|<\/?[a-zA-Z][^>]*>/g;

/**
 * Markdown: headings, paragraphs (soft line breaks joined), list items and quotes as blocks; the
 * markup itself (`#`, `**`, link targets, code fences, front matter) is not analysed.
 */
export function ingestMarkdown(source: string): AssembledText & { metadata: DocumentMetadata } {
  const out = new TextAssembler();
  const lines = splitLines(source);
  let metadata = EMPTY_METADATA;
  let i = 0;
  if (lines[0]?.text.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l.text));
    if (end > 0) {
      metadata = frontMatter(lines.slice(1, end).map((l) => l.text));
      i = end + 1;
    }
  }
  let inFence = false;
  let headline: string | null = null;
  for (; i < lines.length; i++) {
    const { start, text } = lines[i]!;
    if (FENCE.test(text)) {
      inFence = !inFence;
      out.close();
      continue;
    }
    if (inFence || REFERENCE_DEFINITION.test(text)) continue;
    if (text.trim() === '') {
      out.close();
      continue;
    }
    const atx = ATX_HEADING.exec(text);
    const next = lines[i + 1]?.text ?? '';
    if (atx || (SETEXT_UNDERLINE.test(next) && !LIST_ITEM.test(text) && !out.hasContent)) {
      const level = atx ? atx[1]!.length : next.trim().startsWith('=') ? 1 : 2;
      const offset = atx ? atx[0].length : 0;
      const body = text.slice(offset).replace(/[ \t]+#+[ \t]*$/, '');
      out.open('heading', level);
      copyInline(out, start + offset, body);
      out.close();
      if (level === 1 && headline === null) headline = body.trim();
      if (!atx) i++; // skip the underline
      continue;
    }
    const prefix = BLOCK_PREFIX.exec(text)?.[0] ?? '';
    if (LIST_ITEM.test(text)) out.open('paragraph');
    else if (out.hasContent) out.replace(start, start, ' ');
    copyInline(out, start + prefix.length, text.slice(prefix.length));
  }
  const assembled = out.finish();
  return { ...assembled, metadata: { ...metadata, title: metadata.title ?? cleanField(headline) } };
}

function copyInline(out: TextAssembler, sourceStart: number, text: string): void {
  let last = 0;
  for (const m of text.matchAll(INLINE_SYNTAX)) {
    const at = m.index ?? 0;
    copyWithoutInlineMarkup(out, sourceStart + last, text.slice(last, at));
    if (m[1] !== undefined) copyWithoutInlineMarkup(out, sourceStart + at + 1, m[1]);
    last = at + m[0].length;
  }
  copyWithoutInlineMarkup(out, sourceStart + last, text.slice(last));
}

function frontMatter(lines: string[]): DocumentMetadata {
  const fields = new Map<string, string>();
  for (const line of lines) {
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (m) fields.set(m[1]!.toLowerCase(), m[2]!.replace(/^["']|["']$/g, ''));
  }
  return {
    title: cleanField(fields.get('title') ?? fields.get('headline')),
    published: toIsoDate(fields.get('date') ?? fields.get('published') ?? fields.get('datepublished')),
    publisher: cleanField(fields.get('publisher') ?? fields.get('source') ?? fields.get('site')),
    author: cleanField(fields.get('author') ?? fields.get('byline')),
  };
}
