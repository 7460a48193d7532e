import * as vscode from 'vscode';

/**
 * A tree view about the active article: it asks again (`refresh`) when the active editor changes
 * and when the view is shown. Subclasses say how to load and render.
 */
export abstract class ActiveEditorTree<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  protected readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<T>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(id: string, options: { showCollapseAll?: boolean } = {}) {
    this.view = vscode.window.createTreeView(id, { treeDataProvider: this, ...options });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      this.view.onDidChangeVisibility(() => void this.refresh()),
    );
  }

  /** The active editor's file URI (other schemes are no articles). */
  protected get activeUri(): string | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.scheme === 'file' ? editor.document.uri.toString() : undefined;
  }

  abstract refresh(): Promise<void>;
  abstract getChildren(node?: T): vscode.ProviderResult<T[]>;
  abstract getTreeItem(node: T): vscode.TreeItem;

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}
