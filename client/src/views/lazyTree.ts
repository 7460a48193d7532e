import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * A tree view fed by the server that loads only while visible: a change while hidden marks it
 * stale, and it reloads when next shown. Subclasses say how to load (`load`) and render.
 */
export abstract class LazyTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  protected readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<T>;
  private stale = true;

  constructor(
    id: string,
    protected readonly getClient: () => LanguageClient | undefined,
    options: { showCollapseAll?: boolean } = {},
  ) {
    this.view = vscode.window.createTreeView(id, { treeDataProvider: this, ...options });
    this.view.onDidChangeVisibility(() => {
      if (this.view.visible && this.stale) void this.refresh();
    });
  }

  /** The data may have changed: reload now if visible, else when next shown. */
  async refresh(): Promise<void> {
    this.stale = true;
    if (!this.view.visible) return;
    const client = this.getClient();
    const changed = await this.load(client);
    // Without a client there is nothing to load yet: the view stays stale until it runs.
    if (client) this.stale = false;
    // Re-rendering an unchanged tree would only disturb a click on one of its rows.
    if (changed) this.changed.fire(undefined);
  }

  /**
   * Loads the view's data (and sets its message); `client` is undefined when Triangulate is off.
   * Says whether the data changed.
   */
  protected abstract load(client: LanguageClient | undefined): Promise<boolean>;

  abstract getChildren(node?: T): vscode.ProviderResult<T[]>;
  abstract getTreeItem(node: T): vscode.TreeItem;

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
