import * as vscode from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import {
  CORPUS_SCHEME,
  type CorpusStatus,
  CorpusStatusNotification,
  type IndexStatus,
  MatchesChangedNotification,
  StatusNotification,
} from '../../server/src/protocol';
import { hoverMiddleware } from './compareLink';
import { restartPolicy } from './restartPolicy';
import type { StatusItem } from './statusItem';

/** Starts the bundled language server (shipped in the VSIX: nothing is downloaded). */
export interface ClientEvents {
  onStatus(status: IndexStatus): void;
  onMatchesChanged(uris: string[]): void;
  onCorpusStatus(status: CorpusStatus): void;
}

/** `triangulate.cacheFolder` from the user's settings only (a workspace value is never honoured). */
function userCacheFolder(): string {
  const value = vscode.workspace.getConfiguration('triangulate').inspect<string>('cacheFolder')?.globalValue;
  return typeof value === 'string' ? value.trim() : '';
}

export async function startLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  status: StatusItem,
  events: ClientEvents,
): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The team corpus's read-only documents get hovers and highlighting too.
    documentSelector: ['file', CORPUS_SCHEME].flatMap((scheme) =>
      ['plaintext', 'markdown', 'html'].map((language) => ({ scheme, language })),
    ),
    synchronize: {
      configurationSection: 'triangulate',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,html,htm}'),
        vscode.workspace.createFileSystemWatcher('**/.triangulate/*.json'),
      ],
    },
    outputChannel: output,
    // The analysis cache lives in this workspace's extension storage, or where the user's own
    // settings say: never where a workspace's settings say (the server ignores those).
    initializationOptions: {
      cacheFolder: userCacheFolder() || (context.storageUri ?? context.globalStorageUri).fsPath,
    },
    errorHandler: restartPolicy(output),
    // Diagnostics are pulled for open editors and re-pulled when the server says others changed.
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: true },
    // Hovers carry article text: never trusted, never raw HTML.
    markdown: { isTrusted: false, supportHtml: false },
    middleware: hoverMiddleware,
  };
  const client = new LanguageClient('triangulate', 'Triangulate', serverOptions, clientOptions);
  client.onNotification(StatusNotification, (s) => {
    status.update(s);
    events.onStatus(s);
  });
  client.onNotification(MatchesChangedNotification, (p) => events.onMatchesChanged(p.uris));
  client.onNotification(CorpusStatusNotification, (s) => {
    status.corpus(s);
    events.onCorpusStatus(s);
  });
  await client.start();
  return client;
}
