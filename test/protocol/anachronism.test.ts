// An office holder titled out of term, through a real server: an Information diagnostic on the
// title and name, with no other source to point at, and its own quick fixes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  type CodeAction,
  CodeActionRequest,
  DiagnosticSeverity,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { startServer, type TestServer } from '../helpers/lspClient';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-anachronism-'));
const text =
  '---\ntitle: Chicago talks\ndate: 2006-05-03\npublisher: Tribune\n---\n\nPresident Obama met business leaders in Chicago on Tuesday.\n';
const path = join(dir, 'talks.md');
writeFileSync(path, text);
const uri = pathToFileURL(path).href;
let server: TestServer | null = null;

after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a titled office holder out of term is an Information diagnostic on the title and name', async () => {
  server = await startServer(pathToFileURL(dir).href);
  await server.status((s) => s.state === 'ready' && s.documents === 1);
  const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  })) as FullDocumentDiagnosticReport;
  const d = report.items.find((x) => x.code === 'anachronism');
  assert.ok(d, JSON.stringify(report.items));
  assert.equal(d.severity, DiagnosticSeverity.Information);
  assert.match(
    String(d.message),
    /“President Obama” in a source dated 2006-05-03: Barack Obama became President of the United States only on 2009-01-20/,
  );
  const lines = new LineIndex(text);
  assert.equal(text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end)), 'President Obama');
  assert.equal(d.relatedInformation?.length ?? 0, 0);
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as CodeAction[];
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Triangulate: Dismiss anachronism finding'), JSON.stringify(titles));
  assert.ok(!titles.some((t) => t.includes('Compare sources')), 'nothing to compare it with');
});
