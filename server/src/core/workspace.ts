/**
 * The only window the analysis core has on the outside world. The LSP layer backs it with the
 * file system and open editors; tests back it with an in-memory map.
 */
export interface WorkspaceFile {
  /** A URI string (file:///…) or any stable key. */
  readonly uri: string;
  /** Path relative to the workspace root, with forward slashes (for display and reports). */
  readonly relativePath: string;
  readonly size: number;
  /** Set when the file is listed only to report why it is not read (a named pipe, a link out of the workspace). */
  readonly skipped?: string;
}

export interface Workspace {
  /** Every article file the workspace holds, already filtered by include/exclude settings. */
  listFiles(): Promise<WorkspaceFile[]>;
  /** Raw bytes of a file; rejects when it cannot be read. */
  readFile(uri: string): Promise<Uint8Array>;
}

/** A workspace held in memory: used by tests, the CLI's stdin mode and benchmarks. */
export class InMemoryWorkspace implements Workspace {
  private readonly files = new Map<string, { relativePath: string; bytes: Uint8Array }>();

  set(uri: string, relativePath: string, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(uri, { relativePath, bytes });
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  async listFiles(): Promise<WorkspaceFile[]> {
    return [...this.files].map(([uri, f]) => ({ uri, relativePath: f.relativePath, size: f.bytes.length }));
  }

  async readFile(uri: string): Promise<Uint8Array> {
    const f = this.files.get(uri);
    if (!f) throw new Error(`No such file: ${uri}`);
    return f.bytes;
  }
}
