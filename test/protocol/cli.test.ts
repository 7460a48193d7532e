import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { SEEDS_DIR } from '../helpers/seeds';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

test('analyze --json prints schema version 1 on stdout and nothing else', async () => {
  const { stdout, stderr } = await run(process.execPath, [CLI, 'analyze', SEEDS_DIR, '--json'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout);
  assert.equal(report.version, 1);
  assert.equal(report.documents.length, 5);
  assert.deepEqual(Object.keys(report.documents[0]).sort(), [
    'author',
    'path',
    'published',
    'publisher',
    'title',
  ]);
  assert.match(stderr, /Analysed 5 source/);
  for (const e of report.entities) {
    assert.ok(['person', 'organization', 'place', 'equipment', 'quantity', 'date'].includes(e.type));
    for (const m of e.mentions) {
      const text = readFileSync(join(SEEDS_DIR, m.path), 'utf8');
      assert.equal(text.slice(m.start, m.end), m.text, `${e.id} at ${m.path}:${m.start}`);
    }
  }
  const netanyahu = report.entities.find((e: { name: string }) => e.name === 'Benjamin Netanyahu');
  assert.ok(netanyahu.aliases.includes('Netanyahu'));
});

test('analyze prints a readable report grouped by type', async () => {
  const { stdout } = await run(process.execPath, [CLI, 'analyze', SEEDS_DIR]);
  assert.match(stdout, /^Sources \(5\)/);
  assert.match(
    stdout,
    /\nPerson \(\d+\)\n {2}Benjamin Netanyahu — \d+ mentions in 4 sources {2}\[Netanyahu\]/,
  );
});

test('a missing folder exits non-zero with a clear message', async () => {
  await assert.rejects(
    run(process.execPath, [CLI, 'analyze', join(SEEDS_DIR, 'nope')]),
    (e: { code: number; stderr: string }) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /is not a folder that can be read/);
      return true;
    },
  );
});
