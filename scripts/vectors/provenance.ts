import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VECTOR_CONFIG } from './config';

export const REPO_ROOT = join(__dirname, '..', '..');

/** What the shipped vectors are built by: editing any of these without rebuilding fails a unit test. */
const SOURCES = [
  'scripts/build-vectors.ts',
  'scripts/vectors/config.ts',
  'scripts/vectors/embeddings.ts',
  'scripts/vectors/provenance.ts',
  'server/src/core/matching/vectorFile.ts',
] as const;

/** sha256 over the build's sources (line endings aside) and its configuration. */
export function vectorsVersion(): string {
  const hash = createHash('sha256');
  for (const path of SOURCES) {
    hash.update(`${path}\n`);
    hash.update(readFileSync(join(REPO_ROOT, path), 'utf8').replace(/\r\n/g, '\n'));
  }
  hash.update(JSON.stringify(VECTOR_CONFIG));
  return hash.digest('hex');
}
