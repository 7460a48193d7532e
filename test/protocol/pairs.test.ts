import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'triangulate-pairs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** `n` varied news-like sentences (seeded, so the test is repeatable). */
function longText(n: number, seed: number): string {
  const words = [
    'minister',
    'army',
    'village',
    'council',
    'report',
    'river',
    'bridge',
    'talks',
    'budget',
    'court',
  ];
  const names = ['Maria Lopez', 'Carlos Mendes', 'Anna Berg', 'John Smith', 'Li Wei'];
  let s = seed;
  const pick = <T>(list: T[]): T => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return list[s % list.length]!;
  };
  return Array.from(
    { length: n },
    (_, i) => `${pick(names)} said the ${pick(words)} near the ${pick(words)} had ${i} ${pick(words)}s.`,
  ).join(' ');
}

test('pairs: every row answered in order — BOM, null, bad JSON, a quoted "cannot" and a long row never stop the run', async () => {
  const rows = [
    '\uFEFF{"id":"first","a":"The army withdrew from the village.","b":"The army entered the village."}',
    'null',
    JSON.stringify({
      id: 'quotes',
      a: 'We cannot allow anything like that, and we won\'t."',
      b: '"We cannot, and will not, allow anything of the kind."',
    }),
    '{not json',
    '{"id":"no-b","a":"Only one text."}',
    '',
    JSON.stringify({ id: 'long', a: longText(2000, 1), b: longText(2000, 2) }),
    '{"id":"last","a":"Prices rose sharply.","b":"Prices fell sharply."}',
  ];
  const file = join(dir, 'rows.jsonl');
  writeFileSync(file, `${rows.join('\n')}\n`);
  // A bounded heap: comparing every sentence pair of the long row needed gigabytes.
  const { stdout, stderr, code } = await new Promise<{ stdout: string; stderr: string; code: number }>(
    (resolve) => {
      execFile(
        process.execPath,
        ['--max-old-space-size=400', CLI, 'pairs', file],
        { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
        (error, out, err) => resolve({ stdout: out, stderr: err, code: error ? Number(error.code) : 0 }),
      );
    },
  );
  const answers = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    answers.map((a) => a.id),
    ['first', null, 'quotes', null, 'no-b', 'long', 'last'],
    'one line per non-empty row, in order',
  );
  for (const id of ['first', 'quotes', 'long', 'last'])
    assert.ok(
      ['contradiction', 'match', 'unrelated'].includes(answers.find((a) => a.id === id)!.relation as string),
    );
  assert.deepEqual(
    answers.filter((a) => a.error).map((a) => a.line),
    [2, 4, 5],
    'errors name their line',
  );
  assert.match(stderr, /line 2: needs an object/);
  assert.match(stderr, /line 4: not JSON/);
  assert.match(stderr, /line 5 \(id no-b\): needs string fields/);
  assert.doesNotMatch(stderr, /cannot read/);
  assert.equal(code, 1, 'bad rows make the exit code 1');
});
