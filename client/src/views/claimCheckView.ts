import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { counted } from '../../../server/src/core/counted';
import {
  CheckClaimRequest,
  CLAIM_VERDICT_INFO,
  type ClaimSourceVerdict,
  type ClaimVerdictName,
} from '../../../server/src/protocol';
import {
  answerOf,
  CLAIM_CHECK_TIMEOUT_MS,
  type ClaimCheckAnswer,
  claimStatus,
  sourceCount,
  unansweredMessage,
  unlistedSilent,
  verdictCount,
} from './claimCheckAnswer';
import { openCommand } from './openCommand';

export const CLAIM_CHECK_VIEW = 'triangulate.claimCheck';

type Node =
  | { kind: 'claim' }
  | { kind: 'group'; verdict: ClaimVerdictName; group: string }
  | { kind: 'source'; verdict: ClaimVerdictName; v: ClaimSourceVerdict }
  | { kind: 'more'; count: number }
  | { kind: 'unanswered'; message: string }
  | { kind: 'retry'; claim: string };

const ICONS: Record<ClaimVerdictName, vscode.ThemeIcon> = {
  contradicts: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  agrees: new vscode.ThemeIcon('check'),
  mentions: new vscode.ThemeIcon('link'),
  silent: new vscode.ThemeIcon('circle-slash'),
};

/** A shown answer is checked again this long after the workspace last changed (typing pauses). */
const RECHECK_DELAY_MS = 1000;

const short = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The Claim Check view: the last checked claim as the root, its sources grouped by verdict
 * (Contradict, Agree, Mentions, Silent, with counts); a row opens its passage. Everything shown is
 * plain text: labels, descriptions and tooltips, never markdown built from article text.
 */
export class ClaimCheckView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<Node>;
  private claim: string | null = null;
  private result: ClaimCheckAnswer | null = null;
  /** Each new claim gets new item ids, so its groups open as they should, not as the last were left. */
  private run = 0;
  /** Every request, re-checks included: only the newest one's answer is shown. */
  private request = 0;
  private pending: vscode.CancellationTokenSource | null = null;
  private recheck: ReturnType<typeof setTimeout> | undefined;
  private readonly root: Node = { kind: 'claim' };

  constructor() {
    this.view = vscode.window.createTreeView(CLAIM_CHECK_VIEW, {
      treeDataProvider: this,
      showCollapseAll: true,
    });
  }

  /**
   * Checks `claim` (a newer check cancels this one), showing progress in the view; resolves with the
   * answer. A `quiet` check (the same claim after the workspace changed) keeps the tree as it is
   * until its answer replaces it, and leaves the focus where it is. A check that fails or times out
   * says so in the view, with a row that runs it again.
   */
  async check(client: LanguageClient, claim: string, quiet = false): Promise<ClaimCheckAnswer> {
    clearTimeout(this.recheck);
    this.pending?.cancel();
    const cancel = new vscode.CancellationTokenSource();
    this.pending = cancel;
    const request = ++this.request;
    if (!quiet) {
      this.run++;
      this.claim = claim.replace(/\s+/g, ' ').trim();
      this.result = null;
      this.changed.fire(undefined);
    }
    try {
      const result = await vscode.window.withProgress({ location: { viewId: CLAIM_CHECK_VIEW } }, () =>
        answerOf(
          Promise.resolve(client.sendRequest(CheckClaimRequest, { claim }, cancel.token)),
          this.claim ?? claim,
          CLAIM_CHECK_TIMEOUT_MS,
          () => cancel.cancel(),
        ),
      );
      if (request !== this.request) return result; // a newer check is shown
      if (quiet && result.state !== 'ok') return result;
      if (result.state === 'invalid')
        void vscode.window.showWarningMessage(result.message ?? 'Nothing to check.');
      this.claim = result.claim || this.claim;
      this.result = result;
      this.changed.fire(undefined);
      if (result.state === 'ok' && !quiet)
        await this.view.reveal(this.root, { select: true, focus: true, expand: 1 });
      return result;
    } finally {
      if (this.pending === cancel) this.pending = null;
      cancel.dispose();
    }
  }

  /** The workspace changed: the answer shown is checked again once changes pause. */
  sourcesChanged(client: LanguageClient | undefined): void {
    const claim = this.claim;
    if (!client || claim === null || this.result?.state !== 'ok') return;
    clearTimeout(this.recheck);
    this.recheck = setTimeout(
      () => void this.check(client, claim, true).catch(() => undefined),
      RECHECK_DELAY_MS,
    );
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.claim === null ? [] : [this.root];
    const sources = this.result?.sources ?? [];
    if (node.kind === 'claim') return this.claimChildren();
    if (node.kind === 'group') {
      const rows: Node[] = sources
        .filter((v) => v.verdict === node.verdict)
        .map((v) => ({ kind: 'source', verdict: node.verdict, v }));
      const more = node.verdict === 'silent' ? unlistedSilent(this.result) : 0;
      return more > 0 ? [...rows, { kind: 'more', count: more }] : rows;
    }
    return [];
  }

  /** The groups of an answer; for a claim without one, why and (unless the claim is invalid) a retry. */
  private claimChildren(): Node[] {
    const result = this.result;
    if (!result) return [];
    if (result.state === 'ok')
      return CLAIM_VERDICT_INFO.map(({ verdict, group }) => ({ kind: 'group', verdict, group }));
    const message = unansweredMessage(result) ?? '';
    const retry: Node[] = result.state === 'invalid' ? [] : [{ kind: 'retry', claim: this.claim ?? '' }];
    return [{ kind: 'unanswered', message }, ...retry];
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'claim') return undefined;
    if (node.kind === 'group' || node.kind === 'unanswered' || node.kind === 'retry') return this.root;
    if (node.kind === 'more') return { kind: 'group', verdict: 'silent', group: this.groupName('silent') };
    return { kind: 'group', verdict: node.verdict, group: this.groupName(node.verdict) };
  }

  private groupName(verdict: ClaimVerdictName): string {
    return CLAIM_VERDICT_INFO.find((i) => i.verdict === verdict)!.group;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'claim') return this.claimItem();
    if (node.kind === 'group') return this.groupItem(node.verdict, node.group);
    if (node.kind === 'more') return this.moreItem(node.count);
    if (node.kind === 'unanswered') return this.unansweredItem(node.message);
    if (node.kind === 'retry') return this.retryItem(node.claim);
    return this.sourceItem(node.v);
  }

  private moreItem(count: number): vscode.TreeItem {
    const item = new vscode.TreeItem(`… and ${count.toLocaleString('en-US')} more`);
    item.id = `${this.run}:silent:more`;
    item.tooltip = 'Sources that say nothing of the claim, not listed here (the first ones by name are)';
    return item;
  }

  private unansweredItem(message: string): vscode.TreeItem {
    const item = new vscode.TreeItem(message, vscode.TreeItemCollapsibleState.None);
    item.id = `${this.run}:unanswered`;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    item.tooltip = message;
    return item;
  }

  private retryItem(claim: string): vscode.TreeItem {
    const item = new vscode.TreeItem('Check again', vscode.TreeItemCollapsibleState.None);
    item.id = `${this.run}:retry`;
    item.iconPath = new vscode.ThemeIcon('refresh');
    item.tooltip = 'Check the same claim again';
    item.command = { title: 'Check again', command: 'triangulate.checkClaim', arguments: [claim] };
    return item;
  }

  private claimItem(): vscode.TreeItem {
    const claim = this.claim ?? '';
    const item = new vscode.TreeItem(short(claim, 90), vscode.TreeItemCollapsibleState.Expanded);
    item.id = `${this.run}:claim`;
    item.iconPath = new vscode.ThemeIcon('comment-discussion');
    item.description = claimStatus(this.result, counted(sourceCount(this.result), 'source'));
    const message = this.result && unansweredMessage(this.result);
    item.tooltip = message ? `${claim}\n\n${message}` : claim;
    return item;
  }

  private groupItem(verdict: ClaimVerdictName, group: string): vscode.TreeItem {
    const n = verdictCount(this.result, verdict);
    const state =
      n === 0
        ? vscode.TreeItemCollapsibleState.None
        : verdict === 'silent'
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(`${group} (${n})`, state);
    item.id = `${this.run}:${verdict}`;
    item.iconPath = ICONS[verdict];
    return item;
  }

  private sourceItem(v: ClaimSourceVerdict): vscode.TreeItem {
    const item = new vscode.TreeItem(v.source, vscode.TreeItemCollapsibleState.None);
    item.id = `${this.run}:${v.verdict}:${v.uri}`;
    item.iconPath = ICONS[v.verdict];
    const passage = v.text ? `— ${v.conflict ? `${v.conflict.kind}: ` : ''}${short(v.text, 120)}` : '';
    item.description = passage || (v.source === v.path ? '' : v.path);
    item.tooltip = [
      v.source === v.path ? v.path : `${v.source} (${v.path})`,
      v.conflict
        ? `${v.conflict.kind}: ${v.conflict.message}`
        : v.relation
          ? `${v.relation}, score ${v.score?.toFixed(2)}`
          : 'Does not mention the claim.',
      v.text ?? '',
    ]
      .filter(Boolean)
      .join('\n\n');
    item.command = openCommand('Open passage', v.uri, v.range);
    return item;
  }

  dispose(): void {
    clearTimeout(this.recheck);
    this.pending?.cancel();
    this.view.dispose();
    this.changed.dispose();
  }
}
