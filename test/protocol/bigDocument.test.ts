import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../helpers/lspClient';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-big-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const SMALL = 'Maria Lopez met the mayor of Springfield on Monday.\n';
let server: TestServer;

/** About 260 KB of sentences naming Carlos Mendes (seconds of analysis). */
const bigText = (marker: string) =>
  Array.from(
    { length: 3_500 },
    (_, i) => `Carlos Mendes said the ${marker} council approved ${i} homes near the harbour.`,
  ).join(' ');

before(async () => {
  writeFileSync(join(dir, 'small.txt'), SMALL);
  writeFileSync(join(dir, 'big.txt'), 'Placeholder.\n');
  server = await startServer(pathToFileURL(dir).href);
  await server.status((s) => s.state === 'ready' && s.documents === 2, 60_000);
});
after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Milliseconds a hover on the small document takes, asked right after a request about the big one. */
async function hoverMs(): Promise<number> {
  void server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('big.txt') } });
  const started = performance.now();
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uriOf('small.txt') },
    position: { line: 0, character: 2 },
  });
  assert.match(JSON.stringify(hover), /Maria Lopez/);
  return performance.now() - started;
}

test('a big document is analysed off the main thread: other requests are answered meanwhile', async () => {
  const text = bigText('old');
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: uriOf('big.txt'), languageId: 'plaintext', version: 1, text },
  });
  // The analysis takes seconds; the small document's hovers do not wait for it.
  const first = await hoverMs();
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: uriOf('big.txt'), version: 2 },
    contentChanges: [{ text: bigText('new') }],
  });
  const afterEdit = await hoverMs();
  assert.ok(
    first < 1000 && afterEdit < 1000,
    `hovers took ${first.toFixed(0)} and ${afterEdit.toFixed(0)} ms`,
  );
  // Once analysed, the big document answers about its latest text.
  await server.status((s) => s.settled && s.state === 'ready', 120_000, true);
  const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, {
    textDocument: { uri: uriOf('big.txt') },
  });
  assert.ok(JSON.stringify(symbols).includes('Carlos Mendes'), 'the big document is in the index');
});
