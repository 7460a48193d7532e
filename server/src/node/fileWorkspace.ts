import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { Workspace, WorkspaceFile } from '../core/workspace';

export const DEFAULT_INCLUDE = ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.html', '**/*.htm'];
export const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/.triangulate/**',
  '**/.vscode/**',
  '**/dist/**',
  '**/.cache/**',
];

export interface FileWorkspaceOptions {
  include?: string[];
  exclude?: string[];
  /** Stop listing after this many files (a guard against pointing at a whole disk). */
  maxFiles?: number;
}

/**
 * A folder on disk seen through the core's Workspace interface. Symbolic links to directories are
 * not followed (no loops); files are filtered by include/exclude globs relative to the root.
 */
export class FileWorkspace implements Workspace {
  private readonly isIncluded: (path: string) => boolean;
  private readonly isExcluded: (path: string) => boolean;
  private readonly maxFiles: number;

  constructor(
    readonly root: string,
    options: FileWorkspaceOptions = {},
  ) {
    this.isIncluded = picomatch(options.include?.length ? options.include : DEFAULT_INCLUDE, {
      dot: false,
      nocase: true,
    });
    this.isExcluded = picomatch(options.exclude ?? DEFAULT_EXCLUDE, { dot: true });
    this.maxFiles = options.maxFiles ?? 200_000;
  }

  /** Relative path with forward slashes, or null when the path is outside the root. */
  relativePath(absolute: string): string | null {
    const rel = relative(this.root, absolute);
    if (rel.startsWith('..') || rel === '') return null;
    return rel.split(sep).join('/');
  }

  matches(relativePath: string): boolean {
    return this.isIncluded(relativePath) && !this.isExcluded(relativePath);
  }

  async listFiles(): Promise<WorkspaceFile[]> {
    const files: WorkspaceFile[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries: import('node:fs').Dirent[];
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
        } else if ((entry.isFile() || entry.isSymbolicLink()) && this.matches(rel)) {
          try {
            const s = await stat(absolute);
            if (s.isFile())
              files.push({ uri: pathToFileURL(absolute).href, relativePath: rel, size: s.size });
          } catch {
            // A dangling symlink or a file deleted while listing.
          }
        }
      }
    };
    if ((await lstat(this.root)).isDirectory()) await walk(this.root);
    return files;
  }

  async readFile(uri: string): Promise<Uint8Array> {
    return readFile(new URL(uri));
  }
}
