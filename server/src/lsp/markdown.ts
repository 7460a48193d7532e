import { printable } from '../core/printable';

/**
 * Article text is untrusted. Everything taken from a document goes through `escapeMarkdown`
 * before it reaches a hover, so it renders as literal text: no links, no HTML, no command URIs.
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

/** A link whose target we built ourselves (a file URI with a line fragment), never document text. */
export function fileLink(label: string, uri: string, line: number): string {
  const target = uri.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeMarkdown(label, 120)}](${target}#L${line + 1})`;
}
