import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgePair } from '../../server/src/cli/pairs';
import { ingest } from '../../server/src/core/ingest';
import { tokenize } from '../../server/src/core/nlp/tokenize';

const QUOTED = '"We cannot, and will not, allow anything of the kind."';

test('every token has a lemma, also a word wink leaves without one ("cannot" after a quote)', () => {
  const ingested = ingest('b.txt', QUOTED);
  const { tokens } = tokenize(ingested.text, ingested.blocks);
  const cannot = tokens.find((t) => t.value === 'cannot');
  assert.equal(cannot?.lemma, 'cannot');
  for (const t of tokens) assert.equal(typeof t.lemma, 'string', `lemma of ${t.value}`);
});

test('a pair with quoted "cannot" is judged instead of throwing', () => {
  const verdict = judgePair('We cannot allow anything like that, and we won\'t."', QUOTED);
  assert.ok(['contradiction', 'match', 'unrelated'].includes(verdict.relation));
});
