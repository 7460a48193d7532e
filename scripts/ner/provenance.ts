/**
 * The model's version: a hash of everything that determines its weights. The committed model records
 * it; a unit test recomputes it, so a change to the features, the training code, the data or the
 * configuration without retraining (`npm run train:ner`) fails CI.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, FILES, REPO_ROOT } from './config';

/** Source files (repository-relative) whose content shapes the weights. */
export const SOURCES = [
  'scripts/train-ner.ts',
  'scripts/ner/config.ts',
  'scripts/ner/data.ts',
  'scripts/ner/perceptron.ts',
  'scripts/ner/quantise.ts',
  'scripts/ner/clusters.ts',
  'scripts/ner/caseTable.ts',
  'scripts/random.ts',
  'server/src/core/entities/ner/clusters.ts',
  'server/src/core/entities/ner/truecase.ts',
  'server/src/core/ingest/lines.ts',
  'server/src/core/entities/ner/features.ts',
  'server/src/core/entities/ner/templates.ts',
  'server/src/core/entities/ner/wordFeatures.ts',
  'server/src/core/entities/ner/hints.ts',
  'server/src/core/entities/names.ts',
  'server/src/core/entities/tokens.ts',
  'server/src/core/entities/ner/hash.ts',
  'server/src/core/entities/ner/labels.ts',
  'server/src/core/entities/ner/lexiconBits.ts',
  'server/src/core/entities/ner/viterbi.ts',
  'server/src/core/entities/lexicon.ts',
  'server/src/core/entities/gazetteer.ts',
  'scripts/build-gazetteer.mjs',
] as const;

/** sha256 over the sources and the data files in use, each preceded by its name. */
export function modelVersion(): string {
  const hash = createHash('sha256');
  for (const path of SOURCES) {
    hash.update(`${path}\n`);
    // Line endings must not change the version (a Windows checkout).
    hash.update(readFileSync(join(REPO_ROOT, path), 'utf8').replace(/\r\n/g, '\n'));
  }
  for (const file of FILES) {
    if (file.role === 'excluded') continue;
    hash.update(`${file.name}:${file.role}\n`);
    hash.update(readFileSync(join(DATA_DIR, file.name)));
  }
  return hash.digest('hex');
}
