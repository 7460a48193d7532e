import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  assert.equal(withheld.verb.lemma, 'withhold');
  assert.deepEqual(
    withheld.arguments.map((a: { role: string; text: string }) => [a.role, a.text]),
    [
      ['agent', 'The administration'],
      ['patient', 'a batch of heavy bombs'],
    ],
  );
  for (const c of report.claims) {
    for (const r of [...c.negations, ...c.hedges, ...c.arguments])
      assert.equal(
        (texts.get(c.path) as string).slice(r.start, r.end),
        r.text,
        'typed parts point at their text',
      );
  }
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

test('the findings: JSON arrays, SARIF 2.1.0, and the pairs batch mode', async () => {
  const { stdout } = await run(process.execPath, [CLI, 'analyze', SEEDS_DIR, '--json'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout);
  const role = report.contradictions.find(
    (c: { kind: string; a: { path: string } }) => c.kind === 'role' && c.a.path.startsWith('003'),
  );
  assert.ok(role, 'the withheld-bombs conflict');
  assert.equal(role.a.path.slice(0, 3) + role.b.path.slice(0, 3), '003004');
  for (const side of [role.a, role.b]) {
    assert.equal(readFileSync(join(SEEDS_DIR, side.path), 'utf8').slice(side.start, side.end), side.text);
  }
  assert.ok(report.singleSource.some((s: { text: string }) => s.text.includes('34,900 Palestinians')));

  const sarif = JSON.parse(
    (await run(process.execPath, [CLI, 'analyze', SEEDS_DIR, '--format', 'sarif'])).stdout,
  );
  assert.equal(sarif.version, '2.1.0');
  const result = sarif.runs[0].results.find(
    (r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      r.ruleId === 'role' && r.locations[0]!.physicalLocation.artifactLocation.uri === role.a.path,
  );
  assert.ok(result, 'the withheld-bombs conflict in SARIF');
  assert.equal(result.level, 'warning');

  const input = join(mkdtempSync(join(tmpdir(), 'pairs-')), 'in.jsonl');
  writeFileSync(
    input,
    [
      {
        id: '1',
        a: 'The Senate approved the aid package for Taiwan.',
        b: 'The Senate has not approved the aid package for Taiwan.',
      },
      { id: '2', a: 'Oil prices rose in Asian trading.', b: 'The coalition faces a vote of confidence.' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n'),
  );
  const lines = (await run(process.execPath, [CLI, 'pairs', input])).stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => [l.id, l.relation, l.kind]),
    [
      ['1', 'contradiction', 'negation'],
      ['2', 'unrelated', null],
    ],
  );
});

/** Findings of `analyze --json` on a temporary folder, by kind and quoted words (offsets move). */
async function findingsIn(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'headings-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const report = JSON.parse((await run(process.execPath, [CLI, 'analyze', dir, '--json'])).stdout);
  return [
    ...report.contradictions.map((c: { kind: string; a: { text: string } }) => `${c.kind}: ${c.a.text}`),
    ...report.singleSource.map((s: { text: string }) => `single-source: ${s.text}`),
  ].sort();
}

test('analyze: a markdown headline after front matter hides nothing of the body; nor do HTML headings', async () => {
  const body =
    'The army said 40 soldiers were killed on Monday near the border town.\n\n' +
    'Officials in Cairo said the ceasefire talks would resume on Thursday.\n';
  const other = body.replace('40 soldiers', '14 soldiers');
  const bare = await findingsIn({ 'a.md': body, 'b.txt': other });
  assert.ok(
    bare.some((f) => f.startsWith('number: ')),
    bare.join('\n'),
  );
  const headed = await findingsIn({
    'a.md': `---\ntitle: Border clashes\ndate: 2024-05-02\n---\n# Border clashes\n\n${body}`,
    'b.txt': other,
  });
  assert.deepEqual(headed, bare);
  const html = await findingsIn({
    'a.html': `<html><body><h1>Border clashes</h1><section><h2>Casualties</h2><p>${body.replace('\n\n', '</p></section><section><h2>Talks</h2><p>')}</p></section></body></html>`,
    'b.txt': other,
  });
  assert.deepEqual(html, bare);
  // Three lines: a heading, a blank line, one sentence with a figure.
  const alone = await findingsIn({ 'h.md': '# H\n\nThe army said 40 soldiers were killed on Monday.\n' });
  assert.deepEqual(alone, ['single-source: The army said 40 soldiers were killed on Monday.']);
});

test('analyze: each conflict is listed once, and a sentence a source repeats is told once with its count', async () => {
  const json = JSON.parse(
    (await run(process.execPath, [CLI, 'analyze', SEEDS_DIR, '--json'], { maxBuffer: 64 * 1024 * 1024 }))
      .stdout,
  );
  type Side = { path: string; start: number; end: number };
  const at = (p: Side) => `${p.path}:${p.start}:${p.end}`;
  const pairs = json.contradictions.map((c: { kind: string; a: Side; b: Side }) =>
    [c.kind, ...[at(c.a), at(c.b)].sort()].join('|'),
  );
  assert.equal(new Set(pairs).size, pairs.length, 'no pair of passages listed twice');
  const { stdout } = await run(process.execPath, [CLI, 'analyze', SEEDS_DIR]);
  // 001 says "… pressure Israel into selling more weapons …" twice: one entry, counted.
  const selling = stdout.split('\n').filter((l) => /Who transfers to whom\?.*sales to Israel/.test(l));
  assert.ok(
    selling.some((l) => /\(2 times: the sentences recur in these sources\)/.test(l)),
    stdout,
  );
  const header = Number(/Contradictions \((\d+)\)/.exec(stdout)?.[1]);
  const kinds = [...stdout.matchAll(/^ {2}[a-z-]+ \((\d+)\)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
  assert.equal(header, kinds, 'the total is the sum of the kinds as listed');
});
