import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { EntityListRequest } from '../../server/src/protocol';
import { eventually, seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

let server: TestServer;
let workspace: ReturnType<typeof seedsCopy>;

before(async () => {
  workspace = seedsCopy();
  // A file over the size cap, present from the start: it must be skipped with a visible reason.
  writeFileSync(join(workspace.dir, 'huge.txt'), 'Word '.repeat(3 * 1024));
  server = await startServer(workspace.uri, { maxFileSizeKB: 10 });
  await server.status((s) => s.state === 'ready');
});

after(async () => {
  await server?.stop();
  workspace?.cleanup();
});

const notify = (path: string, type: FileChangeType) =>
  server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: pathToFileURL(path).href, type }],
  });

test('a file over the size cap is skipped and the reason is reported', async () => {
  const status = await server.status((s) => s.state === 'ready');
  assert.equal(status.documents, 5);
  assert.equal(status.skipped.length, 1);
  assert.equal(status.skipped[0]?.path, 'huge.txt');
  assert.match(status.skipped[0]!.reason, /over the 10 KB limit \(triangulate\.maxFileSizeKB\)/);
});

test('files created and deleted on disk are followed', async () => {
  const path = join(workspace.dir, 'nested', 'new-article.md');
  mkdirSync(join(workspace.dir, 'nested'), { recursive: true });
  writeFileSync(
    path,
    '# Talks in Doha\n\nQatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted the envoys in Doha.\n',
  );
  await notify(path, FileChangeType.Created);
  await server.status((s) => s.state === 'ready' && s.documents === 6);
  const entities = await server.connection.sendRequest(EntityListRequest);
  assert.ok(entities.some((e) => e.name === 'Doha' && e.type === 'place'));
  rmSync(path);
  await notify(path, FileChangeType.Deleted);
  await server.status((s) => s.documents === 5);
  const after = await server.connection.sendRequest(EntityListRequest);
  assert.ok(!after.some((e) => e.name === 'Doha'));
});

test('editing .triangulate/entities.json applies at once, without a restart', async () => {
  const path = join(workspace.dir, '.triangulate', 'entities.json');
  mkdirSync(join(workspace.dir, '.triangulate'), { recursive: true });
  writeFileSync(
    path,
    JSON.stringify({ version: 1, ignore: ['Hakirya'], add: [{ name: 'Kirya', type: 'place' }] }),
  );
  await notify(path, FileChangeType.Created);
  const entities = await eventually(async () => {
    const list = await server.connection.sendRequest(EntityListRequest);
    return list.some((e) => e.name === 'Hakirya') ? undefined : list;
  });
  assert.ok(
    entities.some((e) => e.name === 'Israel'),
    'other entities are untouched',
  );
});
