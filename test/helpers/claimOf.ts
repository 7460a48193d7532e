import { extractClaim } from '../../server/src/core/claims/extract';
import type { Claim } from '../../server/src/core/claims/types';
import { tokenize } from '../../server/src/core/nlp/tokenize';

/** The claim of a one-sentence text, with analysis offsets as source offsets. */
export function claimOf(sentence: string): Claim {
  const t = tokenize(sentence, [{ start: 0, end: sentence.length, kind: 'paragraph', level: 0 }]);
  const s = t.sentences[0]!;
  return extractClaim({
    index: 0,
    tokens: t.tokens,
    from: s.tokenStart,
    to: s.tokenEnd,
    text: sentence,
    toSource: (a, b) => [a, b],
  });
}
