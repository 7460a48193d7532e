/**
 * Results of the pure, piece-by-piece steps of an analysis (a block's tokens, a sentence's dates),
 * kept from one analysis of a document to the next while the analyst types in it: a keystroke
 * changes one piece, and the others are taken from here instead of being computed again. Each
 * result is stored relative to its piece, so it holds wherever the piece moved. Only what the last
 * analysis used is kept, so the memo stays the size of one document's results.
 */
export class AnalysisMemo {
  private previous = new Map<string, unknown>();
  private used = new Map<string, unknown>();

  /** The result stored under `key` (by the last analysis or this one), else `compute()`'s. */
  get<T>(key: string, compute: () => T): T {
    let value = this.used.get(key) ?? this.previous.get(key);
    if (value === undefined) value = compute();
    this.used.set(key, value);
    return value as T;
  }

  /** Ends an analysis: the next one may reuse what this one used, and nothing older. */
  sweep(): void {
    this.previous = this.used;
    this.used = new Map();
  }

  /** Entries the next analysis may reuse. */
  get size(): number {
    return this.previous.size + this.used.size;
  }
}
