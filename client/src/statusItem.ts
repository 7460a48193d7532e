import * as vscode from 'vscode';
import { counted } from '../../server/src/core/counted';
import type { CorpusStatus, IndexStatus } from '../../server/src/protocol';

/** The status bar item: indexing progress, then sources and entities, with a warning when files were left out. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'triangulate.status',
    vscode.StatusBarAlignment.Left,
    10,
  );

  private last: IndexStatus | undefined;
  private corpusStatus: CorpusStatus = { state: 'off', documents: 0, message: '' };

  constructor(private readonly showOutputCommand: string) {
    this.item.name = 'Triangulate';
    this.item.command = showOutputCommand;
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(loading~spin) Triangulate: starting';
    this.item.tooltip = 'Starting the Triangulate language server…';
  }

  /** The team corpus's part of the item; shown with the next (or the last) index status. */
  corpus(status: CorpusStatus): void {
    this.corpusStatus = status;
    if (this.last) this.update(this.last);
  }

  update(status: IndexStatus): void {
    this.last = status;
    this.item.command = this.showOutputCommand;
    const problems = status.skipped.length + status.truncated.length;
    const warning = problems > 0 ? ` · $(warning) ${problems} not fully analysed` : '';
    if (status.state !== 'ready') {
      const p = status.progress;
      // A slow file is named while indexing, so a stalled count has a visible reason.
      const slow = status.slowest
        ? ` · slow: ${status.slowest.path.slice(status.slowest.path.lastIndexOf('/') + 1)} ${(status.slowest.ms / 1000).toFixed(1)} s`
        : '';
      this.item.text = `$(loading~spin) Triangulate: indexing${p ? ` ${p.done}/${p.total}` : '…'}${slow}${warning}`;
    } else {
      this.item.text = `$(telescope) Triangulate: ${counted(status.documents, 'source')} · ${counted(status.entities, 'entity', 'entities')}${warning}`;
    }
    this.item.text += corpusText(this.corpusStatus);
    const lines = [
      `Triangulate — ${status.state}`,
      `${counted(status.documents, 'source')} analysed, ${counted(status.entities, 'entity', 'entities')}.`,
    ];
    if (this.corpusStatus.state !== 'off')
      lines.push(`Team corpus (${this.corpusStatus.state}): ${this.corpusStatus.message}`);
    if (status.slowest) lines.push(`Slowest file: ${status.slowest.path} (${status.slowest.ms} ms).`);
    if (status.settled === false)
      lines.push('Recent edits: cross-source entities update when typing pauses.');
    for (const s of status.skipped.slice(0, 10)) lines.push(`Skipped ${s.path}: ${s.reason}`);
    for (const t of status.truncated.slice(0, 10)) lines.push(`Truncated ${t.path}: ${t.reason}`);
    if (problems > 20) lines.push(`… and ${problems - 20} more.`);
    lines.push('', 'Click to show the Triangulate output.');
    // A plain string tooltip: file names are shown as text, never rendered as markdown.
    this.item.tooltip = lines.join('\n');
    const warn = problems > 0 || this.corpusStatus.state === 'unreachable';
    this.item.backgroundColor = warn ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  disabled(): void {
    this.item.text = '$(circle-slash) Triangulate: off';
    this.item.tooltip =
      'Triangulate is not enabled for this workspace. Run “Triangulate: Enable for This Workspace”.';
    this.item.command = 'triangulate.enable';
    this.item.backgroundColor = undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** "· corpus: 1,204 articles", "· corpus unreachable" (the reason is in the tooltip), or nothing. */
export function corpusText(s: CorpusStatus): string {
  switch (s.state) {
    case 'off':
      return '';
    case 'connecting':
      return ' · $(sync~spin) corpus: connecting…';
    case 'loading':
      return ' · $(sync~spin) corpus: loading…';
    case 'ready':
      return ` · $(database) corpus: ${s.documents.toLocaleString('en-US')} ${s.documents === 1 ? 'article' : 'articles'}`;
    case 'unreachable':
      return ' · $(warning) corpus unreachable';
  }
}
