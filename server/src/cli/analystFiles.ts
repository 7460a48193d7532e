import { join } from 'node:path';
import { EMPTY_REVIEWS, parseReviews, REVIEWS_PATH, type Reviews } from '../core/contradictions/reviews';
import { CORRECTIONS_PATH, parseCorrections } from '../core/entities/corrections';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { linkOnPath, readRegularFile } from '../node/workspacePaths';

type Report = (line: string) => void;

/**
 * The text of one of the analysed folder's `.triangulate/` files, or null when there is none or it
 * cannot be trusted (reached through a symbolic link, not a regular file): that is reported.
 */
async function readAnalystFile(folder: string, path: string, report: Report): Promise<string | null> {
  const link = await linkOnPath(folder, path);
  if (link) {
    report(`${path}: not read: ${link} is a symbolic link`);
    return null;
  }
  try {
    return (await readRegularFile(join(folder, path))).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') report(`${path}: not read (${(e as Error).message})`);
    return null; // no such file: nothing to apply
  }
}

/** The folder's entity corrections, applied to the index before it resolves names. */
export async function applyCorrections(folder: string, index: WorkspaceIndex, report: Report): Promise<void> {
  const text = await readAnalystFile(folder, CORRECTIONS_PATH, report);
  if (text === null) return;
  const { corrections, problems } = parseCorrections(text);
  for (const p of problems) report(`${CORRECTIONS_PATH}: ${p}`);
  index.setCorrections(corrections);
}

/**
 * The folder's review decisions, as the editor applies them: entries with problems are reported and
 * skipped; a file that is not a reviews object at all is reported and not applied.
 */
export async function readReviews(folder: string, report: Report): Promise<Reviews> {
  const text = await readAnalystFile(folder, REVIEWS_PATH, report);
  if (text === null) return EMPTY_REVIEWS;
  const { reviews, problems, usable } = parseReviews(text);
  for (const p of problems) report(`${REVIEWS_PATH}: ${p}`);
  if (!usable) {
    report(`${REVIEWS_PATH}: not applied; every finding is reported`);
    return EMPTY_REVIEWS;
  }
  return reviews;
}
