import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, type CompareResult } from '../../../server/src/protocol';
import { comparePage } from './comparePage';
import { PassagePanel } from './passagePanel';

type Position = { line: number; character: number };

/**
 * The Compare view: one webview panel beside the editor, showing the sentence at a position beside
 * every other source's version (`PassagePanel` keeps the passages the page may open).
 */
export class CompareView implements vscode.Disposable {
  private shown: { uri: string; position: Position } | undefined;
  private readonly panel = new PassagePanel<CompareResult>({
    viewType: 'triangulate.compare',
    title: 'Compare Sources',
    load: () => this.request(),
    build: comparePage,
    titleOf: (result) => (result?.sentence ? `Compare: ${result.sentence.source}` : 'Compare Sources'),
  });

  constructor(private readonly getClient: () => LanguageClient | undefined) {}

  /** Compares the sentence at `position` of `uri` and shows the panel (created on first use). */
  show(uri: string, position: Position): Promise<CompareResult | null> {
    this.shown = { uri, position };
    return this.panel.show();
  }

  /** Sources changed: a visible comparison is asked again. */
  sourcesChanged(): void {
    if (this.panel.visible && this.shown) void this.panel.render();
  }

  private async request(): Promise<CompareResult | null> {
    const client = this.getClient();
    if (!client || !this.shown) return null;
    try {
      return await client.sendRequest(CompareRequest, this.shown);
    } catch {
      return null;
    }
  }

  dispose(): void {
    this.panel.dispose();
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
