import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { counted } from '../../../server/src/core/counted';
import {
  DocumentStoryRequest,
  type DocumentStoryResult,
  type StorySource,
} from '../../../server/src/protocol';
import { ActiveEditorTree } from './activeEditorTree';
import { openCommand } from './openCommand';

type Node = { kind: 'story'; result: DocumentStoryResult } | { kind: 'source'; source: StorySource };

const LABEL_LENGTH = 70;
const short = (s: string, n = LABEL_LENGTH): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The Story view: the story of the active article (the articles of the workspace about the same
 * events) and its other sources, earliest first, each opening the article. Follows the active editor
 * and refreshes when the index changes. Labels and tooltips are plain strings.
 */
export class StoryView extends ActiveEditorTree<Node> {
  private data: DocumentStoryResult | null = null;
  private requestId = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    super('triangulate.story');
  }

  /** Asks the server again for the active article's story (only while the view is visible). */
  async refresh(): Promise<void> {
    if (!this.view.visible) return;
    const client = this.getClient();
    const uri = this.activeUri;
    const id = ++this.requestId;
    if (!client) return this.show(null, 'Triangulate is not enabled for this workspace.');
    if (!uri) return this.show(null, 'Open an article to see its story and the other sources that tell it.');
    const data = await client.sendRequest(DocumentStoryRequest, { uri });
    if (id !== this.requestId) return; // a newer refresh is under way
    if (data.state === 'notArticle')
      this.show(null, 'This file is not one of the analysed articles (see triangulate.include).');
    else if (!data.story) this.show(null, 'Indexing… the story appears when the workspace is analysed.');
    else if (data.story.sources.length === 0)
      this.show(data, 'No other article in this workspace tells this story.');
    else this.show(data, undefined);
  }

  private show(data: DocumentStoryResult | null, message: string | undefined): void {
    const same = JSON.stringify(data) === JSON.stringify(this.data) && this.view.message === message;
    this.data = data;
    this.view.message = message;
    // Re-rendering an unchanged tree would only disturb the selection.
    if (!same) this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const story = this.data?.story;
    if (!this.data || !story) return [];
    if (!node) return [{ kind: 'story', result: this.data }];
    if (node.kind === 'story') return story.sources.map((source) => ({ kind: 'source', source }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'source' && this.data ? { kind: 'story', result: this.data } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'story') {
      const story = node.result.story!;
      const item = new vscode.TreeItem(short(story.label), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `story:${story.id}`;
      item.description = `${counted(story.sources.length, 'other source')}`;
      item.tooltip = `Story: ${story.label}\n${counted(story.sources.length + 1, 'article')} in this workspace`;
      item.iconPath = new vscode.ThemeIcon('library');
      return item;
    }
    const { source } = node;
    const item = new vscode.TreeItem(short(source.source, 60), vscode.TreeItemCollapsibleState.None);
    item.id = `story-source:${source.uri}`;
    item.description = short(source.title, 80);
    item.tooltip = `${source.source}\n${source.title}`;
    item.iconPath = new vscode.ThemeIcon('file-text');
    item.command = openCommand('Open source', source.uri, source.range);
    return item;
  }
}
