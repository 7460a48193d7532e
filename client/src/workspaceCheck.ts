import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest } from '../../server/src/protocol';

/**
 * "Triangulate: Check Whole Workspace": findings of documents that are not open go into their own
 * collection (open documents get theirs pulled by the editor); a document's entry is dropped when it
 * is opened, since the pulled diagnostics take over.
 */
export function registerWorkspaceCheck(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('triangulate-workspace');
  const run = async (): Promise<void> => {
    const client = getClient();
    if (!client) {
      void vscode.window.showInformationMessage(
        'Triangulate is not running in this workspace. Run “Triangulate: Enable for This Workspace” first.',
      );
      return;
    }
    const openUris = vscode.workspace.textDocuments.map((d) => d.uri.toString());
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'Triangulate: checking every source…',
        cancellable: true,
      },
      (_progress, token) => client.sendRequest(CheckWorkspaceRequest, { openUris }, token),
    );
    collection.clear();
    for (const file of result.files) {
      const diagnostics = await client.protocol2CodeConverter.asDiagnostics(file.diagnostics);
      collection.set(vscode.Uri.parse(file.uri), diagnostics);
    }
    const note = result.cancelled ? ' (cancelled before the end)' : '';
    void vscode.window.showInformationMessage(
      `Triangulate: ${result.findings} findings${note}. See the Problems panel.`,
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  };
  return [
    collection,
    vscode.commands.registerCommand('triangulate.checkWorkspace', run),
    vscode.workspace.onDidOpenTextDocument((d) => collection.delete(d.uri)),
  ];
}
