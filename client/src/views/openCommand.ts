import * as vscode from 'vscode';

/** A range as the server sends it (zero-based lines and characters). */
export interface PlainRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The command that opens a passage and selects it (registered in viewCommands.ts). */
export const OPEN_RANGE_COMMAND = 'triangulate.openRange';

/** A tree item's command: open the passage when its range is known, else the source. */
export function openCommand(
  title: string,
  uri: string,
  range: PlainRange | null | undefined,
): vscode.Command {
  return range
    ? { title, command: OPEN_RANGE_COMMAND, arguments: [uri, range] }
    : { title: 'Open source', command: 'vscode.open', arguments: [vscode.Uri.parse(uri)] };
}
