// `npm start -- <folder>`: which folder opens, the messages for bad input, and the code-server URL
// that opens it with the extension loaded from source (the hidden `payload` parameter).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { workbenchUrl } from '../../scripts/e2e/codeServer.mjs';
import { parseStartArguments } from '../../scripts/startArguments.mjs';

const root = mkdtempSync(join(tmpdir(), 'triangulate-start-'));
after(() => rmSync(root, { recursive: true, force: true }));
const seeds = join(root, 'seeds');
const mine = join(root, 'my articles #1');
mkdirSync(seeds);
mkdirSync(mine);
writeFileSync(join(root, 'note.txt'), 'not a folder');
const parse = (...argv) => parseStartArguments(argv, { cwd: root, defaultFolder: seeds });

test('without a folder npm start opens the seeds; a relative folder is where the user typed it', () => {
  assert.deepEqual(parse(), { folder: seeds, port: undefined, codeServer: false, build: true });
  assert.equal(parse('my articles #1').folder, mine);
  assert.equal(parse(mine).folder, mine);
  assert.deepEqual(parse('--code-server', 'my articles #1', '--port', '8123', '--no-build'), {
    folder: mine,
    port: 8123,
    codeServer: true,
    build: false,
  });
});

test('a missing folder, a file, two folders or an unknown option stop with a message', () => {
  assert.throws(() => parse('nowhere'), /There is no folder .*nowhere to open/);
  assert.throws(() => parse('note.txt'), /note\.txt is a file: give the folder that holds your articles/);
  assert.throws(() => parse('seeds', 'my articles #1'), /One folder at a time/);
  assert.throws(() => parse('--verbose'), /Unknown option --verbose\. Usage: npm start/);
  assert.throws(() => parse('--port'), /--port needs a port number/);
  assert.throws(() => parse('--port', 'http'), /--port needs a port number/);
});

test('the workbench URL of any folder keeps the payload that loads the extension from source', () => {
  const url = new URL(workbenchUrl('http://127.0.0.1:8123', mine, { extensionDevelopmentPath: '/repo/tri' }));
  assert.equal(url.origin, 'http://127.0.0.1:8123');
  assert.equal(url.searchParams.get('folder'), mine, 'spaces and # survive');
  assert.deepEqual(JSON.parse(url.searchParams.get('payload') ?? 'null'), [
    ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:8123/repo/tri'],
  ]);
  assert.equal(new URL(workbenchUrl('http://127.0.0.1:8123', mine)).searchParams.get('payload'), null);
});
