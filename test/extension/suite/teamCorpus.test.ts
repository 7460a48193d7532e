/// <reference types="mocha" />
// The team corpus in a real extension host, against a corpus nobody serves: the status says it is
// unreachable (quickly, never a hang), the local workspace's findings still arrive, and the
// `triangulate-corpus:` file system is registered read-only, refusing writes and unknown documents.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusStatus } from '../../../server/src/protocol';

const EXTENSION_ID = 'triangulate.triangulate';
const F003 = '003_2a34e0967e57bb20.txt';
/** Port 1 on the loopback: nothing listens, so the connection is refused at once. */
const NOBODY = 'postgres://triangulate@127.0.0.1:1/corpus';

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 45_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${lastError})` : ''}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 200)); // poll interval: the loop ends on the condition
  }
}

const corpusSetting = () => vscode.workspace.getConfiguration('triangulate');

describe('Triangulate team corpus (extension host)', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    // The user's own setting: a workspace's is ignored in untrusted workspaces.
    await corpusSetting().update('corpus.url', NOBODY, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await corpusSetting().update('corpus.url', undefined, vscode.ConfigurationTarget.Global);
  });

  it('an unreachable corpus is reported as such, and the local findings still arrive', async () => {
    const status = await waitFor('the corpus status “unreachable”', async () => {
      const s = await vscode.commands.executeCommand<CorpusStatus>('triangulate.refreshCorpus');
      return s?.state === 'unreachable' ? s : undefined;
    });
    assert.match(
      status.message,
      /cannot reach the corpus at postgres:\/\/triangulate@127\.0\.0\.1:1\/corpus/,
    );
    assert.equal(status.documents, 0);
    const folder = vscode.workspace.workspaceFolders![0]!;
    const uri = vscode.Uri.joinPath(folder.uri, F003);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitFor('the local role finding in 003', () =>
      vscode.languages
        .getDiagnostics(uri)
        .find(
          (d) =>
            d.source === 'triangulate' && String((d.code as { value?: unknown })?.value ?? d.code) === 'role',
        ),
    );
  });

  it('triangulate-corpus: documents are read-only; an unknown one is not found', async () => {
    assert.equal(vscode.workspace.fs.isWritableFileSystem('triangulate-corpus'), false);
    const uri = vscode.Uri.parse('triangulate-corpus:/000_c30b4125e81dfd99.txt');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.readFile(uri)), /EntryNotFound|FileNotFound/);
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('x'))),
      /NoPermissions|read-?only|readonly/i,
    );
  });
});

describe('Triangulate team corpus on a real PostgreSQL (extension host)', () => {
  // Started by test/extension/run.mjs (test/extension/corpusFixture.ts); the password is PGPASSWORD.
  const url = process.env.TRIANGULATE_TEST_CORPUS_URL;
  const path = process.env.TRIANGULATE_TEST_CORPUS_PATH ?? '';
  before(async function () {
    if (!url) return this.skip(); // no PostgreSQL here: run.mjs said so
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await corpusSetting().update('corpus.url', url, vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    if (url) await corpusSetting().update('corpus.url', undefined, vscode.ConfigurationTarget.Global);
  });

  it('loads the corpus; its article opens read-only with its stored text and is a source of Check a Claim', async () => {
    const status = await waitFor('the corpus status “ready” with its one article', async () => {
      const s = await vscode.commands.executeCommand<CorpusStatus>('triangulate.refreshCorpus');
      return s?.state === 'ready' && s.documents === 1 ? s : undefined;
    });
    assert.match(status.message, /1 article from postgres:\/\/postgres@127\.0\.0\.1:\d+\/extension/);
    const uri = vscode.Uri.parse(`triangulate-corpus:/${path}`);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(), process.env.TRIANGULATE_TEST_CORPUS_TEXT);
    await vscode.window.showTextDocument(doc, { preview: false });
    await assert.rejects(
      Promise.resolve(vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('x'))),
      /NoPermissions|read-?only|readonly/i,
    );
    const result = await waitFor('the corpus article among the claim check’s sources', async () => {
      const r = await vscode.commands.executeCommand<{
        state: string;
        sources: Array<{ uri: string; path: string; verdict: string }>;
      }>('triangulate.checkClaim', 'Israel withheld a shipment of bombs');
      return r?.sources.some((s) => s.uri === uri.toString()) ? r : undefined;
    });
    assert.equal(result.sources.length, 6, 'the five seeds and the corpus article');
    assert.equal(result.sources.find((s) => s.uri === uri.toString())?.verdict, 'agrees');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
