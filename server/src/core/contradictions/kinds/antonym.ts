import type { Alignment, Link } from '../../alignment/align';
import { antonymous, eventVerb, hasAntonym, incompatibleActs, isActivity } from '../../alignment/lexicon';
import type { SentenceView, Unit } from '../../alignment/view';
import { CONVERSES } from '../../alignment/words';
import {
  agentOf,
  besides,
  type Conflict,
  coverageWithout,
  type Detector,
  type DetectorInput,
  governingVerb,
  headOf,
  sameParticipants,
  verbGroup,
} from './detector';
import { movedBetweenReports } from './moments';

/** Coverage of two sentences that tell everything but the opposite words alike. */
const ALIKE = 0.8;

const converse = new Set(CONVERSES.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
const OPPOSABLE = new Set(['V', 'J', 'N', 'R']);

/** "Is sitting", "are running": an activity going on now (a habit, "sits on the board", is not one). */
const progressive = (view: SentenceView, u: Unit): boolean =>
  u.tag === 'J' || view.words[u.first - 1]?.lemma === 'be';

/** The opposite words of the two sides: the same word class, and opposites by WordNet or the curated list. */
function opposites(al: Alignment): Array<[Unit, Unit]> {
  const out: Array<[Unit, Unit]> = [];
  const opposable = (u: Unit) =>
    u.kind === 'word' &&
    OPPOSABLE.has(u.tag) &&
    (hasAntonym(u.key) || hasAntonym(eventVerb(u.key)) || isActivity(u.key));
  const ys = al.aloneB.filter(opposable);
  if (ys.length === 0) return out;
  for (const x of al.aloneA) {
    if (!opposable(x)) continue;
    for (const y of ys) {
      if (antonymous(x.key, y.key) || antonymous(eventVerb(x.key), eventVerb(y.key))) out.push([x, y]);
      else if (incompatibleActs(x.key, y.key) && progressive(al.a, x) && progressive(al.b, y))
        out.push([x, y]);
    }
  }
  return out;
}

/**
 * One act governed by opposite verbs: "had agreed to lease" / "had refused to lease", "confirmed
 * that" / "denied that". The governing verbs carry no content of their own, so the link of the act
 * they govern is what differs (its negation comes from the refusal).
 */
export function governedOpposites(al: Alignment): Link | undefined {
  return al.links.find((l) => {
    if (l.a.negated === l.b.negated) return false;
    const ga = governingVerb(al.a, l.a);
    const gb = governingVerb(al.b, l.b);
    return !!ga && !!gb && ga !== gb && antonymous(ga, gb);
  });
}

function governedConflict({ alignment: al, a, b }: DetectorInput): Conflict | null {
  const link = governedOpposites(al);
  if (!link) return null;
  const c = coverageWithout(al, [], []);
  if (c.shorter < 0.5 || c.longer < 0.25 || !sameParticipants(al, a, b)) return null;
  return oppositeAccounts(al, link.a, link.b);
}

/** The two opposite words, each quoted with its verb group. */
function oppositeAccounts(al: Alignment, x: Unit, y: Unit): Conflict {
  return {
    kind: 'antonym',
    confidence: 0.75,
    unitsA: [x],
    unitsB: [y],
    message: (here, there) => {
      const [mine, theirs] = here.uri === al.a.uri ? [x, y] : [y, x];
      return `Opposite accounts: this source: “${verbGroup(here, mine)}”; ‘${there.source}’: “${verbGroup(there, theirs)}”.`;
    },
  };
}

/**
 * Opposite predicates about the same event: "rose" / "fell", "won" / "lost", "open" / "closed".
 * "Did not win" / "lost" agree, so the two must carry the same polarity; converses ("sold" /
 * "bought") are opposites only when one actor does both.
 */
export const antonym: Detector = {
  kind: 'antonym',
  detect(input) {
    const { alignment: al, a, b } = input;
    if (al.a.question || al.b.question || al.a.imperative || al.b.imperative) return null;
    const governed = governedConflict(input);
    if (governed) return governed;
    for (const [x, y] of opposites(al)) {
      if (x.negated !== y.negated || x.open || y.open) continue;
      if (movedBetweenReports(a, b)) return null;
      const c = coverageWithout(al, [x], [y]);
      if (c.shorter < 0.5 || c.longer < 0.25 || !sameParticipants(al, a, b)) continue;
      // In the same place of both sentences: a word beside one is linked to a word beside the other.
      const nearX = besides(al.a, x);
      const nearY = besides(al.b, y);
      if (!al.links.some((l) => nearX.includes(l.a) && nearY.includes(l.b))) continue;
      if (converse.has(`${eventVerb(x.key)}|${eventVerb(y.key)}`)) {
        // "Germany beat Brazil" / "Brazil lost to Germany": one event seen from both ends.
        const agentA = headOf(agentOf(al.a, x));
        const agentB = headOf(agentOf(al.b, y));
        // Doers not found on either side ("the manufacturer, Airbus, has lost"): all else told alike.
        const unseen = !agentA && !agentB && c.shorter >= ALIKE && c.longer >= ALIKE;
        if (!unseen && !al.links.some((l) => l.a === agentA && l.b === agentB)) continue;
      }
      return oppositeAccounts(al, x, y);
    }
    return null;
  },
};
