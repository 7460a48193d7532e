import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type ReviewEntry, ReviewListRequest } from '../../../server/src/protocol';
import { LazyTree } from './lazyTree';
import { openCommand } from './openCommand';

const DECISIONS: Record<ReviewEntry['decision'], { label: string; icon: string }> = {
  reviewed: { label: 'Reviewed', icon: 'check' },
  dismissed: { label: 'Not a contradiction', icon: 'circle-slash' },
  ignoreKind: { label: 'Kind ignored in this file', icon: 'eye-closed' },
};

export const EMPTY_REVIEWS_MESSAGE =
  'No review decisions yet. Findings you mark as reviewed, dismiss or ignore by kind (quick fixes, Ctrl+.) are listed here with their date; each opens its passage and can be undone.';

/** “1 Dec 2026, 13:50” in the user's locale; the file keeps ISO. */
const when = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : 'undated';

/**
 * The Reviews view: every decision of `.triangulate/reviews.json`, newest first, with its kind,
 * date and source; a click opens the passage, the inline Undo removes the decision.
 */
export class ReviewsView extends LazyTree<ReviewEntry> {
  private entries: ReviewEntry[] = [];

  constructor(getClient: () => LanguageClient | undefined) {
    super('triangulate.reviews', getClient);
  }

  protected async load(client: LanguageClient | undefined): Promise<boolean> {
    const entries = client ? await client.sendRequest(ReviewListRequest) : [];
    const changed = JSON.stringify(entries) !== JSON.stringify(this.entries);
    this.entries = entries;
    this.view.message = !client
      ? 'Triangulate is not enabled for this workspace.'
      : this.entries.length === 0
        ? EMPTY_REVIEWS_MESSAGE
        : undefined;
    return changed;
  }

  getChildren(entry?: ReviewEntry): ReviewEntry[] {
    return entry ? [] : this.entries;
  }

  getTreeItem(e: ReviewEntry): vscode.TreeItem {
    const decision = DECISIONS[e.decision];
    const item = new vscode.TreeItem(`${decision.label} · ${e.kind}`);
    item.id = `review:${e.key}`;
    item.iconPath = new vscode.ThemeIcon(decision.icon);
    const by = e.reviewer ? ` · ${e.reviewer}` : '';
    item.description = `${e.source ?? e.path ?? 'source unknown'} · ${when(e.at)}${by}`;
    // Passages are article text: plain strings only.
    item.tooltip = [
      `${decision.label} (${e.kind}), ${when(e.at)}${e.reviewer ? `, by ${e.reviewer} (team corpus)` : ''}`,
      e.source ?? e.path ?? '',
      ...(e.a ? [`This source: ${e.a}`] : []),
      ...(e.b ? [`Other source: ${e.b}`] : []),
      ...(e.uri && !e.range && e.decision !== 'ignoreKind'
        ? ['(the source no longer reports this finding)']
        : []),
    ]
      .filter(Boolean)
      .join('\n');
    item.contextValue = 'review';
    if (e.uri) {
      item.command = openCommand('Open passage', e.uri, e.range);
    }
    return item;
  }
}
