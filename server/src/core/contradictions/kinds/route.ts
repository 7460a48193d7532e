import type { SentenceView, Unit } from '../../alignment/view';
import {
  type Conflict,
  type DetectorInput,
  isParticipant,
  type PairSide,
  sameReport,
  sameThing,
} from './detector';

/** Where a journey starts and where it ends, as one sentence tells it. */
export interface Route {
  origin: Unit;
  destination: Unit;
  /** Source range from the first route word to the last place. */
  start: number;
  end: number;
}

/** Words before a destination: "to Singapore", "bound for Sydney", "into Gaza". */
const TOWARDS = new Set(['to', 'for', 'into', 'towards', 'toward']);
/** Verbs whose "in" or "at" is the destination: "land in Sydney", "arrive at Changi". */
const ARRIVING = new Set(['land', 'arrive', 'reach', 'dock', 'touch']);

/** The unit right after a route word at `k`, or after a determiner. */
function unitAfter(view: SentenceView, k: number): Unit | undefined {
  const next = view.words[k + 1]?.tag === 'D' ? k + 2 : k + 1;
  return view.units.find((u) => u.first === next);
}

interface RouteEnd {
  unit: Unit;
  at: number;
}

/**
 * "From Sydney to Singapore", "from Singapore and land in Sydney": the first origin and the
 * destination nearest to it (after it if there is one: "arrives in Tokyo …, a charter from Hong
 * Kong to Tokyo"). Places, or any two names in "from X to Y" ("the transition from PowerPC to
 * Intel"); "a spokesman from Boeing" is no route.
 */
function routeOf(input: DetectorInput, view: SentenceView): Route | null {
  const isPlace = (u: Unit | undefined) =>
    !!u && u.kind === 'entity' && input.ctx.index.entity(u.key)?.type === 'place';
  let origin: RouteEnd | undefined;
  const destinations: RouteEnd[] = [];
  view.words.forEach((w, k) => {
    const arriving = (w.lemma === 'in' || w.lemma === 'at') && ARRIVING.has(view.words[k - 1]?.lemma ?? '');
    if (w.lemma === 'from' && !origin) {
      const u = unitAfter(view, k);
      if (u && (isPlace(u) || tightRoute(view, u))) origin = { unit: u, at: k };
    } else if (TOWARDS.has(w.lemma) || arriving) {
      const u = unitAfter(view, k);
      if (u && (isPlace(u) || (w.lemma === 'to' && isParticipant(u))))
        destinations.push({ unit: u, at: arriving ? k - 1 : k });
    }
  });
  if (!origin) return null;
  const from = origin;
  const after = destinations.filter((d) => d.at > from.at);
  const destination = after[0] ?? destinations.at(-1);
  if (!destination || destination.unit.key === from.unit.key) return null;
  if (!isPlace(from.unit) && destination.at !== from.unit.last + 1) return null;
  const [first, last] = from.at < destination.at ? [from, destination] : [destination, from];
  return {
    origin: from.unit,
    destination: destination.unit,
    start: view.words[first.at]!.start,
    end: last.unit.end,
  };
}

/** "From X to Y" with nothing between X and "to", X and Y named: a change from one to the other. */
function tightRoute(view: SentenceView, u: Unit): boolean {
  return (
    isParticipant(u) && view.words[u.last + 1]?.lemma === 'to' && isParticipant(unitAfter(view, u.last + 1))
  );
}

/** A side's route, found once: every pair the sentence is in asks for it. */
function routeOfSide(input: DetectorInput, side: PairSide): Route | null {
  if (side.memo.route === undefined) side.memo.route = routeOf(input, side.view);
  return side.memo.route;
}

/**
 * The same journey told the other way round: "a charity flight from Sydney to Singapore" / "will
 * take off from Singapore and land in Sydney". Places only: "a spokesman from Boeing" is no route.
 */
export function reversedRoute(input: DetectorInput): Conflict | null {
  const { alignment: al, a, b } = input;
  if (!sameReport(al, 0.3, 0.15)) return null;
  const ra = routeOfSide(input, a);
  const rb = routeOfSide(input, b);
  if (!ra || !rb) return null;
  const crossed = sameThing(al, ra.origin, rb.destination) && sameThing(al, ra.destination, rb.origin);
  if (!crossed || sameThing(al, ra.origin, rb.origin)) return null;
  const told = (side: PairSide, r: Route) => `“${side.text.slice(r.start, r.end).replace(/\s+/g, ' ')}”`;
  return {
    kind: 'role',
    confidence: 0.75,
    unitsA: [ra.origin, ra.destination],
    unitsB: [rb.origin, rb.destination],
    message: (here, there) => {
      const [mine, theirs] = here.uri === al.a.uri ? [told(a, ra), told(b, rb)] : [told(b, rb), told(a, ra)];
      return `Which way? This source: ${mine}. ‘${there.source}’: ${theirs}.`;
    },
  };
}
