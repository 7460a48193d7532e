import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';

/** Restarts allowed in the window below before Triangulate gives up. */
const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60_000;

/**
 * If the language server dies, restart it (up to four times in three minutes), say so once, and
 * let it re-index; beyond the limit, stop and say how to start again.
 */
export function restartPolicy(output: vscode.LogOutputChannel): ErrorHandler {
  const restarts: number[] = [];
  let told = false;
  return {
    error: (_error, _message, count) => ({
      action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
    }),
    closed: () => {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0]! > WINDOW_MS) restarts.shift();
      restarts.push(now);
      if (restarts.length > MAX_RESTARTS) {
        const message = `Triangulate's language server stopped ${MAX_RESTARTS} times in three minutes and will not be restarted. Run “Triangulate: Re-index Workspace” or reload the window to try again; the Triangulate output has the details.`;
        output.error(message);
        return { action: CloseAction.DoNotRestart, message };
      }
      output.warn(
        `The language server stopped unexpectedly; restarting it (${restarts.length}/${MAX_RESTARTS}).`,
      );
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage(
          'Triangulate’s language server stopped unexpectedly and was restarted; the workspace is being indexed again.',
        );
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
