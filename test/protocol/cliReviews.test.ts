// The CLI applies the analysed folder's `.triangulate/reviews.json` as the editor does (issue 11).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import type { JsonContradiction, JsonSingleSource } from '../../server/src/cli/findings';
import { SEEDS_DIR } from '../helpers/seeds';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

interface Findings {
  contradictions: JsonContradiction[];
  singleSource: JsonSingleSource[];
}

/** A temporary copy of the seeds (the articles are never touched). */
function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reviews-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  mkdirSync(join(dir, '.triangulate'), { recursive: true });
  return dir;
}

const analyze = async (dir: string, ...flags: string[]) =>
  run(process.execPath, [CLI, 'analyze', dir, ...flags], { maxBuffer: 64 * 1024 * 1024 });

async function findings(dir: string): Promise<Findings & { stderr: string }> {
  const { stdout, stderr } = await analyze(dir, '--json');
  const report = JSON.parse(stdout) as Findings;
  return { contradictions: report.contradictions, singleSource: report.singleSource, stderr };
}

const withheld = (c: JsonContradiction) =>
  c.kind === 'role' && c.a.path.startsWith('003') && c.b.path.startsWith('004');
const casualties = (s: JsonSingleSource) => s.text.includes('34,900 Palestinians');
const certaintyOf001 = (c: JsonContradiction) =>
  c.kind === 'certainty' && [c.a.path, c.b.path].some((p) => p.startsWith('001'));

test('analyze: dismissed findings are hidden, reviewed ones kept and marked, ignored kinds dropped per file', async () => {
  const dir = seedsCopy();
  const before = await findings(dir);
  const role = before.contradictions.find(withheld);
  const figure = before.singleSource.find(casualties);
  assert.ok(role && figure, 'the seeds’ withheld-bombs conflict and casualty figure');
  assert.ok(before.contradictions.some(certaintyOf001), 'a certainty conflict of 001');
  const path004 = before.singleSource.find((s) => s.path.startsWith('004'))?.path;
  const path001 = before.contradictions.find(certaintyOf001)!.a.path;
  assert.ok(path004, 'a single-source claim in 004');
  writeFileSync(
    join(dir, '.triangulate', 'reviews.json'),
    JSON.stringify({
      version: 1,
      decisions: [
        { key: role.id, kind: 'role', decision: 'dismissed', a: role.a.text, b: role.b.text },
        { key: figure.id, kind: 'single-source', decision: 'reviewed', a: figure.text, b: '' },
      ],
      ignoredKinds: [
        { path: path004, kind: 'single-source' },
        { path: path001, kind: 'certainty' },
      ],
    }),
  );

  const after = await findings(dir);
  assert.equal(after.stderr.includes('reviews.json'), false, after.stderr);
  assert.equal(after.contradictions.filter(withheld).length, 0, 'dismissed');
  assert.deepEqual(
    after.singleSource.filter(casualties).map((s) => s.reviewed),
    [true],
  );
  assert.equal(after.singleSource.filter((s) => s.path === path004).length, 0, 'ignored in 004');
  assert.ok(
    after.singleSource.some((s) => s.path !== path004 && !s.reviewed),
    'other files keep their claims',
  );
  // Ignored in 001, the certainty conflicts are still reported from the other source's side.
  const certainty = after.contradictions.filter(certaintyOf001);
  assert.ok(certainty.length > 0);
  assert.ok(certainty.every((c) => c.a.path !== path001));

  const text = (await analyze(dir)).stdout;
  assert.match(text, /a figure \(“34,900 Palestinians”\) no other source gives\. \(reviewed\)/);
  assert.doesNotMatch(text, /Who did it\? This source: Biden administration/);

  const sarif = JSON.parse((await analyze(dir, '--format', 'sarif')).stdout);
  const results = sarif.runs[0].results as Array<{
    ruleId: string;
    level: string;
    properties?: { reviewed?: boolean };
    partialFingerprints?: { triangulateKey?: string };
    message: { text: string };
  }>;
  assert.equal(results.filter((r) => r.partialFingerprints?.triangulateKey === role.id).length, 0);
  const reviewed = results.filter((r) => r.properties?.reviewed);
  assert.equal(reviewed.length, 1);
  assert.equal(reviewed[0]!.level, 'note');
  assert.match(reviewed[0]!.message.text, /34,900 Palestinians.*\(reviewed\)$/);
});

test('analyze: a malformed reviews file is reported on stderr and not applied', async () => {
  const dir = seedsCopy();
  const before = await findings(dir);
  writeFileSync(join(dir, '.triangulate', 'reviews.json'), '{"decisions": [ {"key": "x", ');
  const after = await findings(dir);
  assert.match(after.stderr, /\.triangulate\/reviews\.json: not valid JSON/);
  assert.match(after.stderr, /not applied/);
  assert.deepEqual(after.contradictions, before.contradictions);
  assert.deepEqual(after.singleSource, before.singleSource);
});
