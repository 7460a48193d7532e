import { type CancellationToken, DiagnosticSeverity } from 'vscode-languageserver';
import { yieldToEventLoop } from '../core/index/indexer';
import { CORPUS_SCHEME, type WorkspaceCheckResult } from '../protocol';
import type { ServerContext } from './context';
import { diagnosticsFor } from './diagnostics';

/**
 * Checks every document of the workspace for the Problems panel: with work-done progress, a cancel
 * button, and a yield after each document so the server keeps answering the editor meanwhile.
 */
export async function checkWorkspace(
  ctx: ServerContext,
  openUris: string[],
  token: CancellationToken,
): Promise<WorkspaceCheckResult> {
  const open = new Set(openUris);
  // The workspace's own sources: team corpus documents are read-only and many; they are compared, not checked.
  const docs = ctx.index.documents().filter((d) => !d.uri.startsWith(`${CORPUS_SCHEME}:`));
  const progress = await ctx.connection.window.createWorkDoneProgress();
  progress.begin('Triangulate: checking sources', 0, `0 / ${docs.length}`, true);
  const result: WorkspaceCheckResult = { files: [], findings: 0, cancelled: false };
  try {
    for (let i = 0; i < docs.length; i++) {
      if (token.isCancellationRequested || progress.token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      const doc = docs[i]!;
      const diagnostics = diagnosticsFor(ctx, doc.uri);
      // Reviewed findings stay as hints, which the Problems panel does not list: do not count them.
      result.findings += diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Hint).length;
      if (!open.has(doc.uri)) result.files.push({ uri: doc.uri, diagnostics });
      progress.report(
        Math.round(((i + 1) / docs.length) * 100),
        `${i + 1} / ${docs.length} · ${doc.relativePath}`,
      );
      await yieldToEventLoop();
    }
  } finally {
    progress.done();
  }
  return result;
}
