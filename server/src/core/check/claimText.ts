import { analyzeDocument, type DocumentAnalysis } from '../index/analyzeDocument';

/** Longer input is not a claim but a passage: the analyst is asked to pick its sentence. */
export const MAX_CLAIM_CHARS = 1000;

/**
 * The claim as a one-paragraph text that analyses as a statement: whitespace collapsed, and a final
 * full stop when it has none (a short line without one reads as a headline, and headlines are
 * labels, not claims). A problem message instead when there is nothing to check.
 */
export function claimText(input: unknown): { text: string } | { problem: string } {
  if (typeof input !== 'string') return { problem: 'The claim must be text.' };
  const text = input.replace(/\s+/g, ' ').trim();
  if (text === '')
    return { problem: 'Type a claim to check, such as “Israel withheld a shipment of bombs”.' };
  if (text.length > MAX_CLAIM_CHARS)
    return {
      problem: `The claim is ${text.length.toLocaleString('en-US')} characters long; check one or two sentences at a time (at most ${MAX_CLAIM_CHARS.toLocaleString('en-US')} characters).`,
    };
  return { text: /[.!?]["'”’)\]]*$/u.test(text) ? text : `${text}.` };
}

/**
 * The claim analysed as a small document of its own, or a problem when none of its sentences has a
 * word to compare (a name, a figure, a content word): “the of it” or “???” would find every source
 * silent, which is no answer.
 */
export function analysedClaim(
  input: unknown,
): { text: string; analysis: DocumentAnalysis } | { problem: string } {
  const checked = claimText(input);
  if ('problem' in checked) return checked;
  const analysis = analyzeDocument('claim.txt', checked.text);
  if (analysis.sentences.every((s) => s.terms.length === 0))
    return {
      problem:
        'The claim has no words to compare with the sources (a name, a figure, what happened): say who did what, such as “Israel withheld a shipment of bombs”.',
    };
  return { text: checked.text, analysis };
}
