import * as vscode from 'vscode';
import type { Openable } from './comparePage';
import { nonce } from './html';
import { revealPassage } from './reveal';

/** A page built from a server answer, with the passages its `data-open="<n>"` opens. */
export interface BuiltPage {
  html: string;
  targets: Openable[];
}

export interface PassagePanelOptions<R> {
  viewType: string;
  /** The title while there is no answer. */
  title: string;
  /** Asks the server; null when it cannot answer. */
  load(): Promise<R | null>;
  build(result: R | null, cspSource: string, nonce: string): BuiltPage;
  titleOf(result: R | null): string;
}

/**
 * What the Compare and Timeline views share: one webview panel beside the editor, created on first
 * use, whose page only asks to open passage n (the panel keeps the URIs and ranges, so nothing the
 * page sends is trusted); a newer answer wins over an older one still under way.
 */
export class PassagePanel<R> implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private targets: Openable[] = [];
  private requestId = 0;

  constructor(private readonly options: PassagePanelOptions<R>) {}

  get visible(): boolean {
    return !!this.panel?.visible;
  }

  /** Shows the panel (created on first use) with a fresh answer. */
  async show(): Promise<R | null> {
    this.ensurePanel().reveal(vscode.ViewColumn.Beside, false);
    return this.render();
  }

  /** Asks again and redraws, when the panel exists. */
  async render(): Promise<R | null> {
    const panel = this.panel;
    if (!panel) return null;
    const id = ++this.requestId;
    const result = await this.options.load();
    if (id !== this.requestId || !this.panel) return result;
    const built = this.options.build(result, panel.webview.cspSource, nonce());
    this.targets = built.targets;
    panel.title = this.options.titleOf(result);
    panel.webview.html = built.html;
    return result;
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      this.options.viewType,
      this.options.title,
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

  dispose(): void {
    this.panel?.dispose();
  }
}
