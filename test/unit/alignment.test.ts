import assert from 'node:assert/strict';
import { test } from 'node:test';
import { antonymous, incompatibleActs } from '../../server/src/core/alignment/lexicon';
import * as words from '../../server/src/core/alignment/words';
import { FIGURE_QUALIFIERS } from '../../server/src/core/entities/lexicon';

test('the comparison word lists hold no duplicates', () => {
  for (const [name, list] of Object.entries(words)) {
    const items = Array.isArray(list)
      ? list.map((x) => (Array.isArray(x) ? [...x].sort().join('|') : String(x)))
      : Object.keys(list as object);
    const seen = new Set<string>();
    for (const item of items) {
      assert.ok(!seen.has(item), `${name}: “${item}” twice`);
      seen.add(item);
    }
  }
});

test('verbs of moving up and down: each in one list, and no curated pair repeats one of their pairs', () => {
  const up = new Set(words.MOVES_UP);
  assert.deepEqual(
    words.MOVES_DOWN.filter((w) => up.has(w)),
    [],
  );
  const down = new Set(words.MOVES_DOWN);
  const repeated = words.CURATED_ANTONYMS.filter(
    ([a, b]) => (up.has(a) && down.has(b)) || (up.has(b) && down.has(a)),
  );
  assert.deepEqual(repeated, []);
  assert.ok(antonymous('climb', 'drop'), 'every verb up is the opposite of every verb down');
  assert.ok(antonymous('tumble', 'surge'));
  assert.ok(!antonymous('climb', 'surge'));
});

test('opposites and exclusive activities read as a reader would', () => {
  assert.ok(antonymous('rise', 'fall'));
  assert.ok(antonymous('open', 'closed'));
  assert.ok(!antonymous('buy', 'purchase'));
  assert.ok(incompatibleActs('sit', 'run'), 'sitting excludes running');
  assert.ok(incompatibleActs('sleep', 'jog'), 'sleeping excludes jogging');
  assert.ok(!incompatibleActs('sit', 'read'), 'one can read sitting');
  assert.ok(!incompatibleActs('drive', 'sit'), 'one drives sitting');
});

test('figure qualifiers: each in one group only, so a bound is never also an approximation', () => {
  const all = Object.values(FIGURE_QUALIFIERS).flat();
  assert.equal(new Set(all).size, all.length);
});
