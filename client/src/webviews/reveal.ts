import * as vscode from 'vscode';
import type { Openable } from './comparePage';

/** Opens a passage selected, in the editor group beside the panel: the panel stays in view. */
export async function revealPassage(target: Openable, panel: vscode.WebviewPanel | undefined): Promise<void> {
  const { start, end } = target.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  const viewColumn =
    panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), {
    selection,
    viewColumn,
  });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
