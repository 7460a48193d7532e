// Fresh copies of the sample workspace (seeds/, including its hidden .vscode/) for test runs.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './codeServer.mjs';

export const SEEDS = join(REPO, 'seeds');

/** A temporary folder for one run; `remove()` deletes it (as does this process exiting). */
export function tempRoot(prefix = 'triangulate-e2e-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  return { dir, remove };
}

/** Copies seeds/ (with .vscode/, without any .triangulate/ decisions) to `<parent>/<name>`. */
export function copySeeds(parent, name) {
  const target = join(parent, name);
  cpSync(SEEDS, target, {
    recursive: true,
    filter: (src) => !src.split(/[\\/]/).includes('.triangulate'),
  });
  return target;
}
