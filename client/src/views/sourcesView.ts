import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { profileLine, profileSentences } from '../../../server/src/core/brief/render/words';
import {
  type SourceProfileRow,
  SourceProfilesRequest,
  type SourceProfilesResult,
} from '../../../server/src/protocol';
import { ActiveEditorTree } from './activeEditorTree';
import { openCommand } from './openCommand';

const short = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The Sources view: every source of the active article's story, earliest first, with what the
 * others make of its claims ("12 claims · 3 corroborated · 1 contradicted · 2 only here · first on
 * 4"); a row opens the article. Follows the active editor and refreshes when the index changes.
 * Labels and tooltips are plain strings.
 */
export class SourcesView extends ActiveEditorTree<SourceProfileRow> {
  private data: SourceProfilesResult | null = null;
  private requestId = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    super('triangulate.sources');
  }

  /** Asks the server again for the profiles of the active article's story (only while visible). */
  async refresh(): Promise<void> {
    if (!this.view.visible) return;
    const client = this.getClient();
    const uri = this.activeUri;
    const id = ++this.requestId;
    if (!client) return this.show(null, 'Triangulate is not enabled for this workspace.');
    if (!uri)
      return this.show(
        null,
        'Open an article to see the sources of its story and what each one’s claims meet.',
      );
    const data = await client.sendRequest(SourceProfilesRequest, { uri });
    if (id !== this.requestId) return; // a newer refresh is under way
    if (data.state === 'notArticle')
      this.show(null, 'This file is not one of the analysed articles (see triangulate.include).');
    else if (!data.story) this.show(null, 'Indexing… the sources appear when the workspace is analysed.');
    else if (data.story.sources.length < 2)
      this.show(
        data,
        'No other article in this workspace tells this story: nothing corroborates or contradicts it yet.',
      );
    else if (data.story.omitted)
      this.show(
        data,
        `This article and the ${data.story.sources.length - 1} earliest of its story's ${data.story.sources.length - 1 + data.story.omitted} other sources.`,
      );
    else this.show(data, undefined);
  }

  private show(data: SourceProfilesResult | null, message: string | undefined): void {
    const same = JSON.stringify(data) === JSON.stringify(this.data) && this.view.message === message;
    this.data = data;
    this.view.message = message;
    this.view.description = data?.story ? short(data.story.label, 50) : undefined;
    // Re-rendering an unchanged tree would only disturb the selection.
    if (!same) this.changed.fire(undefined);
  }

  getChildren(node?: SourceProfileRow): SourceProfileRow[] {
    return node ? [] : (this.data?.story?.sources ?? []);
  }

  getTreeItem(p: SourceProfileRow): vscode.TreeItem {
    const item = new vscode.TreeItem(short(p.source, 60), vscode.TreeItemCollapsibleState.None);
    item.id = `source-profile:${p.uri}`;
    item.description = profileLine(p);
    const own = p.uri === this.data?.uri;
    item.tooltip = [
      own ? `${p.source} (this article)` : p.source,
      p.title,
      p.path,
      '',
      ...profileSentences(p),
    ].join('\n');
    item.iconPath = new vscode.ThemeIcon(own ? 'eye' : 'file-text');
    item.command = openCommand('Open source', p.uri, p.range);
    return item;
  }
}
