import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  type CorrectionResult,
  EntityListRequest,
  IgnoreEntityRequest,
  ReviewRequest,
} from '../../server/src/protocol';
import { seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

const cleanups: Array<() => void> = [];
after(() => {
  for (const c of cleanups) c();
});

function workspace(): string {
  const ws = seedsCopy();
  cleanups.push(ws.cleanup);
  return ws.dir;
}

async function ready(dir: string): Promise<TestServer> {
  const server = await startServer(pathToFileURL(dir).href);
  await server.status((s) => s.state === 'ready' && s.documents === 5, 60_000);
  return server;
}

const review = (server: TestServer, key: string): Promise<CorrectionResult> =>
  server.connection.sendRequest(ReviewRequest, { action: 'reviewed', key, kind: 'role', a: 'a', b: 'b' });

const decisionsOnDisk = (dir: string): string[] =>
  (
    JSON.parse(readFileSync(join(dir, '.triangulate', 'reviews.json'), 'utf8')) as {
      decisions: Array<{ key: string }>;
    }
  ).decisions.map((d) => d.key);

test('two windows on one workspace: 40 decisions each, all 80 acknowledged and all 80 on disk', async () => {
  const dir = workspace();
  const [one, two] = await Promise.all([ready(dir), ready(dir)]);
  try {
    const keys = (who: string) => Array.from({ length: 40 }, (_, i) => `${who}-${i}`);
    const results = await Promise.all([
      ...keys('one').map((k) => review(one, k)),
      ...keys('two').map((k) => review(two, k)),
    ]);
    assert.deepEqual(
      results.filter((r) => !r.ok),
      [],
      'every decision is saved',
    );
    assert.deepEqual(decisionsOnDisk(dir).sort(), [...keys('one'), ...keys('two')].sort());
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }
});

test('one window: concurrent entity ignores all land; malformed review requests are refused, not acknowledged', async () => {
  const dir = workspace();
  const server = await ready(dir);
  try {
    const entities = (await server.connection.sendRequest(EntityListRequest)).slice(0, 10);
    const ignored = await Promise.all(
      entities.map((e) => server.connection.sendRequest(IgnoreEntityRequest, { entityId: e.id })),
    );
    assert.ok(
      ignored.every((r) => r.ok),
      JSON.stringify(ignored),
    );
    const onDisk = new Set(
      (JSON.parse(readFileSync(join(dir, '.triangulate', 'entities.json'), 'utf8')) as { ignore: string[] })
        .ignore,
    );
    for (const e of entities) assert.ok(onDisk.has(e.name), `${e.name} is ignored on disk`);

    const malformed: unknown[] = [
      { action: 'reviewed', key: 'k1', kind: 'no-such-kind', a: 'a', b: 'b' },
      { action: 'reviewed', key: 42, kind: 'role', a: 'a', b: 'b' },
      { action: 'approve', key: 'k2', kind: 'role', a: 'a', b: 'b' },
    ];
    for (const params of malformed) {
      const result = await server.connection.sendRequest(ReviewRequest, params as never);
      assert.equal(result.ok, false, `refused: ${JSON.stringify(params)}`);
    }
    assert.ok((await review(server, 'good')).ok);
    assert.deepEqual(decisionsOnDisk(dir), ['good'], 'only the valid decision is on disk');
  } finally {
    await server.stop();
  }
});

test('links out of the workspace: a linked .triangulate or reviews.json is neither read nor written', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'triangulate-outside-'));
  cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
  const linkedFolder = workspace();
  symlinkSync(outside, join(linkedFolder, '.triangulate'));
  const linkedFile = workspace();
  mkdirSync(join(linkedFile, '.triangulate'));
  const secret = join(outside, 'secret.json');
  writeFileSync(
    secret,
    JSON.stringify({ decisions: [{ key: 'SECRET', kind: 'role', decision: 'reviewed' }] }),
  );
  symlinkSync(secret, join(linkedFile, '.triangulate', 'reviews.json'));

  const [a, b] = await Promise.all([ready(linkedFolder), ready(linkedFile)]);
  try {
    const viaFolder = await review(a, 'k');
    assert.equal(viaFolder.ok, false);
    assert.match(viaFolder.message, /symbolic link/);
    assert.throws(() => readFileSync(join(outside, 'reviews.json')), 'nothing written to the link target');
    const viaFile = await review(b, 'k');
    assert.equal(viaFile.ok, false);
    assert.match(readFileSync(secret, 'utf8'), /SECRET/, 'the outside file is untouched');
    assert.doesNotMatch(readFileSync(secret, 'utf8'), /"k"/);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});
