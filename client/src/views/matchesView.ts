import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { counted } from '../../../server/src/core/counted';
import {
  DocumentMatchesRequest,
  type DocumentMatchesResult,
  type MatchItem,
  type SentenceMatches,
} from '../../../server/src/protocol';
import { ActiveEditorTree } from './activeEditorTree';
import { openCommand } from './openCommand';

type Node =
  | { kind: 'sentence'; uri: string; s: SentenceMatches }
  | { kind: 'match'; parent: string; m: MatchItem; index: number };

const RELATION_ICONS: Record<MatchItem['relation'], string> = {
  duplicate: 'copy',
  paraphrase: 'quote',
  'same-event': 'link',
};
const LABEL_LENGTH = 70;

export type RevealOutcome = 'revealed' | 'noMatch' | 'indexing' | 'notArticle' | 'notRunning';

const short = (s: string, n = LABEL_LENGTH): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function containsPosition(range: SentenceMatches['range'], p: vscode.Position): boolean {
  const { start, end } = range;
  const afterStart = start.line < p.line || (start.line === p.line && start.character <= p.character);
  const beforeEnd = end.line > p.line || (end.line === p.line && end.character >= p.character);
  return afterStart && beforeEnd;
}

/**
 * The Cross-source matches view: the active article's sentences that other sources also report,
 * each expanding to those reports. Data comes from the server; the view follows the active editor
 * and refreshes when the server says the document's matches changed, keeping items (and their
 * expansion) stable by id so a refresh does not flicker.
 */
export class MatchesView extends ActiveEditorTree<Node> {
  private data: DocumentMatchesResult | null = null;
  private requestId = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    super('triangulate.matches', { showCollapseAll: true });
  }

  /** Re-fetches when `uris` is empty (everything changed) or names the shown document. */
  async refresh(uris?: string[]): Promise<void> {
    const uri = this.activeUri;
    if (uris && uris.length > 0 && (!uri || !uris.includes(uri))) return;
    if (!this.view.visible) return;
    const client = this.getClient();
    const id = ++this.requestId;
    if (!client) {
      this.show(null, 'Triangulate is not enabled for this workspace.');
      return;
    }
    if (!uri) {
      this.show(null, 'Open an article to see its matches.');
      return;
    }
    const data = await client.sendRequest(DocumentMatchesRequest, { uri });
    if (id !== this.requestId) return; // a newer refresh is under way
    if (data.state === 'notArticle')
      this.show(null, 'This file is not one of the analysed articles (see triangulate.include).');
    else if (data.state === 'indexing' && data.sentences.length === 0)
      this.show(data, 'Indexing… matches appear when the workspace is analysed.');
    else if (data.sentences.length === 0)
      this.show(data, 'No other source in this workspace reports anything from this document.');
    else this.show(data, undefined);
  }

  private show(data: DocumentMatchesResult | null, message: string | undefined): void {
    this.data = data;
    this.view.message = message;
    const n = data?.sentences.length ?? 0;
    this.view.description = n > 0 ? `${counted(n, 'sentence')} reported elsewhere` : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!this.data) return [];
    if (!node) return this.data.sentences.map((s) => ({ kind: 'sentence', uri: this.data!.uri, s }));
    if (node.kind === 'sentence')
      return node.s.matches.map((m, index) => ({
        kind: 'match',
        parent: `${node.uri}#${node.s.sentence}`,
        m,
        index,
      }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'sentence' || !this.data) return undefined;
    const s = this.data.sentences.find((x) => `${this.data!.uri}#${x.sentence}` === node.parent);
    return s ? { kind: 'sentence', uri: this.data.uri, s } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'sentence') {
      const { s } = node;
      // Labels and tooltips are plain strings: article text is never rendered as markup.
      const item = new vscode.TreeItem(short(s.text), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${node.uri}#${s.sentence}`;
      item.contextValue = 'sentence';
      const sources = new Set(s.matches.map((m) => m.uri)).size;
      item.description = counted(sources, 'source');
      item.tooltip = `${s.text}\n\n${s.claim}\n${s.qualifiers}`;
      item.iconPath = new vscode.ThemeIcon('comment-discussion');
      item.command = openCommand('Reveal sentence', node.uri, s.range);
      return item;
    }
    const { m } = node;
    const item = new vscode.TreeItem(short(m.source, 60), vscode.TreeItemCollapsibleState.None);
    item.id = `${node.parent}>${m.uri}#${m.range.start.line}:${m.range.start.character}`;
    item.description = `${m.conflict ? `conflict: ${m.conflict.kind} · ` : ''}${m.relation} · ${m.score.toFixed(2)} — ${short(m.text, 80)}`;
    item.tooltip = `${m.source}\n${m.relation}, score ${m.score.toFixed(2)}${m.conflict ? `\n\n${m.conflict.message}` : ''}\n\n${m.text}`;
    item.iconPath = m.conflict
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon(RELATION_ICONS[m.relation]);
    item.command = openCommand('Open match', m.uri, m.range);
    return item;
  }

  /**
   * Reveals (and expands) the sentence at `position` of `uri`. Asks the server itself: the view's
   * own data is only loaded while the view is visible, so a collapsed or hidden view knows nothing.
   */
  async revealAt(uri: vscode.Uri, position: vscode.Position): Promise<RevealOutcome> {
    const client = this.getClient();
    if (!client) return 'notRunning';
    const data = await client.sendRequest(DocumentMatchesRequest, { uri: uri.toString() });
    if (data.state === 'notArticle') return 'notArticle';
    const s = data.sentences.find((x) => containsPosition(x.range, position));
    if (!s) return data.state === 'indexing' ? 'indexing' : 'noMatch';
    await vscode.commands.executeCommand('triangulate.matches.focus');
    this.requestId++; // what this shows wins over a refresh still under way
    this.show(data, undefined);
    await this.view.reveal(
      { kind: 'sentence', uri: data.uri, s },
      { select: true, focus: true, expand: true },
    );
    return 'revealed';
  }
}
