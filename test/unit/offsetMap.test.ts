import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OffsetMap } from '../../server/src/core/ingest/offsetMap';

test('copied runs map character for character, rewritten spans map as a whole', () => {
  // Source: "a &amp; b" → analysed "a & b"
  const map = new OffsetMap();
  map.push(0, 2, 2, true); // "a "
  map.push(2, 7, 1, false); // "&amp;" → "&"
  map.push(7, 9, 2, true); // " b"
  assert.equal(map.analysisLength, 5);
  assert.deepEqual(map.toSourceRange(0, 1), [0, 1]);
  assert.deepEqual(map.toSourceRange(2, 3), [2, 7], 'the decoded ampersand covers the whole reference');
  assert.deepEqual(map.toSourceRange(4, 5), [8, 9]);
  assert.deepEqual(map.toSourceRange(0, 5), [0, 9]);
});

test('an identity map is the identity', () => {
  const map = OffsetMap.identity(10);
  for (let i = 0; i < 10; i++) assert.deepEqual(map.toSourceRange(i, i + 1), [i, i + 1]);
});
