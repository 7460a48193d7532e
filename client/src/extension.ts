import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';
import { registerClaimCheck } from './claimCheck';
import { registerClientCommands } from './commands';
import { enableForWorkspace, isEnabled, offerToEnable } from './enablement';
import { startLanguageClient } from './languageClient';
import { StatusItem } from './statusItem';
import { CorpusFileSystem, registerTeamCorpus, sendCorpusPassword } from './teamCorpus';
import { registerViewCommands } from './viewCommands';
import { ClaimCheckView } from './views/claimCheckView';
import { EntitiesView } from './views/entitiesView';
import { MatchesView } from './views/matchesView';
import { ReviewsView } from './views/reviewsView';
import { SourcesView } from './views/sourcesView';
import { StoryView } from './views/storyView';
import { CompareView, registerCompare } from './webviews/compareView';
import { registerTimeline, TimelineView } from './webviews/timelineView';
import { offerWordWrap } from './wordWrap';
import { registerWorkspaceCheck } from './workspaceCheck';

let client: LanguageClient | undefined;
let outputChannel: vscode.LogOutputChannel | undefined;

/** The thin client: decides whether Triangulate runs here, starts the server, owns UI and commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Triangulate', { log: true });
  const showOutput = 'triangulate.showOutput';
  const status = new StatusItem(showOutput);
  // The output channel is disposed in deactivate(), after the client has stopped: requests still in
  // flight at shutdown log their failure there.
  outputChannel = output;
  context.subscriptions.push(status);

  const matchesView = new MatchesView(() => client);
  const entitiesView = new EntitiesView(() => client);
  const reviewsView = new ReviewsView(() => client);
  const storyView = new StoryView(() => client);
  const sourcesView = new SourcesView(() => client);
  const claimCheckView = new ClaimCheckView();
  const compareView = new CompareView(() => client);
  const timelineView = new TimelineView(() => client);
  context.subscriptions.push(
    matchesView,
    entitiesView,
    reviewsView,
    storyView,
    sourcesView,
    claimCheckView,
    compareView,
    timelineView,
  );
  const workspaceCheck = registerWorkspaceCheck(() => client);
  const corpusFiles = new CorpusFileSystem(() => client);
  let lastEntityCount = -1;
  const events = {
    onStatus: (s: { state: string; entities: number }) => {
      // The server announces every change, a decision recorded or undone among them.
      if (s.state === 'ready') {
        void reviewsView.refresh();
        void storyView.refresh();
        void sourcesView.refresh();
      }
      if (s.state === 'ready' && s.entities !== lastEntityCount) {
        lastEntityCount = s.entities;
        void entitiesView.refresh();
      }
    },
    onMatchesChanged: (uris: string[]) => {
      void matchesView.refresh(uris);
      void storyView.refresh();
      void sourcesView.refresh();
      void workspaceCheck.sourcesChanged(uris);
      void entitiesView.refresh();
      claimCheckView.sourcesChanged(client);
      compareView.sourcesChanged();
      timelineView.sourcesChanged();
    },
    onCorpusStatus: (s: { state: string }) => {
      if (s.state === 'ready') corpusFiles.reloaded();
    },
  };

  const start = async (): Promise<void> => {
    if (client) return;
    status.starting();
    try {
      client = await startLanguageClient(context, output, status, events);
      // The password lives only in the server's memory: sent again whenever the server (re)starts.
      const started = client;
      await sendCorpusPassword(context, started);
      context.subscriptions.push(
        started.onDidChangeState((e) => {
          if (e.newState === State.Running) void sendCorpusPassword(context, started);
        }),
      );
      await vscode.commands.executeCommand('setContext', 'triangulate.running', true);
      void matchesView.refresh();
      void storyView.refresh();
      void sourcesView.refresh();
    } catch (e) {
      output.appendLine(`Triangulate could not start its language server: ${(e as Error).message}`);
      void vscode.window.showErrorMessage(
        'Triangulate could not start. See the Triangulate output for details.',
      );
    }
  };
  const enable = async (): Promise<void> => {
    await enableForWorkspace();
    await start();
    // Not awaited: the offer waits for the analyst's answer.
    void offerWordWrap(context.workspaceState);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(showOutput, () => output.show(true)),
    vscode.commands.registerCommand('triangulate.enable', enable),
    vscode.commands.registerCommand('triangulate.disable', async () => {
      await vscode.workspace
        .getConfiguration('triangulate')
        .update('enable', false, vscode.ConfigurationTarget.Workspace);
      await client?.stop();
      client = undefined;
      await vscode.commands.executeCommand('setContext', 'triangulate.running', false);
      status.disabled();
      void matchesView.refresh();
      void entitiesView.refresh();
      void reviewsView.refresh();
      void storyView.refresh();
      void sourcesView.refresh();
    }),
    ...registerClientCommands(() => client),
    ...registerTeamCorpus(context, corpusFiles, () => client),
    registerClaimCheck(claimCheckView, () => client),
    registerCompare(compareView),
    registerTimeline(timelineView),
    ...registerViewCommands(matchesView, entitiesView),
    ...workspaceCheck.disposables,
  );

  if (await isEnabled(context.extensionMode)) await start();
  else {
    status.disabled();
    void offerToEnable(context, enable);
  }
}

export async function deactivate(): Promise<void> {
  try {
    await client?.stop();
  } finally {
    client = undefined;
    outputChannel?.dispose();
  }
}
