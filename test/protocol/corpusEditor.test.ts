// The team corpus in the editor, on a real PostgreSQL (test/helpers/postgres.ts) and real language
// server processes: the seeds indexed into the corpus by the CLI are sources of a workspace that
// holds only one of them (diagnostics point into `triangulate-corpus:` documents, whose text the
// server serves); a local copy wins over its corpus twin; an unreachable corpus or a wrong password
// says so quickly, masked, while the local workspace keeps working; and a review decision taken in
// one editor is seen by another through the corpus.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import {
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  type FullDocumentDiagnosticReport,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import {
  CheckClaimRequest,
  CORPUS_SCHEME,
  CorpusDocumentRequest,
  CorpusPasswordNotification,
  type CorpusStatus,
  CorpusStatusNotification,
  RefreshCorpusRequest,
  ReviewListRequest,
  ReviewRequest,
} from '../../server/src/protocol';
import { eventually, seedsCopy, startServer, type TestServer } from '../helpers/lspClient';
import { freePort, startPostgres, type TestPostgres } from '../helpers/postgres';
import { SEEDS_DIR, seedText } from '../helpers/seeds';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const F003 = seedText('003');
const F004 = seedText('004');
const PASSWORD = 'secret';

let postgres: TestPostgres;
/** The corpus's URL as the setting holds it: no password (the client sends it). */
let corpusUrl: string;
const cleanups: Array<() => Promise<void> | void> = [];

before(async () => {
  postgres = await startPostgres();
  const url = await postgres.createDatabase('editor');
  await run(process.execPath, [CLI, 'index', SEEDS_DIR, '--db', url, '--workers', '1']);
  corpusUrl = url.replace(`:${PASSWORD}@`, '@');
});
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await postgres?.stop();
});

/** A folder holding only the seeds named. */
function folderWith(...names: string[]): { dir: string; uri: string } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-corpus-editor-'));
  for (const name of names) copyFileSync(join(SEEDS_DIR, name), join(dir, name));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return { dir, uri: pathToFileURL(dir).href };
}

interface CorpusServer {
  server: TestServer;
  statuses: CorpusStatus[];
  corpus(state: CorpusStatus['state'], timeoutMs?: number): Promise<CorpusStatus>;
}

/** A server on `folderUri` with the corpus setting, and the password sent as the client sends it. */
async function corpusServer(
  folderUri: string,
  corpus: { url: string; reviewer?: string },
  password = PASSWORD,
): Promise<CorpusServer> {
  const server = await startServer(folderUri, { corpus });
  cleanups.push(() => server.stop());
  const statuses: CorpusStatus[] = [];
  server.connection.onNotification(CorpusStatusNotification, (s: CorpusStatus) => {
    statuses.push(s);
  });
  void server.connection.sendNotification(CorpusPasswordNotification, { password });
  await server.status((s) => s.state === 'ready');
  return {
    server,
    statuses,
    corpus: (state, timeoutMs = 20_000) =>
      eventually(async () => statuses.find((s) => s.state === state), timeoutMs),
  };
}

async function diagnostics(s: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  })) as FullDocumentDiagnosticReport;
  return report.items;
}

const relatedUris = (items: Diagnostic[]) =>
  items.flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri));
const corpusUriOf = (name: string) => `${CORPUS_SCHEME}:/${name}`;

test('an article alone in its folder is compared with the team corpus: diagnostics point into triangulate-corpus: documents, served read-only', async () => {
  const folder = folderWith(F003.name);
  const { server, corpus } = await corpusServer(folder.uri, { url: corpusUrl });
  const ready = await corpus('ready');
  assert.equal(ready.documents, 4, 'the four other seeds; 003 is the local copy');
  assert.match(ready.message, /4 articles from postgres:\/\/postgres@127\.0\.0\.1:\d+\/editor/);
  assert.match(ready.message, /1 article also in the workspace \(the local copy is used\)/);

  const uri003 = pathToFileURL(join(folder.dir, F003.name)).href;
  const role = await eventually(async () =>
    (await diagnostics(server, uri003)).find(
      (d) => d.code === 'role' && relatedUris([d]).includes(corpusUriOf(F004.name)),
    ),
  );
  assert.match(String(role.message), /Who did it\?/);
  assert.ok(
    relatedUris(await diagnostics(server, uri003)).every((u) => u.startsWith(`${CORPUS_SCHEME}:/`)),
    'the only other sources are the corpus documents',
  );

  const served = await server.connection.sendRequest(CorpusDocumentRequest, { uri: corpusUriOf(F004.name) });
  assert.equal(served?.text, F004.text, 'the passage opens on the stored text');
  const range = role.relatedInformation!.find((r) => r.location.uri === corpusUriOf(F004.name))!.location
    .range;
  const line = F004.text.split('\n')[range.start.line]!;
  assert.match(line.slice(range.start.character), /withh/i, 'the related range lies on the passage');
  // A hover counts and lists the corpus's sources.
  const at = F003.text.indexOf('Benjamin Netanyahu') + 10;
  const before = F003.text.slice(0, at).split('\n');
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uri003 },
    position: { line: before.length - 1, character: before.at(-1)!.length },
  });
  const markdown = String((hover?.contents as { value?: string })?.value ?? '');
  assert.match(markdown, /in \d of 5 sources/, 'the four corpus sources and the local one');

  // Check a Claim weighs the corpus's sources too: 004 agrees from the corpus, 003 contradicts locally.
  const check = await server.connection.sendRequest(CheckClaimRequest, {
    claim: 'Israel withheld a shipment of bombs',
  });
  assert.equal(check.state, 'ok');
  const verdict = (name: string) => check.sources.find((v) => v.path === name);
  assert.equal(verdict(F004.name)?.verdict, 'agrees');
  assert.equal(verdict(F004.name)?.uri, corpusUriOf(F004.name));
  assert.equal(verdict(F003.name)?.verdict, 'contradicts');
  assert.equal(verdict(F003.name)?.uri, uri003);
  assert.equal(
    await server.connection.sendRequest(CorpusDocumentRequest, { uri: corpusUriOf(F003.name) }),
    null,
    'the corpus twin of a local file is not filed',
  );
  assert.equal(
    await server.connection.sendRequest(CorpusDocumentRequest, { uri: pathToFileURL(folder.dir).href }),
    null,
    'only corpus documents are served',
  );
});

test('the local copy wins: a workspace holding every seed files no corpus document', async () => {
  const workspace = seedsCopy();
  cleanups.push(workspace.cleanup);
  const { server, corpus } = await corpusServer(workspace.uri, { url: corpusUrl });
  const ready = await corpus('ready');
  assert.equal(ready.documents, 0);
  assert.match(ready.message, /5 articles also in the workspace/);
  const status = await server.status((s) => s.state === 'ready' && s.documents === 5);
  assert.equal(status.documents, 5, 'no duplicate sources');
  const uri003 = pathToFileURL(join(workspace.dir, F003.name)).href;
  const items = await diagnostics(server, uri003);
  assert.ok(items.some((d) => d.code === 'role'));
  assert.ok(
    relatedUris(items).every((u) => u.startsWith('file:')),
    'related information stays local',
  );
});

test('a workspace file added later replaces its corpus twin', async () => {
  const folder = folderWith(F003.name);
  const { server, corpus, statuses } = await corpusServer(folder.uri, { url: corpusUrl });
  assert.equal((await corpus('ready')).documents, 4);
  const path004 = join(folder.dir, F004.name);
  copyFileSync(join(SEEDS_DIR, F004.name), path004);
  await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{ uri: pathToFileURL(path004).href, type: FileChangeType.Created }],
  });
  await eventually(async () => statuses.find((s) => s.state === 'ready' && s.documents === 3));
  assert.equal(
    await server.connection.sendRequest(CorpusDocumentRequest, { uri: corpusUriOf(F004.name) }),
    null,
  );
  const uri003 = pathToFileURL(join(folder.dir, F003.name)).href;
  const related = await eventually(async () => {
    const uris = relatedUris(await diagnostics(server, uri003));
    return uris.includes(pathToFileURL(path004).href) ? uris : undefined;
  });
  assert.ok(!related.includes(corpusUriOf(F004.name)), 'no finding points at the corpus copy any more');
});

test('an unreachable corpus, a wrong password or a database without a corpus: status unreachable within seconds, password masked, local diagnostics still arrive', async () => {
  const nobody = `postgres://postgres@127.0.0.1:${await freePort()}/corpus`;
  const empty = (await postgres.createDatabase('empty')).replace(`:${PASSWORD}@`, '@');
  for (const [url, password, why] of [
    [nobody, 'hunter2-secret', /ECONNREFUSED/],
    [corpusUrl, 'not-the-password', /password authentication failed/],
    [empty, PASSWORD, /holds no Triangulate corpus yet/],
  ] as const) {
    const folder = folderWith(F003.name, F004.name);
    const started = Date.now();
    const { server, corpus, statuses } = await corpusServer(folder.uri, { url }, password);
    const unreachable = await corpus('unreachable', 15_000);
    const seconds = (Date.now() - started) / 1000;
    assert.ok(seconds < 12, `said within ${seconds.toFixed(1)} s`);
    assert.match(unreachable.message, why);
    assert.match(unreachable.message, /the local workspace is analysed alone/);
    assert.equal(unreachable.documents, 0);
    for (const s of statuses) assert.doesNotMatch(s.message, new RegExp(password));
    assert.doesNotMatch(server.stderr(), new RegExp(password));
    const uri003 = pathToFileURL(join(folder.dir, F003.name)).href;
    const role = await eventually(async () =>
      (await diagnostics(server, uri003)).find((d) => d.code === 'role'),
    );
    assert.ok(relatedUris([role]).every((u) => u.startsWith('file:')));
    // Asked again, it answers (no hang) and still says why.
    const again = await server.connection.sendRequest(RefreshCorpusRequest);
    assert.equal(again.state, 'unreachable');
  }
});

test('a review decision taken in one editor is seen by another through the corpus, with who and when', async () => {
  const alice = await corpusServer(folderWith(F003.name).uri, { url: corpusUrl, reviewer: 'alice' });
  const bobFolder = folderWith(F003.name);
  const bob = await corpusServer(bobFolder.uri, { url: corpusUrl, reviewer: 'bob' });
  await Promise.all([alice.corpus('ready'), bob.corpus('ready')]);
  const bobUri = pathToFileURL(join(bobFolder.dir, F003.name)).href;
  const roleOf = async (s: TestServer, uri: string) =>
    (await diagnostics(s, uri)).find(
      (d) => d.code === 'role' && relatedUris([d]).some((u) => u.startsWith(CORPUS_SCHEME)),
    );
  const before = await eventually(() => roleOf(bob.server, bobUri));
  const data = before.data as { key: string; kind: 'role'; a: string; b: string };

  const result = await alice.server.connection.sendRequest(ReviewRequest, {
    action: 'dismissed',
    key: data.key,
    kind: data.kind,
    a: data.a,
    b: data.b,
  });
  assert.ok(result.ok, result.message);
  assert.match(result.message, /shared with the team corpus/);

  const client = new pg.Client(corpusUrl.replace('postgres@', `postgres:${PASSWORD}@`));
  await client.connect();
  const { rows } = await client.query('SELECT reviewer, decision, decided_at FROM review_decisions');
  await client.end();
  assert.equal(rows.length, 1);
  assert.equal(rows[0].reviewer, 'alice');
  assert.equal(rows[0].decision, 'dismissed');

  // Bob's editor reads the team's decisions when it refreshes the corpus.
  await bob.server.connection.sendRequest(RefreshCorpusRequest);
  await eventually(async () => ((await roleOf(bob.server, bobUri)) ? undefined : true));
  const list = await bob.server.connection.sendRequest(ReviewListRequest);
  const shared = list.find((e) => e.key === data.key);
  assert.equal(shared?.decision, 'dismissed');
  assert.equal(shared?.reviewer, 'alice');
  assert.ok(shared?.at && Math.abs(Date.now() - Date.parse(shared.at)) < 600_000, `dated: ${shared?.at}`);

  // Bob undoes it: withdrawn for the whole team.
  const undone = await bob.server.connection.sendRequest(ReviewRequest, { action: 'undo', key: data.key });
  assert.ok(undone.ok, undone.message);
  assert.match(undone.message, /shared with the team corpus/);
  await eventually(() => roleOf(bob.server, bobUri));
  await alice.server.connection.sendRequest(RefreshCorpusRequest);
  const aliceList = await alice.server.connection.sendRequest(ReviewListRequest);
  assert.equal(
    aliceList.find((e) => e.key === data.key),
    undefined,
    'withdrawn for alice too',
  );
});
