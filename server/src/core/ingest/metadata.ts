/** What the article says about itself, when it says it (JSON-LD, meta tags, front matter). */
export interface DocumentMetadata {
  title: string | null;
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  publisher: string | null;
  author: string | null;
}

export const EMPTY_METADATA: DocumentMetadata = {
  title: null,
  published: null,
  publisher: null,
  author: null,
};

/** Normalises a date string from metadata to YYYY-MM-DD, or null when it is not a date. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (direct) return `${direct[1]}-${direct[2]}-${direct[3]}`;
  if (s.length > 64) return null;
  const parsed = Date.parse(s);
  if (Number.isNaN(parsed)) return null;
  // A date without a time parses as local midnight: read it back in local time, or a machine east
  // of Greenwich would report the day before.
  const d = new Date(parsed);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Fills the gaps of `primary` from `fallback`, field by field. */
export function mergeMetadata(
  primary: DocumentMetadata,
  fallback: Partial<DocumentMetadata>,
): DocumentMetadata {
  return {
    title: primary.title ?? fallback.title ?? null,
    published: primary.published ?? fallback.published ?? null,
    publisher: primary.publisher ?? fallback.publisher ?? null,
    author: primary.author ?? fallback.author ?? null,
  };
}

export function cleanField(value: string | null | undefined, max = 300): string | null {
  if (typeof value !== 'string') return null;
  const s = value.replace(/\s+/g, ' ').trim();
  if (s.length === 0) return null;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
