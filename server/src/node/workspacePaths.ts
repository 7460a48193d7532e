import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Whether `path` lies strictly inside `root` (both absolute; "..notes.txt" is inside, "../x" is not). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The real path of `path` when it resolves inside the real path of `root`; null when a link leads out. */
export async function realPathInside(root: string, path: string): Promise<string | null> {
  const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]);
  return isInside(realRoot, real) ? real : null;
}

/**
 * The first component of `relativePath` under `root` that is a symbolic link, or null. Missing
 * components are fine (they are created as real folders and files): the analyst's files are only
 * read and written through real folders of the workspace, never through a link.
 */
export async function linkOnPath(root: string, relativePath: string): Promise<string | null> {
  let current = root;
  for (const part of relativePath.split('/')) {
    current = join(current, part);
    try {
      if ((await lstat(current)).isSymbolicLink()) return relative(root, current).split(sep).join('/');
    } catch {
      return null; // does not exist yet
    }
  }
  return null;
}
