import * as vscode from 'vscode';
import { counted } from '../../server/src/core/counted';
import type { IndexStatus } from '../../server/src/protocol';

/** The status bar item: indexing progress, then sources and entities, with a warning when files were left out. */
export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'triangulate.status',
    vscode.StatusBarAlignment.Left,
    10,
  );

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

  update(status: IndexStatus): void {
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
    const lines = [
      `Triangulate — ${status.state}`,
      `${counted(status.documents, 'source')} analysed, ${counted(status.entities, 'entity', 'entities')}.`,
    ];
    if (status.slowest) lines.push(`Slowest file: ${status.slowest.path} (${status.slowest.ms} ms).`);
    if (status.settled === false)
      lines.push('Recent edits: cross-source entities update when typing pauses.');
    for (const s of status.skipped.slice(0, 10)) lines.push(`Skipped ${s.path}: ${s.reason}`);
    for (const t of status.truncated.slice(0, 10)) lines.push(`Truncated ${t.path}: ${t.reason}`);
    if (problems > 20) lines.push(`… and ${problems - 20} more.`);
    lines.push('', 'Click to show the Triangulate output.');
    // A plain string tooltip: file names are shown as text, never rendered as markdown.
    this.item.tooltip = lines.join('\n');
    this.item.backgroundColor =
      problems > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
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
