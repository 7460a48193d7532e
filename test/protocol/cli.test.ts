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

  // Claims and matches: offsets as for mentions; each pair once.
  const texts = new Map(
    report.documents.map((d: { path: string }) => [d.path, readFileSync(join(SEEDS_DIR, d.path), 'utf8')]),
  );
  assert.ok(report.claims.length > 100);
  for (const c of report.claims) {
    assert.equal((texts.get(c.path) as string).slice(c.start, c.end), c.text);
    assert.ok(
      ['affirmed', 'negated'].includes(c.polarity) &&
        ['asserted', 'hedged', 'reported'].includes(c.certainty),
    );
  }
  const withheld = report.claims.find((c: { text: string }) =>
    c.text.startsWith('The administration has withheld'),
  );
  assert.equal(withheld.predicate, 'withhold');
  const keys = new Set<string>();
  for (const m of report.matches) {
    assert.notEqual(m.a.path, m.b.path);
    assert.ok(m.score > 0 && m.score <= 1 && ['duplicate', 'paraphrase', 'same-event'].includes(m.relation));
    const key = `${m.a.path}:${m.a.start}|${m.b.path}:${m.b.start}`;
    assert.ok(!keys.has(key), 'each pair appears once');
    keys.add(key);
  }
  assert.ok(
    report.matches.some(
      (m: { a: { path: string }; b: { path: string } }) =>
        m.a.path.startsWith('003') && m.b.path.startsWith('004'),
    ),
  );
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
