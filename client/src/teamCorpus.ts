import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CORPUS_SCHEME,
  CorpusDocumentRequest,
  CorpusPasswordNotification,
  type CorpusStatus,
  RefreshCorpusRequest,
} from '../../server/src/protocol';

/** The corpus password's key in the editor's secret storage (never a setting). */
const SECRET_KEY = 'triangulate.corpus.password';

/**
 * The team corpus's documents, read-only: `triangulate-corpus:/<path>` opens the text the server
 * holds for it (`triangulate/corpusDocument`). Nothing is ever written.
 */
export class CorpusFileSystem implements vscode.FileSystemProvider {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** The corpus was loaded again: open corpus documents read their text again. */
  reloaded(): void {
    const open = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === CORPUS_SCHEME);
    if (open.length)
      this.changes.fire(open.map((d) => ({ type: vscode.FileChangeType.Changed, uri: d.uri })));
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const bytes = await this.readFile(uri);
    return {
      type: vscode.FileType.File,
      ctime: 0,
      mtime: 0,
      size: bytes.byteLength,
      permissions: vscode.FilePermission.Readonly,
    };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const client = this.getClient();
    if (!client) throw vscode.FileSystemError.Unavailable(uri);
    const answer = await client.sendRequest(CorpusDocumentRequest, { uri: uri.toString() });
    if (!answer) throw vscode.FileSystemError.FileNotFound(uri);
    return new TextEncoder().encode(answer.text);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

/** Sends the stored password to a (re)started server; '' lets it use PGPASSWORD. */
export async function sendCorpusPassword(
  context: vscode.ExtensionContext,
  client: LanguageClient,
): Promise<void> {
  const password = (await context.secrets.get(SECRET_KEY)) ?? '';
  await client.sendNotification(CorpusPasswordNotification, { password });
}

/** The read-only provider and the two corpus commands. */
export function registerTeamCorpus(
  context: vscode.ExtensionContext,
  provider: CorpusFileSystem,
  getClient: () => LanguageClient | undefined,
): vscode.Disposable[] {
  return [
    // Changed in another window: this one's server gets it too.
    context.secrets.onDidChange((e) => {
      const client = getClient();
      if (e.key === SECRET_KEY && client) void sendCorpusPassword(context, client);
    }),
    vscode.workspace.registerFileSystemProvider(CORPUS_SCHEME, provider, {
      isReadonly: true,
      isCaseSensitive: true,
    }),
    vscode.commands.registerCommand('triangulate.setCorpusPassword', async () => {
      const password = await vscode.window.showInputBox({
        title: 'Triangulate: Team Corpus Password',
        prompt:
          'The password of the triangulate.corpus.url role, kept in the editor’s secret storage (empty: forget it and use PGPASSWORD).',
        password: true,
        ignoreFocusOut: true,
      });
      if (password === undefined) return; // cancelled
      if (password) await context.secrets.store(SECRET_KEY, password);
      else await context.secrets.delete(SECRET_KEY);
      const client = getClient();
      if (client) await client.sendNotification(CorpusPasswordNotification, { password });
    }),
    vscode.commands.registerCommand(
      'triangulate.refreshCorpus',
      async (): Promise<CorpusStatus | undefined> => {
        const client = getClient();
        if (!client) {
          void vscode.window.showInformationMessage('Triangulate is not running in this workspace.');
          return undefined;
        }
        const status = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Triangulate: refreshing the team corpus…' },
          () => client.sendRequest(RefreshCorpusRequest),
        );
        if (status.state === 'unreachable')
          void vscode.window.showWarningMessage(`Team corpus unreachable: ${status.message}`);
        return status;
      },
    ),
  ];
}
