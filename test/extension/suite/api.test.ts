/// <reference types="mocha" />
// Triangulate inside a real extension host, through the `vscode` API only: activation, the
// LSP-backed providers (diagnostics, hover, semantic tokens, references, definition, symbols) and
// the commands. Runs on the workspace the launcher opened: a copy of seeds/ (or seeds/ itself from
// the "Extension Tests" launch configuration); nothing here writes to it but the word-wrap test,
// which removes the setting it caused.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CompareResult } from '../../../server/src/protocol';

const EXTENSION_ID = 'triangulate.triangulate';
const F000 = '000_c30b4125e81dfd99.txt';
const F001 = '001_b7a5076657996546.txt';
const F003 = '003_2a34e0967e57bb20.txt';
const F004 = '004_fc7cc2ef9e895868.txt';
const WITHHELD = 'The administration has withheld a batch of heavy bombs';

function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Re-evaluates `probe` until it returns a value other than undefined/null/false, or fails after `timeoutMs`. */
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
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (${lastError})` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves at the next change of `uri`'s diagnostics (any collection). */
function nextDiagnosticsChange(uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      listener.dispose();
      resolve();
    });
  });
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Position inside the first occurrence of `text` in `name` (a few characters in). */
async function positionOf(name: string, text: string, occurrence = 0): Promise<vscode.Position> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  const content = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = content.indexOf(text, at + 1);
  assert.ok(at >= 0, `${name} contains “${text}”`);
  return doc.positionAt(at + Math.min(2, text.length - 1));
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

function triangulateDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'triangulate');
}

describe('Triangulate extension (extension host)', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed in this extension host`);
    await extension.activate();
  });

  it('activates and registers every contributed command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, true);
    const contributed: string[] = extension.packageJSON.contributes.commands.map(
      (c: { command: string }) => c.command,
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], 'every command of package.json is registered');
  });

  it('checks the whole workspace: findings of a source that is not open (role in 003)', async () => {
    const uri = fileUri(F003);
    // In a fresh window nothing is open yet, so the finding can only come from the workspace check.
    // (A window that restored its editors, e.g. the “Extension Tests” launch configuration on seeds/,
    // may have 003 open: then the editor's pulled diagnostics answer as well.)
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('triangulate.checkWorkspace');
    const role = await waitFor(`the role finding of ${F003} from the workspace check`, () =>
      vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === 'role'),
    );
    assert.match(role.message, /Who did it\? This source: Biden administration \(“has withheld/);
  });

  it('keeps every checked source’s findings in Problems as their tabs close (issue: 8 → 5 → 4)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await open(F003);
    await open(F004);
    await waitFor('the pulled role finding of 003', () =>
      triangulateDiagnostics(fileUri(F003)).find((d) => codeOf(d) === 'role'),
    );
    await vscode.commands.executeCommand('triangulate.checkWorkspace');
    const files = [F000, F001, F003, F004];
    const expected = new Map(files.map((f) => [f, triangulateDiagnostics(fileUri(f)).length]));
    for (const [f, n] of expected) assert.ok(n > 0, `${f} has findings after the check`);
    // A source opened after the check: the editor's pulled diagnostics take over from the check's.
    await open(F001);
    await waitFor(
      '001 showing its findings once, pulled',
      () => triangulateDiagnostics(fileUri(F001)).length === expected.get(F001),
    );
    for (const f of [F003, F004, F001]) {
      const changed = nextDiagnosticsChange(fileUri(f));
      await vscode.window.showTextDocument(fileUri(f), { preview: false });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await changed; // the editor dropped its pulled diagnostics of the closed tab
      await waitFor(
        `${f}'s ${expected.get(f)} findings in Problems after its tab closed`,
        () => triangulateDiagnostics(fileUri(f)).length === expected.get(f),
        20_000,
      );
    }
    for (const [f, n] of expected)
      assert.equal(triangulateDiagnostics(fileUri(f)).length, n, `${f} at the end`);
  });

  it('reports the role contradiction in 003 with related information in 004', async () => {
    await open(F003);
    const uri = fileUri(F003);
    const role = await waitFor('a role diagnostic in 003', () =>
      triangulateDiagnostics(uri).find((d) => codeOf(d) === 'role'),
    );
    assert.equal(role.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(role.message, /Who did it\? This source: Biden administration \(“has withheld/);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.ok(doc.getText(role.range).includes('withheld'), 'the range covers the claim in 003');
    const related = role.relatedInformation ?? [];
    const into004 = related.find((r) => r.location.uri.path.endsWith(`/${F004}`));
    assert.ok(into004, `related information points into ${F004}`);
    const other = await vscode.workspace.openTextDocument(into004.location.uri);
    assert.match(other.getText(into004.location.range), /withholding a shipment of large bombs/);
  });

  it('hovers an entity: canonical name, type and its sources', async () => {
    await open(F004);
    const uri = fileUri(F004);
    const position = await positionOf(F004, 'Netanyahu');
    const text = await waitFor('the entity hover on Netanyahu', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        position,
      );
      const t = hoverText(hovers ?? []);
      return t.includes('Benjamin Netanyahu') ? t : undefined;
    });
    assert.match(text, /person/);
    assert.match(text, /mentions? in \d+ of \d+ sources?/);
    assert.match(text, /\(this source\)/);
  });

  it('hovers a sentence another source also reports', async () => {
    await open(F000);
    const uri = fileUri(F000);
    const position = await positionOf(F000, 'meticulously');
    const text = await waitFor('the claim hover on “meticulously”', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        position,
      );
      const t = hoverText(hovers ?? []);
      return t.includes('Also reported by') ? t : undefined;
    });
    assert.ok(text.includes(F001), `the hover links to ${F001}`);
  });

  it('a hover offers “Compare sources side by side”, trusted for that command only; the command opens the comparison', async () => {
    await open(F003);
    const uri = fileUri(F003);
    const position = await positionOf(F003, WITHHELD);
    const hovers = await waitFor('a hover on the withheld bombs', async () => {
      const hs = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        position,
      );
      return hoverText(hs ?? []).includes('Compare sources side by side') ? hs : undefined;
    });
    const blocks = hovers
      .flatMap((h) => h.contents)
      .filter((c): c is vscode.MarkdownString => typeof c !== 'string');
    const link = blocks.find((c) => c.value.includes('command:triangulate.compare'))!;
    assert.deepEqual(link.isTrusted, { enabledCommands: ['triangulate.compare'] });
    assert.ok(!link.value.includes('withheld'), 'the trusted block holds no article text');
    for (const other of blocks.filter((c) => c !== link))
      assert.ok(!other.isTrusted, 'the server’s hover stays untrusted');
    const args = JSON.parse(decodeURIComponent(link.value.slice(link.value.indexOf('?') + 1, -1)));
    const result = await vscode.commands.executeCommand<CompareResult>('triangulate.compare', ...args);
    const withRole = result.pairs.find((p) => p.conflict?.kind === 'role');
    assert.ok(withRole, 'the comparison shows the role conflict');
    assert.ok(withRole.other.segments.some((s) => s.difference === 'actor' && s.text === 'Israel'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('provides semantic tokens typed with the legend (person on Netanyahu)', async () => {
    const uri = fileUri(F004);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      uri,
    );
    assert.ok(legend, 'a semantic tokens legend');
    for (const type of ['person', 'organization', 'place', 'equipment', 'quantity', 'date']) {
      assert.ok(legend.tokenTypes.includes(type), `the legend has ${type}`);
    }
    const position = await positionOf(F004, 'Netanyahu');
    const typeAt = await waitFor('a semantic token on Netanyahu', async () => {
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>(
        'vscode.provideDocumentSemanticTokens',
        uri,
      );
      if (!tokens || tokens.data.length === 0) return undefined;
      let line = 0;
      let char = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
        line += deltaLine!;
        char = deltaLine === 0 ? char + deltaStart! : deltaStart!;
        if (line === position.line && char <= position.character && position.character < char + length!) {
          return legend.tokenTypes[type!];
        }
      }
      return undefined;
    });
    assert.equal(typeAt, 'person');
  });

  it('finds references of an entity in at least three sources', async () => {
    const uri = fileUri(F004);
    const position = await positionOf(F004, 'Netanyahu');
    const locations = await waitFor('references of Netanyahu', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        uri,
        position,
      );
      return found && found.length > 0 ? found : undefined;
    });
    const files = new Set(locations.map((l) => l.uri.toString()));
    assert.ok(files.size >= 3, `mentions in ${files.size} files`);
    for (const l of locations.slice(0, 20)) {
      const doc = await vscode.workspace.openTextDocument(l.uri);
      assert.match(doc.getText(l.range), /Netanyahu/, 'each reference range is a mention');
    }
  });

  it('goes to the definition (first mention) and lists entities as workspace symbols', async () => {
    const uri = fileUri(F004);
    const position = await positionOf(F004, 'Netanyahu');
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      uri,
      position,
    );
    assert.ok(definitions && definitions.length > 0, 'a definition');
    const first = definitions[0]!;
    const target = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetRange' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    const doc = await vscode.workspace.openTextDocument(target);
    assert.match(doc.getText(range), /Netanyahu/);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      'Netanyahu',
    );
    assert.ok(
      symbols.some((s) => s.name === 'Benjamin Netanyahu'),
      'Ctrl+T finds Benjamin Netanyahu',
    );
  });

  it('runs the sidebar commands: Reveal Sidebar, Show Matches for Sentence at Cursor', async () => {
    await vscode.commands.executeCommand('triangulate.revealSidebar');
    const editor = await open(F003);
    const position = await positionOf(F003, WITHHELD);
    editor.selection = new vscode.Selection(position, position);
    const outcome = await vscode.commands.executeCommand('triangulate.showMatchesAtCursor');
    assert.equal(outcome, 'revealed', 'the withheld-bombs sentence of 003 is reported by 004');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), fileUri(F003).toString());
  });

  it('Check a Claim: the seed where the US withheld the bombs contradicts “Israel withheld …”', async () => {
    const result = await vscode.commands.executeCommand<{
      state: string;
      sources: Array<{ path: string; verdict: string; conflict?: { kind: string } }>;
    }>('triangulate.checkClaim', 'Israel withheld a shipment of bombs');
    assert.equal(result?.state, 'ok');
    const us = result.sources.find((s) => s.path === F003);
    assert.equal(us?.verdict, 'contradicts');
    assert.equal(us?.conflict?.kind, 'role');
    assert.equal(result.sources.length, 5, 'every source has a verdict');
  });

  it('re-indexes the workspace and still reports the role finding', async () => {
    await vscode.commands.executeCommand('triangulate.reindex');
    await open(F003);
    await waitFor('the role diagnostic after re-indexing', () =>
      triangulateDiagnostics(fileUri(F003)).find((d) => codeOf(d) === 'role'),
    );
  });

  it('enabling offers word wrap for the article files; the language setting is written only on “Wrap Lines”', async () => {
    const plaintext = () => vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.equal(plaintext().get('wordWrap'), 'off', 'articles open unwrapped by default');
    const window = vscode.window as { showInformationMessage: (...args: unknown[]) => Thenable<unknown> };
    const original = window.showInformationMessage;
    const offers: string[] = [];
    let answer = 'Not Now';
    window.showInformationMessage = (message: unknown, ...items: unknown[]) => {
      if (typeof message !== 'string' || !/Wrap long lines/.test(message)) return original(message, ...items);
      offers.push(message);
      return Promise.resolve(answer);
    };
    try {
      await vscode.commands.executeCommand('triangulate.enable');
      await waitFor('the word-wrap offer', () => offers.length === 1);
      assert.equal(
        plaintext().inspect('wordWrap')?.workspaceLanguageValue,
        undefined,
        'declined: nothing written',
      );

      answer = 'Wrap Lines';
      await vscode.commands.executeCommand('triangulate.enable');
      const wraps = (languageId: string) =>
        vscode.workspace.getConfiguration('editor', { languageId }).get('wordWrap') !== 'off';
      await waitFor('word wrap for every article language', () =>
        ['plaintext', 'markdown', 'html'].every(wraps),
      );
      const written = plaintext().inspect('wordWrap');
      assert.equal(written?.workspaceLanguageValue, 'on', 'in this workspace, for the plaintext language');
      assert.equal(written?.globalLanguageValue, undefined, 'never in the user settings');
    } finally {
      window.showInformationMessage = original;
      for (const languageId of ['plaintext', 'html'])
        await vscode.workspace
          .getConfiguration('editor', { languageId })
          .update('wordWrap', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
