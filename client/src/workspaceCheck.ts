import * as vscode from 'vscode';
import { DocumentDiagnosticRequest, type LanguageClient } from 'vscode-languageclient/node';
import { counted } from '../../server/src/core/counted';
import { CheckWorkspaceRequest } from '../../server/src/protocol';

export interface WorkspaceCheck {
  disposables: vscode.Disposable[];
  /** To call when the server reports that matches (and so findings) of `uris` changed. */
  sourcesChanged(uris: string[]): Promise<void>;
}

/**
 * "Triangulate: Check Whole Workspace": findings of documents that are not open go into their own
 * collection (open documents get theirs pulled by the editor). The language client drops a
 * document's pulled diagnostics when its tab or the document closes, so a checked document that
 * closes gets its findings back here, asked afresh from the server, and so do the closed documents
 * whose matches change as sources are edited: the overview stays complete and current.
 * Whenever the editor's pulled diagnostics of a document are there, this collection steps aside.
 */
export function registerWorkspaceCheck(getClient: () => LanguageClient | undefined): WorkspaceCheck {
  const collection = vscode.languages.createDiagnosticCollection('triangulate-workspace');
  /** Every document the last check covered (open or not). */
  const checked = new Set<string>();
  let shown = urisInTabs();

  const run = async (): Promise<void> => {
    const client = getClient();
    if (!client) {
      void vscode.window.showInformationMessage(
        'Triangulate is not running in this workspace. Run “Triangulate: Enable for This Workspace” first.',
      );
      return;
    }
    // What tabs show, not every open document: the editor drops the diagnostics of a closed tab even
    // while its document stays open.
    const openUris = [...urisInTabs()];
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'Triangulate: checking every source…',
        cancellable: true,
      },
      (_progress, token) => client.sendRequest(CheckWorkspaceRequest, { openUris }, token),
    );
    collection.clear();
    checked.clear();
    for (const uri of openUris) checked.add(uri);
    for (const file of result.files) {
      checked.add(file.uri);
      const diagnostics = await client.protocol2CodeConverter.asDiagnostics(file.diagnostics);
      collection.set(vscode.Uri.parse(file.uri), diagnostics);
    }
    const note = result.cancelled ? ' (cancelled before the end)' : '';
    void vscode.window.showInformationMessage(
      `Triangulate: ${counted(result.findings, 'finding')}${note}. See the Problems panel.`,
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  };

  /** A checked document no editor shows any more: its current findings, from the server. */
  const restore = async (uri: vscode.Uri): Promise<void> => {
    const client = getClient();
    if (!client || !checked.has(uri.toString()) || urisInTabs().has(uri.toString())) return;
    const report = await client.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: uri.toString() },
    });
    if (report.kind !== 'full' || urisInTabs().has(uri.toString())) return;
    collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(report.items));
  };
  const restoreQuietly = (uri: vscode.Uri): void => {
    restore(uri).catch(() => {}); // the server stopped meanwhile: nothing to show
  };

  /** Sources changed: the check's findings of these documents (all when empty) are asked again. */
  const sourcesChanged = async (uris: string[]): Promise<void> => {
    for (const key of uris.length > 0 ? uris : [...checked])
      if (checked.has(key)) await restore(vscode.Uri.parse(key));
  };

  const disposables = [
    collection,
    vscode.commands.registerCommand('triangulate.checkWorkspace', run),
    vscode.workspace.onDidOpenTextDocument((d) => collection.delete(d.uri)),
    vscode.workspace.onDidCloseTextDocument((d) => restoreQuietly(d.uri)),
    vscode.window.tabGroups.onDidChangeTabs(() => {
      // Closed, or replaced in a preview tab: like the language client, compare what tabs show.
      const now = urisInTabs();
      for (const key of shown) if (!now.has(key)) restoreQuietly(vscode.Uri.parse(key));
      shown = now;
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) stepAsideForPulled(collection, uri);
    }),
  ];
  return { disposables, sourcesChanged: (uris) => sourcesChanged(uris).catch(() => {}) };
}

/** Removes this collection's entry of `uri` once the editor's pulled diagnostics are back. */
function stepAsideForPulled(collection: vscode.DiagnosticCollection, uri: vscode.Uri): void {
  const own = collection.get(uri)?.length ?? 0;
  if (own === 0) return;
  const all = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'triangulate').length;
  if (all > own) collection.delete(uri);
}

/** The documents text tabs show, as URI strings. */
function urisInTabs(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all)
    for (const tab of group.tabs)
      if (tab.input instanceof vscode.TabInputText) uris.add(tab.input.uri.toString());
  return uris;
}
