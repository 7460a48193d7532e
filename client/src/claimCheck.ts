import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { sentenceAround } from './sentenceAt';
import { CLAIM_CHECK_VIEW, type ClaimCheckView } from './views/claimCheckView';

/** What the claim box starts with: the editor's selection, else the sentence at the cursor. */
function prefill(): string {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return '';
  const selected = editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim();
  if (selected) return selected;
  const { document } = editor;
  return sentenceAround(document.getText(), document.offsetAt(editor.selection.active));
}

/**
 * Triangulate: Check a Claim… — asks for the claim (prefilled from the editor), shows the Claim
 * Check view and fills it. A claim passed as the argument is checked without asking.
 */
export function registerClaimCheck(
  view: ClaimCheckView,
  getClient: () => LanguageClient | undefined,
): vscode.Disposable {
  return vscode.commands.registerCommand('triangulate.checkClaim', async (claimArg?: unknown) => {
    const client = getClient();
    if (!client) {
      void vscode.window.showInformationMessage(
        'Triangulate is not running in this workspace. Run “Triangulate: Enable for This Workspace” first.',
      );
      return undefined;
    }
    const value = prefill();
    const claim =
      typeof claimArg === 'string'
        ? claimArg
        : await vscode.window.showInputBox({
            title: 'Triangulate: Check a Claim',
            prompt:
              'Which sources report this claim, contradict it, mention the event, or say nothing of it?',
            placeHolder: 'e.g. Israel withheld a shipment of bombs',
            value,
            valueSelection: [0, value.length],
            validateInput: (v) => (v.trim() ? null : 'Type a claim to check.'),
          });
    if (claim === undefined || !claim.trim()) return undefined;
    await vscode.commands.executeCommand(`${CLAIM_CHECK_VIEW}.focus`);
    return view.check(client, claim);
  });
}
