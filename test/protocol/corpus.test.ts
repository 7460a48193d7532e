// The team corpus on a real PostgreSQL (a throwaway cluster, test/helpers/postgres.ts): concurrent
// workers split the seeds and store each once, a worker killed mid-way loses nothing, analyze --db
// reports what analyze <folder> does, and an unreachable corpus is one clear line and exit code 1.
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort, startPostgres, type TestPostgres } from '../helpers/postgres';
import { SEEDS_DIR, seedFiles } from '../helpers/seeds';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEEDS = seedFiles().length;

let server: TestPostgres;
before(async () => {
  server = await startPostgres();
});
after(async () => {
  await server?.stop();
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** `triangulate index <folder> --db url …` as its own process; `delayMs` slows each store (test-only). */
function indexSeeds(
  url: string,
  args: string[],
  delayMs = 0,
  folder = SEEDS_DIR,
): { child: ChildProcess; exit: Promise<Exit> } {
  const env = { ...process.env, TRIANGULATE_CORPUS_TEST_DELAY_MS: String(delayMs) };
  const child = spawn(process.execPath, [CLI, 'index', folder, '--db', url, ...args], { env });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const exit = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exit };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Documents, analyses, done ones and distinct contents: what "each stored once" is checked on. */
async function tally(url: string) {
  const [row] = await query<{ documents: number; analyses: number; done: number; contents: number }>(
    url,
    `SELECT (SELECT count(*)::int FROM documents) AS documents,
       (SELECT count(*)::int FROM analyses) AS analyses,
       (SELECT count(*)::int FROM documents WHERE state = 'done') AS done,
       (SELECT count(DISTINCT content_hash)::int FROM documents) AS contents`,
  );
  return row!;
}

/** The number of documents this run analysed, from its summary line. */
const analysedHere = (stderr: string): number =>
  Number(/this run added \d+ and analysed (\d+)/.exec(stderr)?.[1]);

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('two workers at once split the seeds and store each one once; a re-run adds nothing', async () => {
  const url = await server.createDatabase('concurrent');
  const [a, b] = [indexSeeds(url, ['--workers', '1'], 150), indexSeeds(url, ['--workers', '1'], 150)];
  const [ra, rb] = await Promise.all([a.exit, b.exit]);
  assert.equal(ra.code, 0, ra.stderr);
  assert.equal(rb.code, 0, rb.stderr);
  assert.deepEqual(await tally(url), { documents: SEEDS, analyses: SEEDS, done: SEEDS, contents: SEEDS });
  assert.equal(
    analysedHere(ra.stderr) + analysedHere(rb.stderr),
    SEEDS,
    'every document analysed by one worker',
  );
  const [terms] = await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM sentence_terms');
  assert.ok(terms!.n > 100, 'sentence terms are stored');
  assert.match(ra.stderr, /Corpus: 5 documents, 5 analysed, 0 failed, 0 pending/);

  const again = await indexSeeds(url, ['--workers', '1']).exit;
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /5 articles read, 0 new/);
  assert.equal(analysedHere(again.stderr), 0, 'nothing changed, nothing analysed');

  // The same report as for the folder: entities, matches, contradictions, single-source claims.
  const [fromDb, fromFolder] = await Promise.all([
    run(process.execPath, [CLI, 'analyze', '--db', url, '--json'], { maxBuffer: 64 * 1024 * 1024 }),
    run(process.execPath, [CLI, 'analyze', SEEDS_DIR, '--json'], { maxBuffer: 64 * 1024 * 1024 }),
  ]);
  const db = JSON.parse(fromDb.stdout);
  const folder = JSON.parse(fromFolder.stdout);
  assert.ok(folder.contradictions.length > 0 && folder.singleSource.length > 0 && folder.matches.length > 0);
  assert.deepEqual(db.contradictions, folder.contradictions);
  assert.deepEqual(db.singleSource, folder.singleSource);
  assert.deepEqual(db.matches, folder.matches);
  assert.deepEqual(db, folder);
  assert.match(fromDb.stderr, /Loaded 5 sources from the corpus/);
});

test('a worker killed mid-way loses nothing: the next run takes its documents over after the lease', async () => {
  const url = await server.createDatabase('killed');
  const first = indexSeeds(url, ['--workers', '1', '--lease', '2'], 800);
  const stored = async () => (await tally(url).catch(() => ({ done: 0 }))).done; // before the migration: none
  await until(async () => (await stored()) >= 1, 30_000, 'the first document to be stored');
  first.child.kill('SIGKILL');
  assert.equal((await first.exit).signal, 'SIGKILL');
  const midway = await tally(url);
  assert.ok(midway.done < SEEDS, `killed mid-way (${midway.done} of ${SEEDS} stored)`);

  const second = await indexSeeds(url, ['--workers', '1']).exit;
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(await tally(url), { documents: SEEDS, analyses: SEEDS, done: SEEDS, contents: SEEDS });
  assert.equal(
    analysedHere(second.stderr),
    SEEDS - midway.done,
    'only what the killed worker had not stored',
  );
});

test('a re-run analyses only the file that changed; the same text at two paths is one document', async () => {
  const url = await server.createDatabase('changes');
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-corpus-'));
  try {
    cpSync(SEEDS_DIR, folder, { recursive: true });
    const [first, second] = seedFiles();
    copyFileSync(join(folder, first!.name), join(folder, `copy-of-${first!.name}`));
    const initial = await indexSeeds(url, ['--workers', '1'], 0, folder).exit;
    assert.equal(initial.code, 0, initial.stderr);
    assert.match(initial.stderr, /6 articles read, 5 new/);
    assert.equal((await tally(url)).documents, SEEDS);

    appendFileSync(join(folder, second!.name), '\n\nThe talks resumed in Cairo on Monday.\n');
    const rerun = await indexSeeds(url, ['--workers', '1'], 0, folder).exit;
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stderr, /6 articles read, 1 new/);
    assert.equal(analysedHere(rerun.stderr), 1, 'only the changed file is analysed');
    const { stdout } = await run(process.execPath, [CLI, 'analyze', '--db', url, '--json'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(stdout);
    assert.equal(report.documents.length, SEEDS, 'the older text of the changed file is not reported');
    assert.ok(
      report.claims.some(
        (c: { path: string; text: string }) => c.path === second!.name && c.text.includes('Cairo'),
      ),
      'the report reads the new text',
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('an unreachable corpus or a wrong password is one clear line and exit code 1, the password never shown', async () => {
  const nobody = `postgres://postgres:secret@127.0.0.1:${await freePort()}/corpus`;
  const wrong = server.url.replace(':secret@', ':not-the-password@');
  for (const [url, reason] of [
    [nobody, /ECONNREFUSED/],
    [wrong, /password authentication failed/],
  ] as const) {
    for (const args of [
      ['analyze', '--db', url, '--json'],
      ['index', SEEDS_DIR, '--db', url],
    ]) {
      const result = await run(process.execPath, [CLI, ...args]).then(
        () => assert.fail(`${args[0]} succeeded`),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      assert.equal(result.code, 1);
      assert.equal(result.stdout, '');
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, /^triangulate: cannot reach the corpus at postgres:\/\/postgres:\*\*\*@/);
      assert.match(lines[0]!, reason);
      assert.doesNotMatch(result.stderr, /secret|not-the-password/);
    }
  }
});

/** The statements of docs/TEAM.md's set-up, split where it connects to the new database. */
function teamSetUp(): { server: string[]; database: string[] } {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'TEAM.md'), 'utf8');
  const sql = /```sql\n([\s\S]*?)```/.exec(doc)![1]!;
  const statements = (part: string) =>
    part
      .replace(/--.*$/gm, '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  const [onServer, onDatabase] = sql.split('\\c triangulate\n');
  return { server: statements(onServer!), database: statements(onDatabase!) };
}

async function execute(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

test("TEAM.md's set-up: its writer role indexes, its read-only role analyses and cannot write (but shares review decisions)", async () => {
  const { server: onServer, database: onDatabase } = teamSetUp();
  await execute(server.url, onServer);
  await execute(server.url.replace(/\/postgres$/, '/triangulate'), onDatabase);
  const at = (role: string) => `postgres://${role}@127.0.0.1:${server.port}/triangulate`;
  const as = (password: string) => ({
    env: { ...process.env, PGPASSWORD: password },
    maxBuffer: 64 * 1024 * 1024,
  });
  const indexed = await run(
    process.execPath,
    [CLI, 'index', SEEDS_DIR, '--db', at('triangulate')],
    as('change-me'),
  );
  assert.match(indexed.stderr, /Corpus: 5 documents, 5 analysed/);
  const report = await run(
    process.execPath,
    [CLI, 'analyze', '--db', at('triangulate_read'), '--json'],
    as('change-me-too'),
  );
  assert.equal(JSON.parse(report.stdout).documents.length, SEEDS);
  const refused = await run(
    process.execPath,
    [CLI, 'index', SEEDS_DIR, '--db', at('triangulate_read')],
    as('change-me-too'),
  ).then(
    () => assert.fail('the read-only role wrote to the corpus'),
    (e: { code: number; stderr: string }) => e,
  );
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /^triangulate: permission denied/);

  // The grant that lets editors on the read-only role share review decisions, run by the owner.
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'TEAM.md'), 'utf8');
  const grants = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)][1]![1]!;
  const owner = at('triangulate').replace('triangulate@', 'triangulate:change-me@');
  await execute(
    owner,
    grants
      .split(';')
      .map((g) => g.trim())
      .filter(Boolean),
  );
  const reader = at('triangulate_read').replace('triangulate_read@', 'triangulate_read:change-me-too@');
  await execute(reader, [
    "INSERT INTO review_decisions (finding_key, kind, decision, reviewer) VALUES ('k', 'role', 'dismissed', 'alice')",
  ]);
  await assert.rejects(execute(reader, ['DELETE FROM review_decisions']), /permission denied/);
  await assert.rejects(execute(reader, ["UPDATE documents SET path = 'x'"]), /permission denied/);
});
