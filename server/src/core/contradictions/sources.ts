import type { IndexReader } from '../index/indexReader';

/** A headline longer than this is cut at a word when it names a source: messages stay readable. */
const MAX_TITLE_NAME = 40;

/** A source as an analyst names it: outlet and date when known, else its (short) title or file name. */
export function sourceName(index: IndexReader, uri: string): string {
  const metadata = index.document(uri)?.analysis.metadata;
  const name = metadata?.publisher ?? shortTitle(index.label(uri));
  return metadata?.published ? `${name}, ${metadata.published}` : name;
}

/** “Gallant’s diplomatic mission: Trip aims to resolve conflict…” → “Gallant’s diplomatic mission…”. */
export function shortTitle(title: string): string {
  if (title.length <= MAX_TITLE_NAME) return title;
  const cut = title.slice(0, MAX_TITLE_NAME);
  const space = cut.lastIndexOf(' ');
  const words = space > MAX_TITLE_NAME / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s:;,.–—-]+$/u, '')}…`;
}
