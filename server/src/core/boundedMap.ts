/**
 * A Map that keeps at most `capacity` entries, dropping the oldest-written first: caches of
 * per-document results must not grow with the workspace (10,000 articles × their matches).
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** A read does not refresh the entry: caches are read far more often than filled, so order is by insertion. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }
}
