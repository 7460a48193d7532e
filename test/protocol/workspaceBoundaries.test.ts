import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { ReindexRequest, ReviewRequest } from '../../server/src/protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'triangulate-bounds-'));
const outside = mkdtempSync(join(tmpdir(), 'triangulate-outside-'));
const uri = (name: string) => pathToFileURL(join(dir, name)).href;
let server: TestServer;

before(async () => {
  writeFileSync(join(dir, 'real.txt'), 'Maria Lopez met the mayor of Springfield on Monday.\n');
  writeFileSync(join(dir, '..notes.txt'), 'Carlos Mendes visited the harbour in Lisbon.\n');
  writeFileSync(join(outside, 'secret.txt'), 'Zebulon Quartermaine holds the outside secret.\n');
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'passwd.txt'));
  symlinkSync(join(dir, 'real.txt'), join(dir, 'alias.txt'));
  execFileSync('mkfifo', [join(dir, 'article.txt')]);
  server = await startServer(pathToFileURL(dir).href);
  await server.status((s) => s.state === 'ready', 60_000);
});

after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

test('server: a named pipe and a link out of the workspace are skipped with a reason; "..notes.txt" and a link inside are read', async () => {
  const status = await server.status((s) => s.state === 'ready');
  const skipped = new Map(status.skipped.map((s) => [s.path, s.reason]));
  assert.match(skipped.get('article.txt') ?? '', /named pipe/);
  assert.match(skipped.get('passwd.txt') ?? '', /outside the workspace/);
  assert.equal(status.documents, 3, 'real.txt, alias.txt and ..notes.txt');
});

test('server: watched-file events on a named pipe do not freeze file I/O', async () => {
  const changes = Array.from({ length: 6 }, () => ({
    uri: uri('article.txt'),
    type: FileChangeType.Changed,
  }));
  for (const change of changes)
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [change] });
  let timer: NodeJS.Timeout | undefined;
  const answered = await Promise.race([
    Promise.all([
      server.connection.sendRequest(ReviewRequest, {
        action: 'reviewed',
        key: 'k',
        kind: 'role',
        a: 'a',
        b: 'b',
      }),
      server.connection.sendRequest(ReindexRequest),
    ]),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), 15_000);
    }),
  ]).finally(() => clearTimeout(timer));
  assert.ok(answered, 'the review and the re-index were answered');
  assert.equal(answered[0].ok, true);
  assert.equal(answered[1].documents, 3);
});

test('CLI: the named pipe and the outside link are reported as skipped; outside text never appears', async () => {
  const { stdout, stderr } = await run(process.execPath, [CLI, 'analyze', dir, '--json'], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  assert.match(stderr, /article\.txt: skipped: a named pipe/);
  assert.match(stderr, /passwd\.txt: skipped: a link to a file outside the workspace/);
  assert.doesNotMatch(stdout, /Zebulon|Quartermaine/);
  const report = JSON.parse(stdout) as { documents: Array<{ path: string }> };
  assert.deepEqual(report.documents.map((d) => d.path).sort(), ['..notes.txt', 'alias.txt', 'real.txt']);
});
