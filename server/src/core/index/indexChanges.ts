import type { IndexReader } from './indexReader';

/**
 * What changed in an index since a cache last asked: nothing, only typing (the documents in
 * `index.typedDocuments`), or anything else — after which every derived result is stale.
 */
export type IndexChange = 'none' | 'typing' | 'full';

/** One per cache of derived results: each call reports the change since the previous call. */
export class IndexChanges {
  private generation = -1;
  private fullGeneration = -1;

  constructor(private readonly index: IndexReader) {}

  next(): IndexChange {
    if (this.generation === this.index.generation) return 'none';
    this.generation = this.index.generation;
    if (this.fullGeneration === this.index.fullGeneration) return 'typing';
    this.fullGeneration = this.index.fullGeneration;
    return 'full';
  }
}
