import { open, readFile, rename, rm, stat } from 'node:fs/promises';

/** A lock older than this is taken over even when its holder looks alive (a hung or reused pid). */
const STALE_AFTER_MS = 30_000;
/** A lock file without a pid (its holder died between creating and writing it). */
const UNNAMED_STALE_AFTER_MS = 2_000;
const RETRY_MS = 15;

export class LockTimeoutError extends Error {}

/**
 * Runs `work` while holding `lockPath`, a file created exclusively ("wx"): writers in this and in
 * other processes (two windows on one workspace) take turns. A lock whose process is gone (killed
 * with -9) or that is older than 30 s is taken over, so a crash never blocks the file for good.
 */
export async function withFileLock<T>(
  lockPath: string,
  work: () => Promise<T>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await tryCreate(lockPath)) break;
    await takeOverIfStale(lockPath);
    if (Date.now() > deadline) throw new LockTimeoutError(`${lockPath} is held by another process`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS)); // back-off
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}

async function tryCreate(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, 'wx');
    await handle.writeFile(JSON.stringify({ pid: process.pid, at: Date.now() }));
    await handle.close();
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

async function takeOverIfStale(lockPath: string): Promise<void> {
  let modified: number;
  try {
    modified = (await stat(lockPath)).mtimeMs;
  } catch {
    return; // gone meanwhile: try again
  }
  const holder = await readFile(lockPath, 'utf8')
    .then((t) => JSON.parse(t) as { pid?: unknown })
    .catch(() => ({}) as { pid?: unknown });
  const age = Date.now() - modified;
  // No pid yet: a holder is writing it right now, or was killed in that instant.
  const stale =
    typeof holder.pid === 'number'
      ? !processAlive(holder.pid) || age > STALE_AFTER_MS
      : age > UNNAMED_STALE_AFTER_MS;
  if (!stale) return;
  // Renaming is atomic: of several processes that find the same stale lock, one removes it.
  const aside = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}.stale`;
  try {
    await rename(lockPath, aside);
    await rm(aside, { force: true });
  } catch {
    // Someone else took it over first.
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
