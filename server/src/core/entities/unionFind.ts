/** Disjoint sets over string keys, with path halving. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let k = key;
    for (;;) {
      const p = this.parent.get(k);
      if (p === undefined || p === k) return k;
      const gp = this.parent.get(p) ?? p;
      this.parent.set(k, gp);
      k = gp;
    }
  }

  /** Joins the sets of a and b; the root of `into` stays the root. */
  union(into: string, other: string): void {
    const a = this.find(into);
    const b = this.find(other);
    if (a !== b) this.parent.set(b, a);
  }
}
