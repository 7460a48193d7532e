import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { SEEDS_DIR } from '../helpers/seeds';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const CLAIM = 'Israel withheld a shipment of bombs';

/** Runs the CLI; resolves with its exit code and output, whatever the code. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('check --json: the seed where the US withheld the bombs contradicts “Israel withheld …” (role)', async () => {
  const { code, stdout, stderr } = await cli(['check', CLAIM, SEEDS_DIR, '--json']);
  assert.equal(code, 0, stderr);
  const answer = JSON.parse(stdout);
  assert.equal(answer.version, 1);
  assert.equal(answer.claim, `${CLAIM}.`);
  assert.equal(answer.sources.length, 5);
  const us = answer.sources.find((s: { path: string }) => s.path.startsWith('003'));
  assert.equal(us.verdict, 'contradicts');
  assert.equal(us.conflict.kind, 'role');
  const text = readFileSync(join(SEEDS_DIR, us.path), 'utf8');
  assert.equal(text.slice(us.passage.start, us.passage.end), us.passage.text);
  assert.equal(text.split('\n')[us.passage.line - 1]!.includes(us.passage.text), true);
  assert.match(us.passage.sentence, /^The administration has withheld a batch of heavy bombs/);
  for (const s of answer.sources) {
    assert.ok(['contradicts', 'agrees', 'mentions', 'silent'].includes(s.verdict));
    assert.equal(s.passage === null, s.verdict === 'silent', s.path);
  }
});

test('check prints the claim, then each group with its sources, passages and explanations', async () => {
  const { code, stdout } = await cli(['check', CLAIM, SEEDS_DIR]);
  assert.equal(code, 0);
  const lines = stdout.split('\n');
  assert.equal(lines[0], `Claim: “${CLAIM}.”`);
  const group = (name: string) => lines.findIndex((l) => l.startsWith(`${name} (`));
  const [contradict, agree, mentions, silent] = ['Contradict', 'Agree', 'Mentions', 'Silent'].map(group);
  assert.ok(contradict > 0 && contradict < agree && agree < mentions && mentions < silent, stdout);
  const row003 = lines.findIndex((l) =>
    /^ {2}003_2a34e0967e57bb20\.txt:\d+: “The administration has withheld/.test(l),
  );
  assert.ok(row003 > contradict && row003 < agree, stdout);
  assert.match(lines[row003 + 1]!, /^ {4}role: Who did it\? This source: Biden administration/);
  assert.ok(lines.slice(silent).some((l) => l === '  Archyworldys, 2024-06-24 (002_cbbb4d80171aaed5.txt)'));
});

test('check: a missing claim or folder gets a clear message and a non-zero exit code', async () => {
  const empty = await cli(['check', '  ', SEEDS_DIR]);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /Type a claim to check/);
  assert.equal(empty.stdout, '');
  for (const nothing of ['the of it', '???']) {
    const none = await cli(['check', nothing, SEEDS_DIR]);
    assert.equal(none.code, 2, nothing);
    assert.match(none.stderr, /^triangulate: The claim has no words to compare with the sources/);
    assert.equal(none.stdout, '');
  }
  const noFolder = await cli(['check', CLAIM, join(SEEDS_DIR, 'no-such-folder')]);
  assert.equal(noFolder.code, 1);
  assert.match(noFolder.stderr, /is not a folder that can be read/);
  const missing = await cli(['check', CLAIM]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /Missing <folder>/);
});
