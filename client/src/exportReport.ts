import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REPORT_FORMAT_INFO, type ReportFormatName, ReportRequest } from '../../server/src/protocol';

/** The format to export in, picked by the analyst; undefined when the pick is dismissed. */
async function pickFormat(): Promise<ReportFormatName | undefined> {
  const pick = await vscode.window.showQuickPick(
    REPORT_FORMAT_INFO.map((f) => ({
      label: f.label,
      description: `.${f.format}`,
      detail: f.detail,
      format: f.format,
    })),
    { title: 'Triangulate: Export Report', placeHolder: 'Format of the report' },
  );
  return pick?.format;
}

/**
 * Triangulate: Export Report…: a format, a file (the workspace folder's `triangulate-report.<ext>`
 * by default), the report made by the server under a cancellable progress notification, written
 * with `workspace.fs`, then an **Open** button. The server refuses a file that is an article.
 */
export async function exportReport(client: LanguageClient): Promise<void> {
  const format = await pickFormat();
  if (!format) return;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `triangulate-report.${format}`;
  const label = REPORT_FORMAT_INFO.find((f) => f.format === format)!.label;
  const target = await vscode.window.showSaveDialog({
    title: 'Triangulate: Export Report',
    saveLabel: 'Export',
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: { [label]: [format] },
  });
  if (!target) return;
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Triangulate: making the report…',
      cancellable: true,
    },
    (_, token) => client.sendRequest(ReportRequest, { format, target: target.toString() }, token),
  );
  if (result.state !== 'ok') {
    if (result.state === 'refused') void vscode.window.showWarningMessage(result.message);
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  const open = await vscode.window.showInformationMessage(
    `Triangulate: report saved to ${vscode.workspace.asRelativePath(target)}.`,
    'Open',
  );
  if (open) await vscode.commands.executeCommand('vscode.open', target);
}
