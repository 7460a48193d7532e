import type { Detector } from './detector';
import { sameReport, verbGroup } from './detector';

const PREDICATE_TAGS = new Set(['V', 'J', 'N']);

/**
 * One source affirms what the other denies: the two sentences align, and exactly one aligned verb,
 * predicate adjective or noun is negated on one side only ("has been prosecuted" / "has not been
 * prosecuted"). Hedged sides ("may not") are left to the certainty kind.
 */
export const negation: Detector = {
  kind: 'negation',
  detect({ alignment: al }) {
    if (al.a.question || al.b.question || al.a.imperative || al.b.imperative) return null;
    if (!sameReport(al, 0.6, 0.35)) return null;
    const flips = al.links.filter((l) => l.a.negated !== l.b.negated && PREDICATE_TAGS.has(l.a.tag));
    if (flips.length !== 1) return null;
    const flip = flips[0]!;
    if (flip.a.open || flip.b.open) return null;
    return {
      kind: 'negation',
      confidence: 0.8,
      unitsA: [flip.a],
      unitsB: [flip.b],
      message: (here, there) => {
        const [mine, theirs] = here.uri === al.a.uri ? [flip.a, flip.b] : [flip.b, flip.a];
        return `Did it happen? This source: “${verbGroup(here, mine)}”. ‘${there.source}’: “${verbGroup(there, theirs)}”.`;
      },
    };
  },
};
