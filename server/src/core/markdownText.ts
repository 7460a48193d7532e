import { printable } from './printable';

/**
 * Article text is untrusted. Everything taken from a document goes through `escapeMarkdown`
 * before it reaches Markdown (a hover, an exported report), so it renders as literal text on one
 * line: no links, no HTML, no command URIs, no table cell or heading it could break out of.
 */
export function escapeMarkdown(text: string, maxLength = 200): string {
  const bounded = printable(text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text);
  return bounded
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~:])/g, '\\$1');
}
