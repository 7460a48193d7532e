import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TimelineRequest, type TimelineResult } from '../../../server/src/protocol';
import type { Openable } from './comparePage';
import { nonce } from './html';
import { revealPassage } from './reveal';
import { timelinePage } from './timelinePage';

/**
 * The Timeline view: one webview panel showing the story of the active article in time order. It
 * follows the active article and the sources' changes while visible; the page only asks to open
 * passage n, the panel keeps the URIs and ranges.
 */
export class TimelineView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: string | undefined;
  private targets: Openable[] = [];
  private requestId = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const uri = editor?.document.uri;
        if (!this.panel?.visible || uri?.scheme !== 'file' || uri.toString() === this.uri) return;
        this.uri = uri.toString();
        void this.render();
      }),
    );
  }

  /** Shows the timeline of the story of `uri` (created on first use). */
  async show(uri: string | undefined): Promise<TimelineResult | null> {
    this.uri = uri;
    this.ensurePanel().reveal(vscode.ViewColumn.Beside, false);
    return this.render();
  }

  sourcesChanged(): void {
    if (this.panel?.visible) void this.render();
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      'triangulate.timeline',
      'Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.webview.onDidReceiveMessage((m: unknown) => {
      const index = (m as { type?: unknown; index?: unknown })?.index;
      const target = typeof index === 'number' ? this.targets[index] : undefined;
      if ((m as { type?: unknown })?.type === 'open' && target) void revealPassage(target, panel);
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    this.panel = panel;
    return panel;
  }

  private async render(): Promise<TimelineResult | null> {
    const panel = this.panel;
    if (!panel) return null;
    const id = ++this.requestId;
    const result = await this.request();
    if (id !== this.requestId || !this.panel) return result;
    const built = timelinePage(result, panel.webview.cspSource, nonce());
    this.targets = built.targets;
    panel.title = result?.story ? `Timeline: ${result.story.label}` : 'Timeline';
    panel.webview.html = built.html;
    return result;
  }

  private async request(): Promise<TimelineResult | null> {
    const client = this.getClient();
    if (!client || !this.uri)
      return this.uri ? null : { uri: '', state: 'noEditor', story: null, lanes: [], items: [] };
    try {
      return await client.sendRequest(TimelineRequest, { uri: this.uri });
    } catch {
      return null;
    }
  }

  dispose(): void {
    this.panel?.dispose();
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
