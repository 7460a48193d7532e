import { type AssembledText, TextAssembler } from './assembler';
import { copyWithoutInlineMarkup } from './inlineMarkup';
import { isHardWrapped, looksLikeHeading, splitLines, standsAlone } from './lines';

/**
 * Plain text: one block per line (or per paragraph when the text is hard-wrapped, but for lines that
 * stand alone: capitals, results); isolated short lines without final punctuation are headings,
 * and a heading that opens the text is the headline.
 */
export function ingestPlainText(source: string): AssembledText & { headline: string | null } {
  const out = new TextAssembler();
  const lines = splitLines(source);
  const wrapped = isHardWrapped(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') {
      out.close();
    } else if (looksLikeHeading(lines, i)) {
      out.open('heading', 2);
      copyWithoutInlineMarkup(out, line.start, line.text);
      out.close();
    } else if (wrapped && !standsAlone(line.text)) {
      if (out.hasContent) out.replace(line.start, line.start, ' ');
      copyWithoutInlineMarkup(out, line.start, line.text);
    } else {
      out.open('paragraph');
      copyWithoutInlineMarkup(out, line.start, line.text);
      out.close();
    }
  }
  const assembled = out.finish();
  const first = assembled.blocks[0];
  let headline: string | null = null;
  if (first?.kind === 'heading') {
    first.level = 1;
    headline = assembled.text.slice(first.start, first.end);
  }
  return { ...assembled, headline };
}
