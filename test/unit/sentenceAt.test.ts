import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceAround } from '../../client/src/sentenceAt';

const LINE =
  'The Pentagon is reviewing the request. “The administration has withheld a batch of bombs,” he said. Talks go on';
const TEXT = `Headline\n\n${LINE}\nNext paragraph.`;

test('the claim box is prefilled with the sentence at the cursor, within its paragraph line', () => {
  const at = (word: string) => TEXT.indexOf(word);
  assert.equal(sentenceAround(TEXT, at('reviewing')), 'The Pentagon is reviewing the request.');
  assert.equal(
    sentenceAround(TEXT, at('withheld')),
    '“The administration has withheld a batch of bombs,” he said.',
  );
  assert.equal(sentenceAround(TEXT, at('Talks') + 2), 'Talks go on');
  assert.equal(sentenceAround(TEXT, at('Next')), 'Next paragraph.');
  assert.equal(sentenceAround(TEXT, 0), 'Headline');
  assert.equal(sentenceAround(TEXT, at('\n\n') + 1), '', 'an empty line has no sentence');
  assert.equal(sentenceAround('', 0), '');
});
