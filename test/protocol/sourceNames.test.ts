// Sources are named as an analyst names them — outlet and date from the article's metadata — in
// Problems' related information, the sentence hover, the sidebar and the CLI's text report.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  type Diagnostic,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  HoverRequest,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { DocumentMatchesRequest } from '../../server/src/protocol';
import { seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const WITHHELD = 'The administration has withheld a batch of heavy bombs';
const workspace = seedsCopy();
let server: TestServer;

/** Seed `name` as markdown with front matter naming its outlet and date (a paragraph per line). */
function asMarkdown(name: string, publisher: string, date: string): string {
  const text = readFileSync(join(workspace.dir, `${name}.txt`), 'utf8');
  rmSync(join(workspace.dir, `${name}.txt`));
  const md = `---\npublisher: ${publisher}\ndate: ${date}\n---\n\n${text.split(/\n+/).join('\n\n')}`;
  const path = join(workspace.dir, `${name}.md`);
  writeFileSync(path, md);
  return path;
}
const path003 = asMarkdown('003_2a34e0967e57bb20', 'Daily Planet', '2024-05-16');
asMarkdown('004_fc7cc2ef9e895868', 'Fox News', '2024-05-18');
const uri003 = pathToFileURL(path003).href;

before(async () => {
  server = await startServer(workspace.uri);
  await server.status((s) => s.state === 'ready' && s.documents === 5);
});
after(async () => {
  await server?.stop();
  workspace.cleanup();
});

test('related information of a finding names the other source by outlet and date', async () => {
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri: uri003 },
  })) as FullDocumentDiagnosticReport;
  const role = report.items.find((d: Diagnostic) => d.code === 'role');
  assert.ok(role, 'the role finding of 003');
  assert.match(role.relatedInformation?.[0]?.message ?? '', /^‘Fox News, 2024-05-18’: “/);
});

test('the sentence hover and the sidebar name the other source by outlet and date', async () => {
  const text = readFileSync(path003, 'utf8');
  const position = new LineIndex(text).positionAt(text.indexOf(WITHHELD) + 5);
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uri003 },
    position,
  });
  // Markdown-escaped: “2024\-05\-18”.
  assert.match((hover?.contents as MarkupContent).value, /\[Fox News, 2024\\-05\\-18\]\(file:/);
  const matches = await server.connection.sendRequest(DocumentMatchesRequest, { uri: uri003 });
  const sentence = matches.sentences.find((s) => s.text.startsWith(WITHHELD));
  assert.ok(
    sentence?.matches.some((m) => m.source === 'Fox News, 2024-05-18'),
    JSON.stringify(sentence?.matches),
  );
});

test('the CLI text report quotes sources by outlet and date, with their path', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, 'analyze', workspace.dir], {
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.match(stdout, /Fox News, 2024-05-18 \(004_fc7cc2ef9e895868\.md\): “/);
  assert.match(stdout, /Daily Planet, 2024-05-16 \(003_2a34e0967e57bb20\.md\): “/);
});
