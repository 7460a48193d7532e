import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TimelineRequest, type TimelineResult } from '../../../server/src/protocol';
import { PassagePanel } from './passagePanel';
import { timelinePage } from './timelinePage';

/**
 * The Timeline view: one webview panel showing the story of the active article in time order. It
 * follows the active article and the sources' changes while visible (`PassagePanel` keeps the
 * passages the page may open).
 */
export class TimelineView implements vscode.Disposable {
  private uri: string | undefined;
  private readonly panel = new PassagePanel<TimelineResult>({
    viewType: 'triangulate.timeline',
    title: 'Timeline',
    load: () => this.request(),
    build: timelinePage,
    titleOf: (result) => (result?.story ? `Timeline: ${result.story.label}` : 'Timeline'),
  });
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const uri = editor?.document.uri;
        if (!this.panel.visible || uri?.scheme !== 'file' || uri.toString() === this.uri) return;
        this.uri = uri.toString();
        void this.panel.render();
      }),
    );
  }

  /** Shows the timeline of the story of `uri` (created on first use). */
  show(uri: string | undefined): Promise<TimelineResult | null> {
    this.uri = uri;
    return this.panel.show();
  }

  sourcesChanged(): void {
    if (this.panel.visible) void this.panel.render();
  }

  private async request(): Promise<TimelineResult | null> {
    const client = this.getClient();
    if (!this.uri) return { uri: '', state: 'noEditor', story: null, lanes: [], items: [] };
    if (!client) return null;
    try {
      return await client.sendRequest(TimelineRequest, { uri: this.uri });
    } catch {
      return null;
    }
  }

  dispose(): void {
    this.panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** `triangulate.showTimeline`: the story of the active article (or of the article given). */
export function registerTimeline(view: TimelineView): vscode.Disposable {
  return vscode.commands.registerCommand('triangulate.showTimeline', (uri?: unknown) => {
    const given = typeof uri === 'string' ? uri : uri instanceof vscode.Uri ? uri.toString() : undefined;
    return view.show(given ?? vscode.window.activeTextEditor?.document.uri.toString());
  });
}
