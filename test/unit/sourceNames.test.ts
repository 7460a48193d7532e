import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortTitle } from '../../server/src/core/contradictions/sources';

test('a long headline naming a source is cut at a word; short names and file names stay whole', () => {
  assert.equal(
    shortTitle('Gallant’s diplomatic mission: Trip aims to resolve conflict between Israel and the USA'),
    'Gallant’s diplomatic mission: Trip aims…',
  );
  assert.equal(
    shortTitle('Biden Administration Considers Pausing Weapon Deliveries'),
    'Biden Administration Considers Pausing…',
  );
  assert.equal(shortTitle('003_2a34e0967e57bb20.txt'), '003_2a34e0967e57bb20.txt');
  assert.ok(shortTitle('x'.repeat(90)).length <= 41, 'a headline without spaces is cut too');
});
