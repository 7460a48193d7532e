import { escapeMarkdown } from '../core/markdownText';

// Hovers escape article text as the exported report does: one escaping for every Markdown.
export { escapeMarkdown };

/** A link whose target we built ourselves (a file URI with a line fragment), never document text. */
export function fileLink(label: string, uri: string, line: number): string {
  const target = uri.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${escapeMarkdown(label, 120)}](${target}#L${line + 1})`;
}
