import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  type Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import {
  CheckWorkspaceRequest,
  ReviewListRequest,
  type ReviewParams,
  ReviewRequest,
} from '../../server/src/protocol';
import { seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

const workspace = seedsCopy();
const path003 = join(workspace.dir, '003_2a34e0967e57bb20.txt');
const path004 = join(workspace.dir, '004_fc7cc2ef9e895868.txt');
const uri003 = pathToFileURL(path003).href;
const uri004 = pathToFileURL(path004).href;
let server: TestServer | null = null;

after(async () => {
  await server?.stop();
  workspace.cleanup();
});

async function start(): Promise<TestServer> {
  await server?.stop();
  server = await startServer(workspace.uri);
  await server.status((s) => s.state === 'ready' && s.documents === 5);
  return server;
}

async function diagnostics(s: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = (await s.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  })) as FullDocumentDiagnosticReport;
  return report.items;
}

const roleIn = (items: Diagnostic[]) => items.find((d) => d.code === 'role');

test('who withheld the bombs: a Warning in 003 with related information at the exact range in 004', async () => {
  const s = await start();
  const role = roleIn(await diagnostics(s, uri003));
  assert.ok(role, 'a role diagnostic');
  assert.equal(role.severity, DiagnosticSeverity.Warning);
  assert.equal(role.source, 'triangulate');
  assert.match(
    String(role.message),
    /Who did it\? This source: Biden administration \(“has withheld .*”\)\. ‘.*’: Israel \(“was withholding .*”\)\./,
  );
  assert.ok(String(role.message).length <= 200, `short enough for the Problems panel: ${role.message}`);
  const certainty = (await diagnostics(s, uri003)).find((d) => d.code === 'certainty');
  assert.ok(certainty, 'the undecided-vs-done finding');
  assert.ok(
    String(certainty.message).length <= 200,
    `short enough for the Problems panel: ${certainty.message}`,
  );
  const related = role.relatedInformation?.[0];
  assert.ok(related);
  assert.equal(related.location.uri, uri004);
  const text004 = readFileSync(path004, 'utf8');
  const lines = new LineIndex(text004);
  const from = lines.offsetAt(related.location.range.start);
  const to = lines.offsetAt(related.location.range.end);
  assert.match(text004.slice(from, to), /^Israel was withholding a shipment of large bombs.*Rafah\.$/);
  const text003 = readFileSync(path003, 'utf8');
  const own = new LineIndex(text003);
  assert.match(
    text003.slice(own.offsetAt(role.range.start), own.offsetAt(role.range.end)),
    /^The administration has withheld a batch of heavy bombs/,
  );
  const info = (await diagnostics(s, uri003)).filter((d) => d.code === 'single-source');
  assert.ok(info.length > 0 && info.every((d) => d.severity === DiagnosticSeverity.Information));
});

test('review actions are offered; “Mark as reviewed” persists across a restart and greys the finding out', async () => {
  let s = await start();
  const role = roleIn(await diagnostics(s, uri003))!;
  const actions = await s.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: uri003 },
    range: role.range,
    context: { diagnostics: [role] },
  });
  const titles = (actions ?? []).map((a) => a.title);
  for (const t of [
    'Go to conflicting passage (role)',
    'Mark “role” finding as reviewed',
    'Not a contradiction (role)',
    'Ignore “role” findings in this file',
  ]) {
    assert.ok(
      titles.some((x) => x.endsWith(t)),
      `offers ${t}`,
    );
  }
  const review = (actions ?? []).find((a) => a.title.endsWith('Mark “role” finding as reviewed'));
  const params = (review as { command?: { arguments?: unknown[] } }).command?.arguments?.[0] as ReviewParams;
  const result = await s.connection.sendRequest(ReviewRequest, params);
  assert.ok(result.ok, result.message);
  const saved = JSON.parse(readFileSync(join(workspace.dir, '.triangulate', 'reviews.json'), 'utf8'));
  assert.equal(saved.decisions[0].decision, 'reviewed');
  assert.equal(saved.decisions[0].kind, 'role');

  s = await start(); // a new server process: the decision comes back from the file
  const again = roleIn(await diagnostics(s, uri003))!;
  assert.equal(again.severity, DiagnosticSeverity.Hint);
  assert.deepEqual(again.tags, [DiagnosticTag.Unnecessary]);
  assert.match(String(again.message), /\(reviewed\)$/);
  // The other side of the conflict carries the same key, so it is reviewed too.
  assert.equal(roleIn(await diagnostics(s, uri004))?.severity, DiagnosticSeverity.Hint);
});

test('the review list gives each decision its date, source and passage; undo removes it from the file', async () => {
  const s = await start(); // the previous test left the role finding of 003 / 004 reviewed
  await s.connection.sendRequest(ReviewRequest, { action: 'ignoreKind', uri: uri003, kind: 'certainty' });
  const list = await s.connection.sendRequest(ReviewListRequest);
  assert.deepEqual(
    list.map((e) => [e.decision, e.kind]),
    [
      ['ignoreKind', 'certainty'],
      ['reviewed', 'role'],
    ],
    'newest first',
  );
  const [ignored, reviewed] = list as [(typeof list)[0], (typeof list)[0]];
  assert.ok(reviewed.at && Date.now() - Date.parse(reviewed.at) < 600_000, `dated: ${reviewed.at}`);
  assert.equal(reviewed.uri, uri003, 'the source the decision was taken in');
  assert.equal(reviewed.path, '003_2a34e0967e57bb20.txt');
  assert.ok(reviewed.source, 'the source is named');
  const text003 = readFileSync(path003, 'utf8');
  const lines = new LineIndex(text003);
  assert.ok(reviewed.range, 'the passage of the finding');
  assert.match(
    text003.slice(lines.offsetAt(reviewed.range.start), lines.offsetAt(reviewed.range.end)),
    /^The administration has withheld a batch of heavy bombs/,
  );
  assert.match(reviewed.a, /has withheld a batch/);
  assert.equal(ignored.uri, uri003, 'an ignored kind opens its file');

  for (const e of list)
    assert.ok((await s.connection.sendRequest(ReviewRequest, { action: 'undo', key: e.key })).ok);
  const saved = JSON.parse(readFileSync(join(workspace.dir, '.triangulate', 'reviews.json'), 'utf8'));
  assert.deepEqual([saved.decisions, saved.ignoredKinds], [[], []]);
  assert.deepEqual(await s.connection.sendRequest(ReviewListRequest), []);
  assert.equal(
    roleIn(await diagnostics(s, uri003))?.severity,
    DiagnosticSeverity.Warning,
    'the finding is back',
  );
  const bad = await s.connection.sendRequest(ReviewRequest, { action: 'undo', key: '' } as ReviewParams);
  assert.equal(bad.ok, false);
});

test('a corrupt reviews file is reported and never overwritten', async () => {
  const s = await start();
  const file = join(workspace.dir, '.triangulate', 'reviews.json');
  writeFileSync(file, '{ "decisions": [ oops');
  const role = roleIn(await diagnostics(s, uri004))!;
  const result = await s.connection.sendRequest(ReviewRequest, {
    action: 'dismissed',
    key: (role.data as { key: string }).key,
    kind: 'role',
    a: 'a',
    b: 'b',
  });
  assert.equal(result.ok, false);
  assert.match(result.message, /will not overwrite it/);
  assert.equal(readFileSync(file, 'utf8'), '{ "decisions": [ oops');
});

test('the whole-workspace check returns the findings of documents that are not open', async () => {
  const s = await start();
  const result = await s.connection.sendRequest(CheckWorkspaceRequest, { openUris: [uri003] });
  assert.equal(result.cancelled, false);
  assert.ok(!result.files.some((f) => f.uri === uri003), 'open documents are left to the editor');
  assert.ok(result.files.find((f) => f.uri === uri004)?.diagnostics.some((d) => d.code === 'role'));
});
