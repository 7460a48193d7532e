/**
 * Integer hashing of feature strings and feature templates: each token's strings are hashed once,
 * and a feature is the mix of its template, its window offset and that hash. No feature string
 * is ever built.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units of `s[from, to)`. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of the first n characters of `s` for n = 1..max (fewer when s is shorter). */
export function prefixHashes(s: string, max: number, out: Uint32Array): void {
  let h = FNV_OFFSET;
  for (let n = 0; n < max; n++) {
    if (n < s.length) {
      h ^= s.charCodeAt(n);
      h = Math.imul(h, FNV_PRIME);
      out[n] = h >>> 0;
    } else out[n] = 0;
  }
}

/** Hash of the last n characters of `s` for n = 1..max, read from the end (0 when s is shorter). */
export function suffixHashes(s: string, max: number, out: Uint32Array): void {
  let h = FNV_OFFSET ^ 0x5bd1e995;
  for (let n = 0; n < max; n++) {
    if (n < s.length) {
      h ^= s.charCodeAt(s.length - 1 - n);
      h = Math.imul(h, FNV_PRIME);
      out[n] = h >>> 0;
    } else out[n] = 0;
  }
}

/** murmur3's finaliser over (template, value): the bucket of one feature. */
export function mix(template: number, value: number): number {
  let h = Math.imul(value ^ Math.imul(template + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two values combined into one (a conjunction feature such as previous word + word). */
export function pair(a: number, b: number): number {
  return (Math.imul(a, 0x01000193) ^ b ^ (b >>> 15)) >>> 0;
}
