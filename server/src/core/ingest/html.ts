import { Parser } from 'htmlparser2';
import { type AssembledText, TextAssembler } from './assembler';
import { copyWithoutInlineMarkup } from './inlineMarkup';
import { metadataFromJsonLd, parseJsonValues } from './jsonld';
import { cleanField, type DocumentMetadata, mergeMetadata, toIsoDate } from './metadata';

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'button',
  'select',
  'textarea',
  'nav',
  'footer',
  'aside',
  'form',
  'head',
  'title',
]);
/** Elements that start and end a block of text. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'main',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'hr',
  'address',
  'caption',
  'details',
  'summary',
  'br',
  'body',
  'html',
]);
/** Roots open a block but do not count as one: text directly in them is loose text. */
const ROOTS = new Set(['html', 'body']);
const HEADING = /^h([1-6])$/;

const META_FIELDS: Record<string, keyof DocumentMetadata> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'article:published_time': 'published',
  date: 'published',
  pubdate: 'published',
  'dc.date': 'published',
  'dcterms.date': 'published',
  'og:site_name': 'publisher',
  author: 'author',
  'article:author': 'author',
};

export interface HtmlIngest extends AssembledText {
  metadata: DocumentMetadata;
}

/**
 * Extracts the visible article text of an HTML page with htmlparser2's tokenizer, which reports the
 * source position of every text run and character reference, so each analysed character maps back
 * to the exact code units of the file.
 */
export function ingestHtml(source: string): HtmlIngest {
  const out = new TextAssembler();
  const meta: Partial<Record<keyof DocumentMetadata, string | null>> = {};
  const jsonLd: unknown[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  let blockDepth = 0;
  let scriptText = '';
  let titleText = '';
  let firstHeading: string | null = null;
  let headingText: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          const field = META_FIELDS[key];
          if (field && meta[field] == null) meta[field] = attribs.content ?? null;
          return;
        }
        const heading = HEADING.exec(name);
        if (skipDepth > 0 || SKIPPED.has(name)) {
          if (name === 'script' || name === 'title') scriptText = '';
          skipDepth++;
        } else if (heading) {
          out.open('heading', Number(heading[1]));
          headingText = '';
        } else if (BLOCKS.has(name)) {
          out.open('paragraph');
        }
        if ((BLOCKS.has(name) && !ROOTS.has(name)) || heading) blockDepth++;
        stack.push(name);
      },
      onclosetag(name) {
        if (name === 'meta' || stack.length === 0) return;
        stack.pop();
        const heading = HEADING.exec(name);
        if ((BLOCKS.has(name) && !ROOTS.has(name)) || heading) blockDepth = Math.max(0, blockDepth - 1);
        if (skipDepth > 0) {
          skipDepth--;
          if (name === 'script') jsonLd.push(...parseJsonValues(scriptText));
          if (name === 'title') titleText = scriptText;
          return;
        }
        if (heading) {
          if (firstHeading === null && headingText) firstHeading = headingText;
          headingText = null;
          out.open('paragraph');
        } else if (BLOCKS.has(name)) out.open('paragraph');
      },
      ontext(data) {
        if (skipDepth > 0) {
          const current = stack[stack.length - 1];
          if (current === 'script' || current === 'title') scriptText += data;
          return;
        }
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (headingText !== null) headingText += data;
        if (end - start !== data.length || source.slice(start, end) !== data) {
          out.replace(start, end, data); // a decoded character reference
        } else if (blockDepth === 0) {
          // Text outside any block (saved pages often keep loose lines): each line is its own block.
          appendLines(out, start, data);
        } else {
          copyWithoutInlineMarkup(out, start, data.replace(/[\r\n]/g, ' '));
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(source);
  const assembled = out.finish();
  const fromMeta: Partial<DocumentMetadata> = {
    title: cleanField(meta.title) ?? cleanField(titleText) ?? cleanField(firstHeading),
    published: toIsoDate(meta.published),
    publisher: cleanField(meta.publisher),
    author: cleanField(meta.author),
  };
  const base = mergeMetadata(
    { title: null, published: null, publisher: null, author: null },
    metadataFromJsonLd(jsonLd),
  );
  return { ...assembled, metadata: mergeMetadata(base, fromMeta) };
}

function appendLines(out: TextAssembler, start: number, data: string): void {
  let lineStart = 0;
  for (let i = 0; i <= data.length; i++) {
    const c = data.charCodeAt(i);
    if (i === data.length || c === 10 || c === 13) {
      if (i > lineStart) copyWithoutInlineMarkup(out, start + lineStart, data.slice(lineStart, i));
      if (i < data.length) out.open('paragraph');
      lineStart = i + 1;
    }
  }
}
