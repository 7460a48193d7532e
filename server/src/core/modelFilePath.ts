import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A shipped model file (`models/...`), looked for from `from` upwards: the repository root for the
 * sources (tests, scripts), the extension's root for the bundles in dist/. Undefined when absent.
 */
export function findModelFile(relative: string, from: string): string | undefined {
  let dir = from;
  for (let up = 0; up < 8; up++) {
    const path = join(dir, relative);
    if (existsSync(path)) return path;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
