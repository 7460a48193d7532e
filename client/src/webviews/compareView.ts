import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, type CompareResult } from '../../../server/src/protocol';
import { comparePage, type Openable } from './comparePage';
import { nonce } from './html';
import { revealPassage } from './reveal';

type Position = { line: number; character: number };

/**
 * The Compare view: one webview panel beside the editor, showing the sentence at a position beside
 * every other source's version. The page only asks to open passage n; the panel keeps the URIs and
 * ranges itself, so nothing the page sends is trusted.
 */
export class CompareView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shown: { uri: string; position: Position } | undefined;
  private targets: Openable[] = [];
  private requestId = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** Compares the sentence at `position` of `uri` and shows the panel (created on first use). */
  async show(uri: string, position: Position): Promise<CompareResult | null> {
    this.shown = { uri, position };
    this.ensurePanel().reveal(vscode.ViewColumn.Beside, false);
    return this.render();
  }

  /** Sources changed: a visible comparison is asked again. */
  sourcesChanged(): void {
    if (this.panel?.visible && this.shown) void this.render();
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      'triangulate.compare',
      'Compare Sources',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.webview.onDidReceiveMessage((m: unknown) => this.open(m));
    panel.onDidDispose(() => {
      this.panel = undefined;
    });
    this.panel = panel;
    return panel;
  }

  private async render(): Promise<CompareResult | null> {
    const panel = this.panel;
    const shown = this.shown;
    if (!panel || !shown) return null;
    const id = ++this.requestId;
    const result = await this.request(shown.uri, shown.position);
    if (id !== this.requestId || !this.panel) return result;
    const built = comparePage(result, panel.webview.cspSource, nonce());
    this.targets = built.targets;
    panel.title = result?.sentence ? `Compare: ${result.sentence.source}` : 'Compare Sources';
    panel.webview.html = built.html;
    return result;
  }

  private async request(uri: string, position: Position): Promise<CompareResult | null> {
    const client = this.getClient();
    if (!client) return null;
    try {
      return await client.sendRequest(CompareRequest, { uri, position });
    } catch {
      return null;
    }
  }

  private open(message: unknown): void {
    const index = (message as { type?: unknown; index?: unknown })?.index;
    if ((message as { type?: unknown })?.type !== 'open' || typeof index !== 'number') return;
    const target = this.targets[index];
    if (target) void revealPassage(target, this.panel);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** `triangulate.compare`: from a quick fix or the sidebar (uri, position), else the cursor of the active editor. */
export function registerCompare(view: CompareView): vscode.Disposable {
  return vscode.commands.registerCommand('triangulate.compare', async (uri?: unknown, position?: unknown) => {
    if (typeof uri === 'string' && isPosition(position)) return view.show(uri, position);
    // From the Cross-source matches view: its sentence item.
    const item = uri as { uri?: unknown; s?: { range?: { start?: unknown } } } | undefined;
    if (typeof item?.uri === 'string' && isPosition(item.s?.range?.start))
      return view.show(item.uri, item.s.range.start);
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Open an article and place the cursor in a sentence first.');
      return null;
    }
    const { line, character } = editor.selection.active;
    return view.show(editor.document.uri.toString(), { line, character });
  });
}

const isPosition = (p: unknown): p is Position =>
  typeof (p as Position)?.line === 'number' && typeof (p as Position)?.character === 'number';
