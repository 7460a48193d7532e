import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
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

/** A read that does not answer within this is abandoned (a hung network drive, a device). */
export const READ_TIMEOUT_MS = 10_000;

/** What a non-regular file is, in the analyst's words. */
export function fileKind(s: import('node:fs').Stats | import('node:fs').Dirent): string {
  if (s.isFIFO()) return 'a named pipe';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * Reads a regular file, never anything else: the file is opened without blocking (a named pipe
 * with no writer would otherwise hold one of libuv's few I/O threads for good), its type checked
 * on the open handle, and a read that hangs is abandoned after `timeoutMs` (plus a second per megabyte).
 */
export async function readRegularFile(path: string, timeoutMs = READ_TIMEOUT_MS): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  let timer: NodeJS.Timeout | undefined;
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new Error(`${fileKind(s)}, not a regular file`);
    // A second more per megabyte: a busy machine reading a long file is slow, not hung.
    const deadline = timeoutMs + Math.ceil(s.size / 1_048_576) * 1000;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${deadline / 1000} s`)), deadline);
    });
    return await Promise.race([handle.readFile(), timeout]);
  } finally {
    clearTimeout(timer);
    void handle.close().catch(() => undefined);
  }
}
