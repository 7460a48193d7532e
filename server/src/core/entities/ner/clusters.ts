/**
 * The word-cluster table of the model: open addressing over the hash of a lower-cased word, each
 * slot a 16-bit fingerprint, a fine and a coarse cluster id. Built at training time from word
 * vectors (scripts/ner/clusters.ts); looked up with the hash the features already computed.
 */
export const CLUSTER_SLOTS = 1 << 16;
const MAX_PROBES = 64;

/** A 16-bit fingerprint of the word hash, never 0 (0 marks an empty slot). */
const fingerprint = (h: number): number => ((Math.imul(h, 0x2c1b3c6d) >>> 16) | 1) & 0xffff;

export const clusterSlot = (h: number): number => (h ^ (h >>> 16)) & (CLUSTER_SLOTS - 1);

export const packCluster = (h: number, fine: number, coarse: number): number =>
  ((fingerprint(h) << 16) | (coarse << 8) | fine) >>> 0;

/** The cluster of a word: fine id + 1 in the low byte, coarse id + 1 in the next (0: unknown word). */
export function clusterOf(table: Uint32Array, h: number): number {
  const fp = fingerprint(h);
  let slot = clusterSlot(h);
  for (let probe = 0; probe < MAX_PROBES; probe++) {
    const entry = table[slot]!;
    if (entry === 0) return 0;
    if (entry >>> 16 === fp) return (((entry >>> 8) & 0xff) + 1) * 512 + (entry & 0xff) + 1;
    slot = (slot + 1) & (CLUSTER_SLOTS - 1);
  }
  return 0;
}
