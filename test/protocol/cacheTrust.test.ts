import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { EntityListRequest, ReindexRequest } from '../../server/src/protocol';
import { seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

const workspace = seedsCopy();
const cacheFolder = mkdtempSync(join(tmpdir(), 'triangulate-cache-'));
const workspaceChosen = mkdtempSync(join(tmpdir(), 'triangulate-chosen-'));
after(() => {
  workspace.cleanup();
  rmSync(cacheFolder, { recursive: true, force: true });
  rmSync(workspaceChosen, { recursive: true, force: true });
});

const entries = (folder: string): string[] =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(folder, f));

type Entry = { sentences: unknown[]; mentions: Array<Record<string, unknown>> };
const checksum = (json: string) => createHash('sha256').update(json).digest('hex');
const readEntry = (path: string): Entry => JSON.parse(readFileSync(path, 'utf8').split('\n')[1]!);
/** Rewrites an entry; `sign` recomputes its checksum, as a deliberate forger would. */
function poison(path: string, change: (e: Entry) => void, sign: boolean): void {
  const entry = readEntry(path);
  change(entry);
  const json = JSON.stringify(entry);
  writeFileSync(path, `${sign ? checksum(json) : '0'.repeat(64)}\n${json}`);
}
const plant = (e: Entry) => {
  for (const m of e.mentions)
    if (m.kind === 'name') Object.assign(m, { surface: 'Planted Person', key: 'planted person' });
};

const start = (settings: Record<string, unknown> = {}) =>
  startServer(workspace.uri, settings, { cacheFolder });
const names = async (server: TestServer) =>
  (await server.connection.sendRequest(EntityListRequest)).map((e) => `${e.name}:${e.mentions}`).sort();
const ready = (server: TestServer) => server.status((s) => s.state === 'ready' && s.documents === 5, 60_000);

test('the cache folder comes from the client at start; a workspace setting cannot move it', async () => {
  const server = await start({ cacheFolder: workspaceChosen });
  try {
    await ready(server);
  } finally {
    await server.stop();
  }
  assert.deepEqual(entries(workspaceChosen), [], 'nothing written where the workspace settings point');
  assert.equal(entries(cacheFolder).length, 5, 'one entry per article in the client-named folder');
});

test('poisoned cache entries are discarded and recomputed; Re-index bypasses the cache', async () => {
  const reference = await start();
  await ready(reference);
  const expected = await names(reference);
  await reference.stop();

  const [nullSentence, shifted, edited, forged] = entries(cacheFolder);
  poison(nullSentence!, (e) => e.sentences.splice(0, 1, null), true);
  const shift = (e: Entry) => {
    for (const m of e.mentions) Object.assign(m, { start: 10_000_000, end: 10_000_010 });
  };
  poison(shifted!, shift, true);
  poison(edited!, plant, false);
  poison(forged!, plant, true); // valid in every checkable way: only a Re-index can heal it

  const server = await start();
  try {
    const status = await ready(server);
    assert.deepEqual(status.skipped, [], 'no file fails because of its cache entry');
    const served = await names(server);
    assert.ok(
      served.some((n) => n.startsWith('Planted Person')),
      'the forged entry is served until a Re-index',
    );
    for (const path of [nullSentence!, shifted!, edited!])
      assert.doesNotMatch(
        readFileSync(path, 'utf8'),
        /Planted Person|10000000|\[null/,
        `${path} was recomputed`,
      );

    await server.connection.sendRequest(ReindexRequest);
    await ready(server);
    assert.deepEqual(await names(server), expected, 'after Re-index: the entities of a fresh analysis');
    assert.doesNotMatch(readFileSync(forged!, 'utf8'), /Planted Person/, 'the Re-index rewrote the entry');
  } finally {
    await server.stop();
  }
});
