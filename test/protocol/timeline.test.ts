// The Timeline request against the real bundled server, on the seeds: one lane per source, the
// dated source first, entries in time order, each opening at its sentence.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { TimelineRequest } from '../../server/src/protocol';
import { seedsServerSuite } from '../helpers/seedsServer';

const seeds = seedsServerSuite();
const uriOf = seeds.uriOf;

test('the seeds’ timeline: five lanes, Archyworldys (dated) first, days in order, each entry opening at its sentence', async () => {
  const result = await seeds.server.connection.sendRequest(TimelineRequest, {
    uri: uriOf('003_2a34e0967e57bb20.txt'),
  });
  assert.equal(result.state, 'ok');
  assert.equal(result.lanes.length, 5);
  assert.deepEqual(result.lanes[0], {
    uri: uriOf('002_cbbb4d80171aaed5.txt'),
    source: 'Archyworldys, 2024-06-24',
    published: '2024-06-24',
  });
  assert.ok(
    result.lanes.slice(1).every((l) => l.published === null),
    'the undated after the dated',
  );
  const days = result.items.map((i) => i.day);
  assert.deepEqual(days, [...days].sort(), 'in time order');
  const published = result.items.find((i) => i.kind === 'published');
  assert.equal(published?.day, '2024-06-24');
  const gallant = result.items.find((i) => i.kind === 'stated' && i.day === '2024-05-15');
  assert.ok(gallant, '004’s “May 15, 2024” is on the timeline');
  const text = readFileSync(fileURLToPath(gallant.uri), 'utf8');
  const lines = new LineIndex(text);
  const opened = text.slice(lines.offsetAt(gallant.range.start), lines.offsetAt(gallant.range.end));
  assert.equal(opened, gallant.text);
});

test('a file that is not an article has no timeline, and says so', async () => {
  const result = await seeds.server.connection.sendRequest(TimelineRequest, {
    uri: uriOf('.vscode/settings.json'),
  });
  assert.equal(result.state, 'notArticle');
  assert.deepEqual(result.items, []);
});
