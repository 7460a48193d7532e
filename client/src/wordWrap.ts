import * as vscode from 'vscode';

/** Languages of the article files (`triangulate.include`): plain text, markdown, HTML. */
const ARTICLE_LANGUAGES = ['plaintext', 'markdown', 'html'] as const;
const ANSWERED_KEY = 'triangulate.wordWrapAnswered';
export const WORD_WRAP_OFFER =
  'Articles often hold a whole paragraph on one line. Wrap long lines in this workspace’s article files (.txt, .md, .html)?';
const WRAP = 'Wrap Lines';
const NOT_NOW = 'Not Now';
const NEVER = "Don't Ask Again";

const editorSettings = (languageId: string) => vscode.workspace.getConfiguration('editor', { languageId });

/**
 * Offered when Triangulate is enabled for a folder: word wrap for the article languages that do not
 * wrap, written to the workspace's language-scoped settings (`"[plaintext]": { "editor.wordWrap":
 * "on" }`) only when the analyst says so. Asked again on the next enabling unless answered for good.
 * Says whether anything was written.
 */
export async function offerWordWrap(state: vscode.Memento): Promise<boolean> {
  if (state.get<boolean>(ANSWERED_KEY)) return false;
  const unwrapped = ARTICLE_LANGUAGES.filter((id) => editorSettings(id).get<string>('wordWrap') === 'off');
  if (unwrapped.length === 0) return false;
  const choice = await vscode.window.showInformationMessage(WORD_WRAP_OFFER, WRAP, NOT_NOW, NEVER);
  if (choice === NEVER) await state.update(ANSWERED_KEY, true);
  if (choice !== WRAP) return false;
  for (const id of unwrapped)
    await editorSettings(id).update('wordWrap', 'on', vscode.ConfigurationTarget.Workspace, true);
  await state.update(ANSWERED_KEY, true);
  return true;
}
