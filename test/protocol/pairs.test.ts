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

/** Runs `triangulate pairs` on rows; resolves with its output and exit code. */
function runPairs(rows: string[], name: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const file = join(dir, name);
  writeFileSync(file, `${rows.join('\n')}\n`);
  return new Promise((resolve) => {
    // A bounded heap: comparing every sentence pair of a long row needed gigabytes.
    execFile(
      process.execPath,
      ['--max-old-space-size=400', CLI, 'pairs', file],
      { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 },
      (error, out, err) => resolve({ stdout: out, stderr: err, code: error ? Number(error.code) : 0 }),
    );
  });
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
  const { stdout, stderr, code } = await runPairs(rows, 'rows.jsonl');
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

// An article written for this test in the manner of a wire report, and headlines about it.
const ARTICLE = [
  'Toulouse, France — Airbus said on Tuesday it will cut 10,000 jobs across Europe over four years.',
  'The cuts are part of a restructuring plan called Power8, the company said.',
  'Unions in France and Germany called strikes in response.',
].join(' ');

test('pairs with an article: related, the best sentence with its relation, the stance; ids kept', async () => {
  const rows = [
    { id: 'same', a: 'Airbus to cut 10,000 jobs in Europe', b: ARTICLE },
    { id: 'wrong figure', a: 'Airbus to cut 25,000 jobs in Europe', b: ARTICLE },
    { id: 'other story', a: 'Heavy rain floods villages in southern Chile', b: ARTICLE },
    { id: 'sentences', a: 'Prices rose sharply.', b: 'Prices fell sharply.' },
  ].map((r) => JSON.stringify(r));
  const { stdout, code } = await runPairs(rows, 'articles.jsonl');
  assert.equal(code, 0);
  const [same, wrong, other, sentences] = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    [same, wrong, other, sentences].map((a) => a!.id),
    ['same', 'wrong figure', 'other story', 'sentences'],
  );
  assert.equal(same!.related, true);
  assert.equal(same!.stance, 'agree');
  assert.deepEqual(same!.best, {
    side: 'b',
    index: 0,
    text: 'Toulouse, France — Airbus said on Tuesday it will cut 10,000 jobs across Europe over four years.',
    relation: (same!.best as { relation: string }).relation,
    score: (same!.best as { score: number }).score,
  });
  assert.match((same!.best as { relation: string }).relation, /^(?:duplicate|paraphrase)$/);
  assert.equal(wrong!.relation, 'contradiction');
  assert.equal(wrong!.kind, 'number');
  assert.equal(wrong!.stance, 'disagree');
  assert.equal(other!.related, false);
  assert.ok(!('stance' in other!), 'no stance when unrelated');
  assert.deepEqual(
    Object.keys(sentences!).sort(),
    ['id', 'kind', 'match', 'relation', 'score'],
    'two sentences: the sentence verdict alone',
  );
  assert.equal(sentences!.relation, 'contradiction');
});

test('pairs: match says whether two sentences say the same thing, as the paraphrase decision reads them', async () => {
  const rows = [
    {
      id: 'reordered',
      a: 'After three weeks of talks, the union accepted the pay offer of the rail company on Tuesday.',
      b: 'The union accepted the rail company’s pay offer on Tuesday after three weeks of talks.',
    },
    {
      id: 'other figures',
      a: "Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.",
      b: "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion in 1998.",
    },
    {
      id: 'headline',
      a: 'Airline orders twelve long-haul jets',
      b: 'The national airline has ordered 12 new long-haul jets to modernise its fleet and improve its transatlantic network.',
    },
  ];
  const { stdout, code } = await runPairs(
    rows.map((r) => JSON.stringify(r)),
    'paraphrase.jsonl',
  );
  assert.equal(code, 0);
  const answers = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; relation: string; match: string | null });
  assert.deepEqual(
    answers.map((a) => [a.id, a.relation, a.match]),
    [
      ['reordered', 'match', 'duplicate'],
      ['other figures', 'match', 'same-event'],
      ['headline', 'match', 'paraphrase'],
    ],
  );
});
