import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import type { JsonReport } from '../../server/src/cli/report';
import { CSV_COLUMNS } from '../../server/src/core/brief/render/csv';
import { parseCsv } from '../helpers/csv';
import { impliedProfiles, markdownProfiles } from '../helpers/profiles';
import { SEEDS_DIR } from '../helpers/seeds';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const cli = async (...args: string[]) =>
  (await run(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;

type Span = { path: string; start: number; end: number };
const at = (p: Span) => `${p.path}:${p.start}:${p.end}`;
const pairOf = (kind: string, a: Span, b: Span) => `${kind}|${[at(a), at(b)].sort().join('|')}`;

test('report: the CSV findings are those of analyze --json, by passages; the Markdown profiles match what the JSON implies', async () => {
  const json = JSON.parse(await cli('analyze', SEEDS_DIR, '--json')) as JsonReport;
  const rows = parseCsv(await cli('report', SEEDS_DIR, '--format', 'csv'));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const span = (r: string[], side: 'a' | 'b'): Span => ({
    path: r[col(`path_${side}`)]!,
    start: Number(r[col(`start_${side}`)]),
    end: Number(r[col(`end_${side}`)]),
  });
  const body = rows.slice(1);
  const conflicts = body.filter((r) => r[col('kind')] !== 'single-source');
  const singles = body.filter((r) => r[col('kind')] === 'single-source');
  assert.ok(json.contradictions.length > 0 && json.singleSource.length > 0);
  assert.deepEqual(
    conflicts.map((r) => pairOf(r[col('kind')]!, span(r, 'a'), span(r, 'b'))).sort(),
    json.contradictions.map((c) => pairOf(c.kind, c.a, c.b)).sort(),
  );
  assert.deepEqual(singles.map((r) => at(span(r, 'a'))).sort(), json.singleSource.map((s) => at(s)).sort());
  // Both quotes of every conflict, as the JSON has them (whitespace folded).
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const quotes = new Set(conflicts.flatMap((r) => [r[col('quote_a')], r[col('quote_b')]]));
  for (const c of json.contradictions) assert.ok(quotes.has(fold(c.a.text)) && quotes.has(fold(c.b.text)));

  const md = await cli('report', SEEDS_DIR, '--format', 'md');
  assert.deepEqual(markdownProfiles(md), impliedProfiles(json));
  assert.match(md, /^# Triangulate report: seeds\n/);
});

test('report --out writes the file, and never over one of the articles', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'triangulate-report-')), 'brief.html');
  await cli('report', SEEDS_DIR, '--format', 'html', '--out', out);
  assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
  const article = join(SEEDS_DIR, '000_c30b4125e81dfd99.txt');
  const before = readFileSync(article, 'utf8');
  await assert.rejects(
    cli('report', SEEDS_DIR, '--format', 'md', '--out', article),
    (e: { code: number; stderr: string }) => {
      assert.equal(e.code, 2);
      assert.match(e.stderr, /one of the analysed articles/);
      return true;
    },
  );
  assert.equal(readFileSync(article, 'utf8'), before);
  await assert.rejects(
    cli('report', SEEDS_DIR, '--format', 'pdf'),
    /Unknown --format “pdf”: use md\|html\|csv/,
  );
});
