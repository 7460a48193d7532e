import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import info from '../../../../models/vectors/vectors.json';
import { findModelFile } from '../modelFilePath';
import { decodeVectors, type EventVectors, type VectorFileInfo } from './vectorFile';

const VECTORS_FILE = join('models', 'vectors', 'vectors.bin');

/**
 * The cosine two event words' vectors need to count as one kind of happening ("cut" / "slash").
 * Calibrated on the dev data (npm run eval:event-chains, eval:same-event): see docs/MODELS.md.
 */
export const EVENT_VECTORS = { minCosine: 0.7 };

/** models/vectors/vectors.bin from this code's folder upwards (repository or extension root). */
export function eventVectorsPath(from: string = __dirname): string {
  const path = findModelFile(VECTORS_FILE, from);
  if (!path) throw new Error(`Event vectors: ${VECTORS_FILE} not found in ${from} or any folder above it`);
  return path;
}

let vectors: EventVectors | null = null;

/** The shipped vectors, read once per process or worker thread, at the first lookup. */
export function eventVectors(): EventVectors {
  vectors ??= decodeVectors(info as VectorFileInfo, new Uint8Array(readFileSync(eventVectorsPath())));
  return vectors;
}

/** Whether the file has been read (it is read lazily, by the first match that needs it). */
export const eventVectorsLoaded = (): boolean => vectors !== null;

const NONE: readonly string[] = [];

/**
 * Event words whose vectors are within `minCosine` of `word`'s, best first: a lookup in the table
 * built with the file (never a search over the vectors).
 */
export function similarEventWords(word: string, minCosine = EVENT_VECTORS.minCosine): readonly string[] {
  const v = eventVectors();
  const id = v.idOf.get(word);
  if (id === undefined) return NONE;
  const least = Math.round(minCosine * 255);
  const out: string[] = [];
  for (let e = v.offsets[id]!; e < v.offsets[id + 1]!; e++) {
    if (v.neighbourCosines[e]! < least) break;
    out.push(v.words[v.neighbourIds[e]!]!);
  }
  return out;
}
