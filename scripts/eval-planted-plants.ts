/**
 * Plants: for each same-fact pair, each side rewritten with one error of each kind (when the
 * rewrite can be made cleanly), at most one plant per kind and sentence. The split into a dev and
 * a held-out half is a seeded hash of the unordered pair, so both sides of a pair fall together.
 */
import { pairKey, type Workspace } from './eval-planted-data';
import type { SentencePair } from './eval-planted-pairs';
import { PLANTED_KINDS, REWRITERS } from './eval-planted-rewrite';
import type { Plant } from './eval-planted-run';
import { hash, random } from './eval-planted-words';

export const DEFAULT_SEED = 11;

export function plantsOf(ws: Workspace, pairs: readonly SentencePair[], seed = DEFAULT_SEED): Plant[] {
  const plants: Plant[] = [];
  const taken = new Set<string>();
  for (const pair of pairs) {
    const key = pairKey(`${pair.a.doc}#${pair.a.sid}`, `${pair.b.doc}#${pair.b.sid}`);
    const split = hash(`${seed}:${ws.name}:${key}`) % 2 === 0 ? 'dev' : 'heldout';
    for (const [side, partner] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      for (const kind of PLANTED_KINDS) {
        const id = `${ws.name}:${kind}:${side.doc}#${side.sid}`;
        if (taken.has(id)) continue;
        const rng = random(hash(`${seed}:${id}`));
        const planted = REWRITERS[kind](side.text, partner.text, rng);
        if (!planted || planted === side.text) continue;
        taken.add(id);
        plants.push({
          id: `${id}>${partner.doc}#${partner.sid}`,
          kind,
          doc: side.doc,
          sid: side.sid,
          partnerDoc: partner.doc,
          partnerSid: partner.sid,
          original: side.text,
          planted,
          partner: partner.text,
          corpus: ws.name === 'seeds' ? 'seeds' : 'meantime',
          split,
        });
      }
    }
  }
  return plants;
}
