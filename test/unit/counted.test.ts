// Counts read as an analyst writes them: "1 source", "9 mentions in 1 source" (issue: "1 sources").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityCounts } from '../../client/src/views/entityText';
import { counted } from '../../server/src/core/counted';

test('one of a thing is singular, none or several are plural, irregular plurals are given', () => {
  assert.equal(counted(1, 'source'), '1 source');
  assert.equal(counted(0, 'source'), '0 sources');
  assert.equal(counted(9, 'mention'), '9 mentions');
  assert.equal(counted(1, 'entity', 'entities'), '1 entity');
  assert.equal(counted(71, 'entity', 'entities'), '71 entities');
});

test('the entity line of the Entities view and Find Entity', () => {
  assert.equal(entityCounts({ type: 'person', mentions: 9, sources: 1 }), 'person · 9 mentions in 1 source');
  assert.equal(entityCounts({ type: 'place', mentions: 1, sources: 1 }), 'place · 1 mention in 1 source');
  assert.equal(entityCounts({ type: 'date', mentions: 4, sources: 3 }), 'date · 4 mentions in 3 sources');
});
