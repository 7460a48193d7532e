import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { Workspace, WorkspaceFile } from '../core/workspace';
import { fileKind, isInside, readRegularFile, realPathInside } from './workspacePaths';

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.html', '**/*.htm'];
export const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.triangulate/**',
  '**/.vscode/**',
  '**/dist/**',
  '**/.cache/**',
];

/** Reports Triangulate exports into the workspace are no articles, whatever the exclude setting says. */
export const ALWAYS_EXCLUDE = ['**/triangulate-report.{md,html,csv}'];

export interface FileWorkspaceOptions {
  include?: string[];
  exclude?: string[];
  /** Stop listing after this many files (a guard against pointing at a whole disk). */
  maxFiles?: number;
}

/**
 * A folder on disk seen through the core's Workspace interface. Symbolic links to directories are
 * not followed (no loops), links to files only when they stay inside the root; files are filtered by
 * include/exclude globs relative to the root. Only regular files are read; a named pipe, a device or
 * a link out of the workspace is listed as skipped, with its reason.
 */
export class FileWorkspace implements Workspace {
  private readonly isIncluded: (path: string) => boolean;
  private readonly isExcluded: (path: string) => boolean;
  private readonly maxFiles: number;

  constructor(
    readonly root: string,
    options: FileWorkspaceOptions = {},
  ) {
    // Names beginning with a dot ("..notes.txt") match like any other, as in VS Code's globs.
    this.isIncluded = picomatch(options.include?.length ? options.include : DEFAULT_INCLUDE, {
      dot: true,
      nocase: true,
    });
    this.isExcluded = picomatch([...(options.exclude ?? DEFAULT_EXCLUDE), ...ALWAYS_EXCLUDE], { dot: true });
    this.maxFiles = options.maxFiles ?? 200_000;
  }

  /** Relative path with forward slashes, or null when the path is outside the root. */
  relativePath(absolute: string): string | null {
    if (!isInside(this.root, absolute)) return null;
    return relative(this.root, absolute).split(sep).join('/');
  }

  matches(relativePath: string): boolean {
    return this.isIncluded(relativePath) && !this.isExcluded(relativePath);
  }

  async listFiles(): Promise<WorkspaceFile[]> {
    const files: WorkspaceFile[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return; // unreadable directory: nothing to index there
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const entry of entries) {
        if (files.length >= this.maxFiles) return;
        const absolute = join(dir, entry.name);
        const rel = this.relativePath(absolute);
        if (rel === null) continue;
        if (entry.isDirectory()) {
          if (!this.isExcluded(`${rel}/`) && !this.isExcluded(`${rel}/x`)) await walk(absolute);
        } else if (this.matches(rel)) {
          const file = await this.listed(entry, absolute, rel);
          if (file) files.push(file);
        }
      }
    };
    if ((await lstat(this.root)).isDirectory()) await walk(this.root);
    return files;
  }

  /** A listed file, a skipped one with its reason, or null (a dangling link, a file deleted while listing). */
  private async listed(entry: Dirent, absolute: string, rel: string): Promise<WorkspaceFile | null> {
    const uri = pathToFileURL(absolute).href;
    const skipped = (reason: string): WorkspaceFile => ({ uri, relativePath: rel, size: 0, skipped: reason });
    if (!entry.isFile() && !entry.isSymbolicLink())
      return skipped(`skipped: ${fileKind(entry)}, not a regular file`);
    try {
      if (entry.isSymbolicLink() && !(await realPathInside(this.root, absolute)))
        return skipped('skipped: a link to a file outside the workspace (not followed)');
      const s = await stat(absolute);
      if (!s.isFile())
        return entry.isSymbolicLink() && s.isDirectory()
          ? null
          : skipped(`skipped: ${fileKind(s)}, not a regular file`);
      return { uri, relativePath: rel, size: s.size };
    } catch {
      return null;
    }
  }

  /** The bytes of a regular file inside the root (a link leading out is refused). */
  async readFile(uri: string): Promise<Uint8Array> {
    const real = await realPathInside(this.root, fileURLToPath(uri));
    if (!real) throw new Error('a link to a file outside the workspace, not followed');
    return readRegularFile(real);
  }
}
