/**
 * Lays an article out as a real file would look, remembering where each body sentence landed:
 * plain text (headline line, date line, paragraphs) or markdown (front matter, `# Headline`,
 * paragraphs). A seed keeps its own file; a changed sentence is spliced into it.
 */
import type { Article } from './eval-planted-data';

export type Format = 'txt' | 'md';

export interface Rendered {
  path: string;
  text: string;
  /** File offsets of each body sentence, end exclusive. */
  spans: Array<[number, number]>;
}

/** Body sentences per paragraph: Wikinews paragraphs are short. */
const PARAGRAPH_SENTENCES = 3;

export function render(article: Article, format: Format, body: readonly string[] = article.body): Rendered {
  if (article.raw) return spliceRaw(article.raw, body);
  const head =
    format === 'md'
      ? `---\ntitle: ${JSON.stringify(article.headline)}\ndate: ${JSON.stringify(article.date)}\n---\n\n# ${article.headline}\n\n`
      : `${article.headline}\n\n${article.date}\n\n`;
  let text = head;
  const spans: Array<[number, number]> = [];
  body.forEach((sentence, i) => {
    if (i > 0) text += i % PARAGRAPH_SENTENCES === 0 ? '\n\n' : ' ';
    spans.push([text.length, text.length + sentence.length]);
    text += sentence;
  });
  return { path: `${article.id}.${format}`, text: `${text}\n`, spans };
}

function spliceRaw(raw: NonNullable<Article['raw']>, body: readonly string[]): Rendered {
  let text = '';
  let from = 0;
  const spans: Array<[number, number]> = [];
  raw.spans.forEach(([start, end], i) => {
    text += raw.text.slice(from, start);
    const sentence = body[i] ?? raw.text.slice(start, end);
    spans.push([text.length, text.length + sentence.length]);
    text += sentence;
    from = end;
  });
  return { path: raw.file, text: text + raw.text.slice(from), spans };
}
