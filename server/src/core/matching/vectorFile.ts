import { createHash } from 'node:crypto';

/**
 * The shipped event-word vectors (`models/vectors/vectors.bin`, described by the bundled
 * `vectors.json`): the vocabulary, int8 vectors with one scale each, and each word's nearest
 * neighbours precomputed at build time, so matching reads a table and never searches vectors.
 * Layout, little-endian: the words as UTF-8 joined by "\n" (padded to 4 bytes), float32 scales,
 * int8 vectors, uint32 neighbour offsets (words + 1), uint16 neighbour ids, uint8 cosines × 255.
 */
export interface VectorFileInfo {
  /** sha256 of what produced the file (build script, vocabulary code, word lists, package). */
  version: string;
  /** sha256 of vectors.bin, so a description and a file from different builds are never paired. */
  sha256: string;
  source: string;
  words: number;
  dimensions: number;
  wordBytes: number;
  neighbourEdges: number;
  /** Cosine an edge needed at build time (the run-time threshold is at least this). */
  minCosine: number;
}

export interface EventVectors {
  words: readonly string[];
  idOf: ReadonlyMap<string, number>;
  scales: Float32Array;
  vectors: Int8Array;
  dimensions: number;
  offsets: Uint32Array;
  neighbourIds: Uint16Array;
  neighbourCosines: Uint8Array;
}

export interface VectorContent {
  words: readonly string[];
  scales: Float32Array;
  vectors: Int8Array;
  /** Per word, its neighbours' ids and cosines (0–255), best first. */
  neighbours: ReadonlyArray<ReadonlyArray<{ id: number; cosine: number }>>;
}

const pad4 = (n: number): number => Math.ceil(n / 4) * 4;

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

interface Layout {
  scales: number;
  vectors: number;
  offsets: number;
  ids: number;
  cosines: number;
  end: number;
}

function layoutOf(wordBytes: number, words: number, dimensions: number, edges: number): Layout {
  const scales = pad4(wordBytes);
  const vectors = scales + words * 4;
  const offsets = pad4(vectors + words * dimensions);
  const ids = offsets + (words + 1) * 4;
  const cosines = ids + edges * 2;
  return { scales, vectors, offsets, ids, cosines, end: cosines + edges };
}

/** The bytes of vectors.bin and the shape its description records. */
export function encodeVectors(content: VectorContent, dimensions: number) {
  const wordBytes = new TextEncoder().encode(content.words.join('\n'));
  const n = content.words.length;
  const edges = content.neighbours.reduce((s, l) => s + l.length, 0);
  const at = layoutOf(wordBytes.length, n, dimensions, edges);
  const out = new Uint8Array(at.end);
  const view = new DataView(out.buffer);
  out.set(wordBytes);
  for (let i = 0; i < n; i++) view.setFloat32(at.scales + i * 4, content.scales[i]!, true);
  out.set(new Uint8Array(content.vectors.buffer, content.vectors.byteOffset, n * dimensions), at.vectors);
  let edge = 0;
  content.neighbours.forEach((list, i) => {
    view.setUint32(at.offsets + i * 4, edge, true);
    for (const { id, cosine } of list) {
      view.setUint16(at.ids + edge * 2, id, true);
      out[at.cosines + edge] = cosine;
      edge++;
    }
  });
  view.setUint32(at.offsets + n * 4, edge, true);
  return { bytes: out, words: n, wordBytes: wordBytes.length, neighbourEdges: edges };
}

/** The vectors from the committed description and bytes: checks they belong together. */
export function decodeVectors(info: VectorFileInfo, bytes: Uint8Array): EventVectors {
  const at = layoutOf(info.wordBytes, info.words, info.dimensions, info.neighbourEdges);
  if (bytes.length !== at.end)
    throw new Error(`Event vectors: vectors.bin has ${bytes.length} bytes, expected ${at.end}`);
  if (sha256(bytes) !== info.sha256)
    throw new Error('Event vectors: vectors.bin does not match vectors.json (rebuild or restore both)');
  const words = new TextDecoder().decode(bytes.subarray(0, info.wordBytes)).split('\n');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const scales = new Float32Array(info.words);
  for (let i = 0; i < info.words; i++) scales[i] = view.getFloat32(at.scales + i * 4, true);
  const offsets = new Uint32Array(info.words + 1);
  for (let i = 0; i <= info.words; i++) offsets[i] = view.getUint32(at.offsets + i * 4, true);
  const neighbourIds = new Uint16Array(info.neighbourEdges);
  for (let e = 0; e < info.neighbourEdges; e++) neighbourIds[e] = view.getUint16(at.ids + e * 2, true);
  return {
    words,
    idOf: new Map(words.map((w, i) => [w, i])),
    scales,
    // Views, not copies: the bytes are read once per thread and kept.
    vectors: new Int8Array(bytes.buffer, bytes.byteOffset + at.vectors, info.words * info.dimensions),
    dimensions: info.dimensions,
    offsets,
    neighbourIds,
    neighbourCosines: bytes.subarray(at.cosines, at.end),
  };
}

/** Cosine of two words' quantised vectors (each vector is unit length before quantising). */
export function vectorCosine(v: EventVectors, a: number, b: number): number {
  const d = v.dimensions;
  let dot = 0;
  for (let k = 0; k < d; k++) dot += v.vectors[a * d + k]! * v.vectors[b * d + k]!;
  return dot * v.scales[a]! * v.scales[b]!;
}
