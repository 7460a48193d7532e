import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

const COMPARE_COMMAND = 'triangulate.compare';

/**
 * The hover's way into the Compare view: a separate markdown block holding only our own words and
 * a command link built from the document's URI and the hovered position — never from its text —,
 * trusted for that one command. The server's hover (article text) stays untrusted.
 */
export function compareLink(uri: vscode.Uri, position: vscode.Position): vscode.MarkdownString {
  const args = encodeURIComponent(
    JSON.stringify([uri.toString(), { line: position.line, character: position.character }]),
  );
  const link = new vscode.MarkdownString(
    `[$(split-horizontal) Compare sources side by side](command:${COMPARE_COMMAND}?${args})`,
    true,
  );
  link.isTrusted = { enabledCommands: [COMPARE_COMMAND] };
  return link;
}

/** Adds the Compare link under every Triangulate hover. */
export const hoverMiddleware: Pick<Middleware, 'provideHover'> = {
  async provideHover(document, position, token, next) {
    const hover = await next(document, position, token);
    if (!hover) return hover;
    return new vscode.Hover([...hover.contents, compareLink(document.uri, position)], hover.range);
  },
};
