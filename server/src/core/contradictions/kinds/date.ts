import type { Unit } from '../../alignment/view';
import { MONTHS, WEEKDAYS } from '../../alignment/words';
import { coverageWithout, type Detector, type PairSide, quote } from './detector';

/** Weekday and month names a date mention is written with. */
function named(side: PairSide, u: Unit): { weekday?: string; month?: string } {
  const words = quote(side, u)
    .toLowerCase()
    .split(/[^a-z]+/);
  return {
    weekday: words.find((w) => WEEKDAYS.includes(w)),
    month: words.find((w) => MONTHS.includes(w) || MONTHS.some((m) => m.slice(0, 3) === w)),
  };
}

/** [first day, last day] of a resolved date value, or null when it has no calendar range. */
function interval(u: Unit): [string, string] | null {
  const value = u.mention?.value;
  if (typeof value !== 'string') return null;
  const [first, last] = value.split('/');
  if (!first || first.length < 7 || /W/.test(first) || /W/.test(last ?? '')) return null;
  const lo = first.padEnd(10, '-01').slice(0, 10);
  const end = last ?? first;
  const hi = end.length === 10 ? end : end.length === 7 ? `${end}-31` : `${end}-12-31`;
  return [lo, hi];
}

/** A date after "since" or "until" frames the claim rather than dating the event. */
const FRAMING = /\b(since|until|till|before|after|by|from|through)\s*$/i;

/** Two dates that cannot both be the day of one event: another weekday, month or day. */
function incompatible(a: PairSide, x: Unit, b: PairSide, y: Unit): boolean {
  const nx = named(a, x);
  const ny = named(b, y);
  if (nx.weekday && ny.weekday && nx.weekday !== ny.weekday) return true;
  if (nx.month && ny.month && nx.month.slice(0, 3) !== ny.month.slice(0, 3)) return true;
  const ix = interval(x);
  const iy = interval(y);
  return !!ix && !!iy && (ix[1] < iy[0] || iy[1] < ix[0]);
}

/** The same event told twice, placed on dates that cannot both hold: "on Monday" / "on Tuesday". */
export const date: Detector = {
  kind: 'date',
  detect({ alignment: al, a, b }) {
    const datesA = al.a.units.filter((u) => u.kind === 'date');
    const datesB = al.b.units.filter((u) => u.kind === 'date');
    if (datesA.length !== 1 || datesB.length !== 1) return null; // several dates: which one is the event's?
    const x = datesA[0]!;
    const y = datesB[0]!;
    if (!al.aloneA.includes(x) || !al.aloneB.includes(y)) return null;
    const framed = (side: PairSide, u: Unit) =>
      FRAMING.test(side.text.slice(Math.max(0, u.start - 12), u.start));
    if (framed(a, x) || framed(b, y) || !incompatible(a, x, b, y)) return null;
    const c = coverageWithout(al, [x], [y]);
    if (c.shorter < 0.6 || c.longer < 0.35) return null;
    return {
      kind: 'date',
      confidence: 0.65,
      unitsA: [x],
      unitsB: [y],
      message: (here, there) => {
        const [mine, theirs] = here.uri === al.a.uri ? [x, y] : [y, x];
        const show = (s: PairSide, u: Unit) => {
          const v = u.mention?.value;
          return `“${quote(s, u)}”${typeof v === 'string' && v !== quote(s, u) ? ` (${v})` : ''}`;
        };
        return `When? This source: ${show(here, mine)}. ‘${there.source}’: ${show(there, theirs)}.`;
      },
    };
  },
};
