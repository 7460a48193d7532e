// The Sources request, the title-line hover and the report against the real bundled server on the
// seeds: the profiles' counts are the CLI report's, and the report never goes over an article.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { ReportRequest, SourceProfilesRequest } from '../../server/src/protocol';
import { seedsCopy, startServer, type TestServer } from '../helpers/lspClient';
import { markdownProfiles } from '../helpers/profiles';
import { SEEDS_DIR } from '../helpers/seeds';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const GALLANT = '004_fc7cc2ef9e895868.txt';

let server: TestServer;
let workspace: ReturnType<typeof seedsCopy>;
const uriOf = (name: string) => pathToFileURL(join(workspace.dir, name)).href;

before(async () => {
  workspace = seedsCopy();
  server = await startServer(workspace.uri);
  await server.status((s) => s.state === 'ready' && s.documents === 5);
});

after(async () => {
  await server?.stop();
  workspace?.cleanup();
});

test('the Sources request lists every source of the story with the counts of the CLI report', async () => {
  const result = await server.connection.sendRequest(SourceProfilesRequest, { uri: uriOf(GALLANT) });
  assert.equal(result.state, 'ok');
  assert.ok(result.story);
  const { stdout } = await promisify(execFile)(process.execPath, [
    CLI,
    'report',
    SEEDS_DIR,
    '--format',
    'md',
  ]);
  const cli = markdownProfiles(stdout);
  assert.equal(cli.size, 5);
  assert.deepEqual(
    new Map(
      result.story.sources.map((p) => [
        p.path,
        [p.claims, p.corroborated, p.contradicted, p.onlyHere, p.firstReports],
      ]),
    ),
    cli,
  );
  for (const p of result.story.sources) {
    const text = readFileSync(new URL(p.uri), 'utf8');
    assert.ok(
      /\S/.test(text[new LineIndex(text).offsetAt(p.range.start)] ?? ''),
      `${p.path} opens at a sentence`,
    );
  }
});

test('a document outside the analysed set says so', async () => {
  const result = await server.connection.sendRequest(SourceProfilesRequest, { uri: uriOf('notes.json') });
  assert.deepEqual([result.state, result.story], ['notArticle', null]);
});

test('the hover of a source’s title line is its profile, in plain escaped Markdown', async () => {
  const text = readFileSync(join(workspace.dir, GALLANT), 'utf8');
  const title = new LineIndex(text).positionAt(text.indexOf('diplomatic mission'));
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uriOf(GALLANT) },
    position: title,
  });
  const value = (hover?.contents as { value: string }).value;
  assert.match(value, /^\*\*Source:\*\* Gallant’s diplomatic mission\\: Trip aims…/);
  assert.match(
    value,
    /22 claims · 1 corroborated · 1 contradicted · 2 only here · first on 0 — among 5 sources/,
  );
  assert.match(value, /Undated\\: never counted as the first/);
  assert.ok(!/\]\(/.test(value), 'no links');
  assert.equal(hover?.range?.start.line, title.line);
  // Below the title line, the sentence's claim as before.
  const body = new LineIndex(text).positionAt(text.indexOf('said on Saturday evening'));
  const claim = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uriOf(GALLANT) },
    position: body,
  });
  assert.match((claim?.contents as { value: string }).value, /^\*\*Claim:\*\*/);
});

test('the report request answers each format, and refuses a file that is or would be an article', async () => {
  const send = (format: 'md' | 'html' | 'csv', target?: string) =>
    server.connection.sendRequest(ReportRequest, { format, ...(target ? { target } : {}) });
  const html = await send('html', uriOf('triangulate-report.html'));
  assert.equal(html.state, 'ok');
  assert.ok(
    html.state === 'ok' &&
      html.text.startsWith('<!DOCTYPE html>') &&
      html.fileName === 'triangulate-report.html',
  );
  const md = await send('md');
  assert.ok(md.state === 'ok' && md.text.startsWith('# Triangulate report: seeds\n'));
  const csv = await send('csv');
  assert.ok(csv.state === 'ok' && csv.text.startsWith('story,kind,source_a'));
  const over = await send('md', uriOf(GALLANT));
  assert.equal(over.state, 'refused');
  assert.match(over.state === 'refused' ? over.message : '', /one of the analysed articles/);
  const wouldBe = await send('md', uriOf('brief.md'));
  assert.equal(wouldBe.state, 'refused');
  assert.match(wouldBe.state === 'refused' ? wouldBe.message : '', /would be analysed as an article/);
});
