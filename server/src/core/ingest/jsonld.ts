import { cleanField, type DocumentMetadata, toIsoDate } from './metadata';

/** JSON-LD is untrusted input: bounded in size and depth, parsed as data only. */
const MAX_JSONLD_CHARS = 1_000_000;
const MAX_DEPTH = 8;
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|WebPage|Report)$/;

/**
 * Splits a script body into its top-level JSON values. Pages sometimes put several objects in one
 * `<script>` without an array around them; each is parsed on its own and bad ones are skipped.
 */
export function parseJsonValues(raw: string): unknown[] {
  if (raw.length > MAX_JSONLD_CHARS) return [];
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === 125 /* } */ || c === 93) /* ] */ && depth > 0) {
      depth--;
      if (depth === 0 && start >= 0) {
        try {
          values.push(JSON.parse(raw.slice(start, i + 1)));
        } catch {
          // A malformed object is ignored; the article text is still analysed.
        }
        start = -1;
      }
    }
  }
  return values;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanField(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? cleanField(names.join(', ')) : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return null;
}

function findArticle(value: unknown, depth: number): Record<string, unknown> | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = value as Record<string, unknown>;
  const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

/** Article metadata from the JSON-LD values of a page (the first article-like object wins). */
export function metadataFromJsonLd(values: unknown[]): Partial<DocumentMetadata> {
  for (const value of values) {
    const article = findArticle(value, 0);
    if (!article) continue;
    return {
      title:
        cleanField(typeof article.headline === 'string' ? article.headline : null) ?? nameOf(article.name),
      published: toIsoDate(article.datePublished) ?? toIsoDate(article.dateCreated),
      author: nameOf(article.author),
      publisher: nameOf(article.publisher),
    };
  }
  return {};
}
