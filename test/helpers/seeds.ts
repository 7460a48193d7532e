import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');

export function seedFiles(): Array<{ name: string; text: string }> {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
}

export function seedText(prefix: string): { name: string; text: string } {
  const f = seedFiles().find((s) => s.name.startsWith(prefix));
  if (!f) throw new Error(`no seed ${prefix}`);
  return f;
}

/** An index over in-memory documents: `mem:///<name>` URIs. */
export function indexOf(files: Array<{ name: string; text: string }>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const f of files) index.setDocument(`mem:///${f.name}`, f.name, f.text);
  return index;
}

let seedsIndex: WorkspaceIndex | null = null;
export function seedsIndexed(): WorkspaceIndex {
  seedsIndex ??= indexOf(seedFiles());
  return seedsIndex;
}

/** The entity a surface form resolves to, found through any of its mentions. */
export function entityNamed(index: WorkspaceIndex, surface: string) {
  return index.entities().find((e) => e.name === surface || e.aliases.includes(surface));
}
