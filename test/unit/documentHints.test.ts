import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DocumentHints, taggedHints } from '../../server/src/core/entities/ner/documentHints';
import type { NerToken } from '../../server/src/core/entities/ner/features';

const sentence = (text: string): NerToken[] =>
  text.split(' ').map((value) => ({ value, pos: 'X', lemma: value.toLowerCase() }));

test('the second pass reads what the first tagged the same word as in the other sentences', () => {
  const a = sentence('Siemens shares fell in Munich');
  const b = sentence('Siemens said on Monday');
  const c = sentence('Analysts expect shares to recover');
  const hinted = [a, b, c].map((tokens, i) => ({
    tokens,
    from: 0,
    to: tokens.length,
    hints: taggedHints(
      i === 0
        ? [
            { tokenStart: 0, tokenEnd: 1, type: 'ORG' as const },
            { tokenStart: 4, tokenEnd: 5, type: 'LOC' as const },
          ]
        : [],
      0,
      tokens.length,
    ),
  }));
  const document = new DocumentHints(hinted);
  // "Siemens" of b: an organisation in a; "Monday", "said": no other capitalised use.
  assert.deepEqual([...document.of(b, 0, b.length, hinted[1]!)], [2, 0, 0, 0]);
  // "Siemens" of a: untagged in b (its own sentence is left out); "Munich" nowhere else.
  assert.deepEqual([...document.of(a, 0, a.length, hinted[0]!)], [5, 0, 0, 0, 0]);
  // A headline copy of a sentence is counted without that sentence, as the sentence itself.
  const headline = sentence('Siemens Shares Fall');
  assert.deepEqual([...document.of(headline, 0, 3, hinted[0]!)], [5, 0, 0]);
  assert.deepEqual([...document.of(headline, 0, 3, null)], [2, 0, 0], 'with it, the majority type');
  // Token ranges inside a longer array.
  assert.deepEqual([...document.of([...c, ...b], 5, 9, hinted[1]!)], [2, 0, 0, 0]);
});

test('tagged names become hints by type and position', () => {
  const hints = taggedHints(
    [
      { tokenStart: 3, tokenEnd: 5, type: 'PER' },
      { tokenStart: 6, tokenEnd: 7, type: 'LOC' },
    ],
    2,
    8,
  );
  // hints.ts codes: 1 + type * 2 + inside, type 1 person, 3 place.
  assert.deepEqual([...hints], [0, 3, 4, 0, 7, 0]);
});
