import * as vscode from 'vscode';

const ARTICLE_GLOB = '**/*.{txt,md,markdown,html,htm}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**,**/build/**}';
/** Fewer articles than this is a README, not a corpus: no offer. */
const OFFER_THRESHOLD = 3;
const DECLINED_KEY = 'triangulate.offerDeclined';

/** Set by `npm start -- <folder>` for the window it opens with the extension loaded from source. */
export const LAUNCH_ENABLE_VARIABLE = 'TRIANGULATE_ENABLE';

/**
 * Triangulate is opt-in per workspace: it runs where `triangulate.enable` is set or a `.triangulate/`
 * folder exists, so it never surprises someone editing a code repository's README. A development
 * window started by `npm start` on a folder counts as that folder opting in (unless its settings
 * say otherwise).
 */
export async function isEnabled(mode: vscode.ExtensionMode): Promise<boolean> {
  const setting = vscode.workspace.getConfiguration('triangulate').inspect<boolean>('enable');
  const explicit = setting?.workspaceFolderValue ?? setting?.workspaceValue;
  if (explicit !== undefined) return explicit;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.triangulate'));
      if (stat.type & vscode.FileType.Directory) return true;
    } catch {
      // no .triangulate folder here
    }
  }
  if (mode === vscode.ExtensionMode.Development && process.env[LAUNCH_ENABLE_VARIABLE] === '1') return true;
  return setting?.globalValue ?? false;
}

export async function enableForWorkspace(): Promise<void> {
  await vscode.workspace
    .getConfiguration('triangulate')
    .update('enable', true, vscode.ConfigurationTarget.Workspace);
}

/** One non-modal offer per workspace when it looks like a folder of articles. */
export async function offerToEnable(
  context: vscode.ExtensionContext,
  enable: () => Promise<void>,
): Promise<void> {
  if (context.workspaceState.get<boolean>(DECLINED_KEY) || !vscode.workspace.workspaceFolders?.length) return;
  const files = await vscode.workspace.findFiles(ARTICLE_GLOB, EXCLUDE_GLOB, 1000);
  if (files.length < OFFER_THRESHOLD) return;
  const count = files.length >= 1000 ? 'over 1,000' : String(files.length);
  const choice = await vscode.window.showInformationMessage(
    `This folder holds ${count} articles — analyse it with Triangulate?`,
    'Analyse',
    'Not Now',
    "Don't Ask Again",
  );
  if (choice === 'Analyse') await enable();
  else if (choice === "Don't Ask Again") await context.workspaceState.update(DECLINED_KEY, true);
}
