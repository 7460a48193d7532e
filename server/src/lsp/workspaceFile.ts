import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../node/atomicWrite';
import { LockTimeoutError, withFileLock } from '../node/fileLock';
import { linkOnPath, readRegularFile } from '../node/workspacePaths';
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
 * Updates take turns: one at a time in this process, and under a lock file across processes (two
 * windows on one workspace), each applied to what is on disk at that moment, so none is lost.
 */
export class WorkspaceFile<T> {
  private current: T;
  private usable = true;
  /** The tail of this process's queue of updates. */
  private queue: Promise<unknown> = Promise.resolve();

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

  private get root(): string | null {
    return this.rootUri ? fileURLToPath(this.rootUri) : null;
  }

  private get path(): string | null {
    const root = this.root;
    return root ? join(root, this.format.path) : null;
  }

  /** Why the file may not be read or written here: a link on its way (it could lead outside the workspace). */
  private async linkProblem(): Promise<string | null> {
    const root = this.root;
    const link = root ? await linkOnPath(root, this.format.path) : null;
    return link ? `${link} is a symbolic link: Triangulate neither reads nor writes through links` : null;
  }

  async load(): Promise<T> {
    const read = await this.readText();
    if ('problem' in read) {
      this.report(`${this.format.path}: ${read.problem}`);
      return this.settle(this.format.empty, false);
    }
    if (read.text === null) return this.settle(this.format.empty, true);
    const parsed = this.format.parse(read.text);
    for (const p of parsed.problems) this.report(`${this.format.path}: ${p}`);
    return this.settle(parsed.value, parsed.usable);
  }

  private settle(value: T, usable: boolean): T {
    this.current = value;
    this.usable = usable;
    return value;
  }

  /** The file's text (null: no file yet), or why it must not be read or overwritten. */
  private async readText(): Promise<{ text: string | null } | { problem: string }> {
    const path = this.path;
    if (!path) return { text: null };
    const link = await this.linkProblem();
    if (link) return { problem: link };
    try {
      return { text: (await readRegularFile(path)).toString('utf8') };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { text: null };
      return { problem: `could not be read (${(e as Error).message})` };
    }
  }

  /** Applies `change` to the file as it is on disk now; acknowledged only once it is written. */
  update(change: (value: T) => T, done: string): Promise<CorrectionResult> {
    const run = this.queue.then(() => this.updateNow(change, done));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async updateNow(change: (value: T) => T, done: string): Promise<CorrectionResult> {
    const path = this.path;
    if (!path)
      return { ok: false, message: `Open a folder first: decisions are kept in ${this.format.path}.` };
    const link = await this.linkProblem();
    if (link) return { ok: false, message: `Not saved: ${link}.` };
    try {
      await mkdir(dirname(path), { recursive: true }); // the lock file lives next to the file
      return await withFileLock(`${path}.lock`, () => this.writeChange(path, change, done));
    } catch (e) {
      const reason = e instanceof LockTimeoutError ? 'another window is writing it' : (e as Error).message;
      return { ok: false, message: `Not saved in ${this.format.path}: ${reason}. Try again.` };
    }
  }

  private async writeChange(path: string, change: (value: T) => T, done: string): Promise<CorrectionResult> {
    await this.load(); // start from what is on disk now (another window may have written)
    if (!this.usable) {
      return {
        ok: false,
        message: `${this.format.path} could not be read (see the Triangulate output). Fix or remove it: Triangulate will not overwrite it.`,
      };
    }
    const next = change(this.current);
    const written = this.format.serialize(next);
    await writeFileAtomic(path, written);
    this.current = next;
    // Read back: only what is on disk is acknowledged.
    if ((await readRegularFile(path)).toString('utf8') !== written)
      return {
        ok: false,
        message: `Not saved: ${this.format.path} changed while it was written. Try again.`,
      };
    return { ok: true, message: `${done} (saved in ${this.format.path}).` };
  }
}
