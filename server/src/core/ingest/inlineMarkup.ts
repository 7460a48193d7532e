import type { TextAssembler } from './assembler';

/**
 * Emphasis and code markers (`**bold**`, `__x__`, `*x*`, `` `x` ``) are markup, not text: they are
 * left out of the analysed text while the characters between them keep their exact source offsets.
 * Underscores inside words (snake_case) and lone asterisks in arithmetic are kept.
 */
const INLINE_MARKER = /\*\*|__|`+|(?<![\p{L}\p{N}*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\p{L}\p{N}*])/gu;

export function copyWithoutInlineMarkup(out: TextAssembler, sourceStart: number, text: string): void {
  let last = 0;
  for (const m of text.matchAll(INLINE_MARKER)) {
    const at = m.index ?? 0;
    out.copy(sourceStart + last, text.slice(last, at));
    last = at + m[0].length;
  }
  out.copy(sourceStart + last, text.slice(last));
}
