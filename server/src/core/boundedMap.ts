/**
 * A Map that keeps at most `capacity` entries — and, when entries are weighed, at most `maxWeight`
 * in total — dropping the oldest-written first: caches of per-document results must not grow with
 * the workspace (10,000 articles × their matches), nor with a few huge documents.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();
  private readonly weights = new Map<K, number>();
  private totalWeight = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh?: (value: V) => number,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {}

  /** The summed weight of the entries (0 when entries are not weighed). */
  get weight(): number {
    return this.totalWeight;
  }

  get size(): number {
    return this.map.size;
  }

  /** A read does not refresh the entry: caches are read far more often than filled, so order is by insertion. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    if (this.weigh) {
      const w = this.weigh(value);
      this.weights.set(key, w);
      this.totalWeight += w;
    }
    while (this.map.size > this.capacity || (this.totalWeight > this.maxWeight && this.map.size > 1))
      this.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
    this.totalWeight -= this.weights.get(key) ?? 0;
    this.weights.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.weights.clear();
    this.totalWeight = 0;
  }
}
