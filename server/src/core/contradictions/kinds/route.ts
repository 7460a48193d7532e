import type { SentenceView, Unit } from '../../alignment/view';
import { type Conflict, type DetectorInput, type PairSide, sameReport, sameThing } from './detector';

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

/** The place that a route word at `k` introduces: right after it, or after a determiner. */
function placeAfter(input: DetectorInput, view: SentenceView, k: number): Unit | undefined {
  const isPlace = (u: Unit) => u.kind === 'entity' && input.ctx.index.entity(u.key)?.type === 'place';
  const next = view.words[k + 1]?.tag === 'D' ? k + 2 : k + 1;
  return view.units.find((u) => u.first === next && isPlace(u));
}

/** "From Sydney to Singapore", "from Singapore and land in Sydney": the first origin and destination. */
function routeOf(input: DetectorInput, view: SentenceView): Route | null {
  let origin: { unit: Unit; at: number } | undefined;
  let destination: { unit: Unit; at: number } | undefined;
  view.words.forEach((w, k) => {
    const arriving = (w.lemma === 'in' || w.lemma === 'at') && ARRIVING.has(view.words[k - 1]?.lemma ?? '');
    const role = w.lemma === 'from' ? 'origin' : TOWARDS.has(w.lemma) || arriving ? 'destination' : null;
    if (!role || (role === 'origin' ? origin : destination)) return;
    const place = placeAfter(input, view, k);
    if (!place) return;
    const at = arriving ? k - 1 : k;
    if (role === 'origin') origin = { unit: place, at };
    else destination = { unit: place, at };
  });
  if (!origin || !destination || origin.unit.key === destination.unit.key) return null;
  const [first, last] = origin.at < destination.at ? [origin, destination] : [destination, origin];
  return {
    origin: origin.unit,
    destination: destination.unit,
    start: view.words[first.at]!.start,
    end: last.unit.end,
  };
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
