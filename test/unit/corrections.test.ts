import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCorrections, serializeCorrections } from '../../server/src/core/entities/corrections';
import { entityNamed, indexOf } from '../helpers/seeds';

const story = `Envoy Steve Witkoff met Qatari officials in Doha. Witkoff later flew to Cairo. The Leverage Held headline tool is not a name. Everyone calls him bibi.`;

test('corrections: add, merge and ignore change the entities without re-analysing documents', () => {
  const index = indexOf([{ name: 'a.txt', text: story }]);
  assert.equal(entityNamed(index, 'bibi'), undefined, 'a lowercase word is not guessed to be a name');
  const { corrections, problems } = parseCorrections(
    JSON.stringify({
      version: 1,
      add: [{ name: 'bibi', type: 'person' }],
      merge: [['Steve Witkoff', 'Witkoff']],
      ignore: ['Cairo'],
    }),
  );
  assert.deepEqual(problems, []);
  index.setCorrections(corrections);
  assert.equal(entityNamed(index, 'bibi')?.type, 'person');
  assert.equal(entityNamed(index, 'Witkoff')?.name, 'Steve Witkoff');
  assert.equal(entityNamed(index, 'Cairo'), undefined);
  assert.equal(entityNamed(index, 'Doha')?.type, 'place');
});

test('corrections: a merge joins two entities the machine kept apart', () => {
  const index = indexOf([
    { name: 'a.txt', text: 'Envoy Steve Witkoff spoke. Envoy Avi Witkoff answered. Witkoff left.' },
  ]);
  // Two given names, one surname: two people to the machine, and "Witkoff" is neither of them.
  assert.equal(entityNamed(index, 'Avi Witkoff')?.name, 'Avi Witkoff');
  assert.notEqual(entityNamed(index, 'Witkoff')?.name, 'Steve Witkoff');
  index.setCorrections(
    parseCorrections(JSON.stringify({ merge: [['Steve Witkoff', 'Avi Witkoff']] })).corrections,
  );
  assert.equal(entityNamed(index, 'Avi Witkoff')?.name, 'Steve Witkoff');
  assert.equal(entityNamed(index, 'Witkoff')?.name, 'Steve Witkoff');
});

test('corrections: a broken file is reported, valid entries survive', () => {
  const bad = parseCorrections('{ not json');
  assert.equal(bad.problems.length, 1);
  assert.deepEqual(bad.corrections, { add: [], merge: [], ignore: [] });
  const partly = parseCorrections(
    JSON.stringify({
      add: [{ name: 'X' }, { name: 'Y', type: 'place' }],
      merge: [['only one']],
      ignore: ['Z', 5],
    }),
  );
  assert.deepEqual(partly.corrections.add, [{ name: 'Y', type: 'place', aliases: [] }]);
  assert.deepEqual(partly.corrections.ignore, ['Z']);
  assert.equal(partly.problems.length, 3);
});

test('corrections: serialised in a stable, pretty-printed order', () => {
  const c = {
    add: [
      { name: 'b', type: 'place' as const, aliases: ['z', 'a'] },
      { name: 'a', type: 'person' as const, aliases: [] },
    ],
    merge: [['Z', 'y', 'x']],
    ignore: ['q', 'p', 'q'],
  };
  const text = serializeCorrections(c);
  assert.equal(text, serializeCorrections(parseCorrections(text).corrections), 'round-trips unchanged');
  assert.ok(text.endsWith('\n'));
  assert.match(text, /"ignore": \[\n {4}"p",\n {4}"q"\n {2}\]/);
});
