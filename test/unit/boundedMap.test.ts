import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMap } from '../../server/src/core/boundedMap';

test('a weighed cache stays within its weight budget, dropping the oldest entries first', () => {
  const cache = new BoundedMap<number, string>(4096, (v) => v.length, 10_000);
  for (let version = 0; version < 1000; version++) cache.set(version, 'x'.repeat(1000));
  assert.ok(cache.weight <= 10_000, `weight ${cache.weight}`);
  assert.equal(cache.size, 10);
  assert.equal(cache.get(999)?.length, 1000, 'the newest entry is kept');
  assert.equal(cache.get(0), undefined, 'the oldest are gone');
  cache.set(999, 'y'); // replacing an entry replaces its weight
  assert.equal(cache.weight, 9001);
});

test('one entry heavier than the budget is still kept (the current document), alone', () => {
  const cache = new BoundedMap<string, string>(10, (v) => v.length, 100);
  cache.set('small', 'x');
  cache.set('huge', 'x'.repeat(1000));
  assert.deepEqual([cache.get('small'), cache.get('huge')?.length], [undefined, 1000]);
});
