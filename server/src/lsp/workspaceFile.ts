import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../node/atomicWrite';
import type { CorrectionResult } from '../protocol';

export interface FileFormat<T> {
  /** Relative to the workspace root, e.g. ".triangulate/entities.json". */
  path: string;
  empty: T;
  /** Never throws; `usable` false means the file is corrupt and must not be overwritten. */
  parse(text: string): { value: T; problems: string[]; usable: boolean };
  serialize(value: T): string;
}

/**
 * A JSON file of the analyst's in `.triangulate/` of the first workspace folder: read on start and
 * whenever it changes on disk, written atomically, never overwritten when it cannot be read as ours.
 */
export class WorkspaceFile<T> {
  private current: T;
  private usable = true;

  constructor(
    private readonly rootUri: string | null,
    private readonly format: FileFormat<T>,
    private readonly report: (problem: string) => void,
  ) {
    this.current = format.empty;
  }

  get value(): T {
    return this.current;
  }

  get uri(): string | null {
    return this.rootUri ? `${this.rootUri.replace(/\/$/, '')}/${this.format.path}` : null;
  }

  private get path(): string | null {
    return this.rootUri ? join(fileURLToPath(this.rootUri), this.format.path) : null;
  }

  async load(): Promise<T> {
    const path = this.path;
    let text: string | null = null;
    if (path) {
      try {
        text = await readFile(path, 'utf8');
      } catch {
        text = null; // no file yet
      }
    }
    if (text === null) {
      this.current = this.format.empty;
      this.usable = true;
      return this.current;
    }
    const parsed = this.format.parse(text);
    for (const p of parsed.problems) this.report(`${this.format.path}: ${p}`);
    this.current = parsed.value;
    this.usable = parsed.usable;
    return this.current;
  }

  async update(change: (value: T) => T, done: string): Promise<CorrectionResult> {
    const path = this.path;
    if (!path)
      return { ok: false, message: `Open a folder first: decisions are kept in ${this.format.path}.` };
    await this.load(); // start from what is on disk now, not from a stale copy
    if (!this.usable) {
      return {
        ok: false,
        message: `${this.format.path} could not be read (see the Triangulate output). Fix or remove it: Triangulate will not overwrite it.`,
      };
    }
    const next = change(this.current);
    await writeFileAtomic(path, this.format.serialize(next));
    this.current = next;
    return { ok: true, message: `${done} (saved in ${this.format.path}).` };
  }
}
