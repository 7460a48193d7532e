import * as vscode from 'vscode';
import type { EntitiesView } from './views/entitiesView';
import type { MatchesView, RevealOutcome } from './views/matchesView';
import { OPEN_RANGE_COMMAND, type PlainRange } from './views/openCommand';

/** What Show Matches for Sentence at Cursor says when it has no sentence to reveal. */
const REVEAL_MESSAGES: Record<Exclude<RevealOutcome, 'revealed'>, string> = {
  noMatch: 'No other source in this workspace reports the sentence at the cursor.',
  indexing: 'Triangulate is still indexing the workspace: try again when the status bar shows the sources.',
  notArticle: 'This file is not one of the analysed articles (see triangulate.include).',
  notRunning:
    'Triangulate is not running in this workspace. Run “Triangulate: Enable for This Workspace” first.',
};

/** Commands of the sidebar: navigation, revealing, filtering. */
export function registerViewCommands(matches: MatchesView, entities: EntitiesView): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(OPEN_RANGE_COMMAND, async (uri: unknown, range: unknown) => {
      if (typeof uri !== 'string' || !range) return;
      const r = range as PlainRange;
      const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
        selection,
        preserveFocus: false,
      });
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('triangulate.revealSidebar', () =>
      vscode.commands.executeCommand('workbench.view.extension.triangulate'),
    ),
    vscode.commands.registerCommand('triangulate.showMatchesAtCursor', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(
          'Open an article and place the cursor in a sentence first.',
        );
        return;
      }
      const outcome = await matches.revealAt(editor.document.uri, editor.selection.active);
      if (outcome !== 'revealed') void vscode.window.showInformationMessage(REVEAL_MESSAGES[outcome]);
      return outcome;
    }),
    vscode.commands.registerCommand('triangulate.refreshMatches', () => matches.refresh()),
    vscode.commands.registerCommand('triangulate.refreshEntities', () => entities.refresh()),
    vscode.commands.registerCommand('triangulate.filterEntities', async () => {
      const filter = await vscode.window.showInputBox({
        title: 'Triangulate: Filter Entities',
        prompt: 'Show entities whose name or alias contains this text (empty to clear)',
      });
      if (filter !== undefined) await entities.setFilter(filter);
    }),
    vscode.commands.registerCommand('triangulate.clearEntityFilter', () => entities.setFilter('')),
  ];
}
