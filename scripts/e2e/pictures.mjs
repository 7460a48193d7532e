// README's pictures (docs/images/) are screenshots of the UI suite. Every run writes its
// screenshots to artifacts/e2e/ (git-ignored); only an explicit `UPDATE_SCREENSHOTS=1` run copies
// the chosen ones over docs/images/, so `npm test` never changes a committed file.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './codeServer.mjs';

export const DOCS_IMAGES = join(REPO, 'docs', 'images');

/** Whether this run rewrites README's pictures. */
export const updatingPictures = (env = process.env) => env.UPDATE_SCREENSHOTS === '1';

/**
 * Copies the screenshot `shot` to `<docs>/<name>` when the run updates pictures; returns whether it
 * did.
 */
export function keepPicture(shot, name, { env = process.env, docs = DOCS_IMAGES } = {}) {
  if (!updatingPictures(env)) return false;
  copyFileSync(shot, join(docs, name));
  return true;
}
