import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { EntityListRequest } from '../../server/src/protocol';
import { seedsCopy, startServer } from '../helpers/lspClient';

const workspace = seedsCopy();
const cacheFolder = mkdtempSync(join(tmpdir(), 'triangulate-cache-'));

after(() => {
  workspace.cleanup();
  rmSync(cacheFolder, { recursive: true, force: true });
});

const entries = () =>
  readdirSync(join(cacheFolder, 'analyses'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(cacheFolder, 'analyses', f));

test('a restarted server gets its state back from the cache; a corrupt entry is discarded and recomputed', async () => {
  const first = await startServer(workspace.uri, {}, { cacheFolder });
  await first.status((s) => s.state === 'ready' && s.documents === 5);
  const before = (await first.connection.sendRequest(EntityListRequest))
    .map((e) => `${e.id}:${e.mentions}`)
    .sort();
  await first.stop(); // as if it had crashed: the next server starts from the cache
  const cached = entries();
  assert.equal(cached.length, 5, 'one entry per article');

  writeFileSync(cached[0]!, '{"version": 3, "sentences": [tru'); // a torn, corrupt entry
  const second = await startServer(workspace.uri, {}, { cacheFolder });
  try {
    await second.status((s) => s.state === 'ready' && s.documents === 5);
    const after = (await second.connection.sendRequest(EntityListRequest))
      .map((e) => `${e.id}:${e.mentions}`)
      .sort();
    assert.deepEqual(after, before, 'the same entities and mentions as before the restart');
    assert.ok(
      JSON.parse(readFileSync(cached[0]!, 'utf8').split('\n')[1]!).sentences.length > 0,
      'the corrupt entry was rewritten',
    );
  } finally {
    await second.stop();
  }
});
