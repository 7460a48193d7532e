import { foldWord } from '../claims/terms';
import { eventVerb, sameSense } from './lexicon';
import type { SentenceView, Unit } from './view';

/** Two units that say the same thing: the same entity, figure or date, or words of one meaning. */
export interface Link {
  a: Unit;
  b: Unit;
  how: 'same' | 'synonym';
}

/** How two sentences line up: what is said in both, and what only one of them says. */
export interface Alignment {
  a: SentenceView;
  b: SentenceView;
  links: Link[];
  /** Units of each side that no unit of the other side matches. */
  aloneA: Unit[];
  aloneB: Unit[];
  /** Share of each side's weight that is aligned, 0..1. */
  coverA: number;
  coverB: number;
}

/** The linked partner of a unit of side A, or of side B. */
export const partnerOfA = (al: Alignment, u: Unit): Unit | undefined => al.links.find((l) => l.a === u)?.b;
export const partnerOfB = (al: Alignment, u: Unit): Unit | undefined => al.links.find((l) => l.b === u)?.a;

/**
 * Coverage of the claim both sentences make: the shorter side must be mostly aligned (it states a
 * part of the longer one at most), the longer one at least partly.
 */
export function coverage(al: Alignment): { shorter: number; longer: number } {
  const aShorter = al.a.weight <= al.b.weight;
  return aShorter ? { shorter: al.coverA, longer: al.coverB } : { shorter: al.coverB, longer: al.coverA };
}

type Matcher = (x: Unit, y: Unit) => boolean;

const VALUE_KINDS = new Set<Unit['kind']>(['number', 'date']);

const sameKey: Matcher = (x, y) => {
  const valued = VALUE_KINDS.has(x.kind) || VALUE_KINDS.has(y.kind);
  if (valued) return sameValue(x, y);
  return x.kind === y.kind && x.key === y.key;
};

/** Digits of a figure as written: "1,600" and "1600" are one figure. */
const digits = (u: Unit): string => (u.mention?.surface ?? u.key).replace(/[^\d.]/g, '');

/**
 * The same figure or date: equal resolved values, or the same digits where one side has no value
 * ("1,600" left as a word beside "1,600 jobs"; the year "1991" read as a date on one side only).
 */
function sameValue(x: Unit, y: Unit): boolean {
  const vx = x.mention?.value;
  const vy = y.mention?.value;
  if (x.kind === y.kind && vx != null && vy != null)
    return vx === vy && (x.mention?.unit ?? '') === (y.mention?.unit ?? '');
  if (x.kind === 'date' && y.kind === 'date') return x.key === y.key; // unresolved: as written
  if (x.kind === 'word' && x.tag !== 'U') return false;
  if (y.kind === 'word' && y.tag !== 'U') return false;
  if (x.kind === 'entity' || y.kind === 'entity') return false;
  const dx = digits(x);
  return dx.length > 0 && dx === digits(y) && (x.kind !== y.kind || x.key === y.key || x.kind !== 'date');
}

const wordClass = (u: Unit): string => (u.tag === 'V' || u.tag === 'N' ? 'VN' : u.tag);

const synonymous: Matcher = (x, y) => {
  if (x.kind !== 'word' || y.kind !== 'word') return false;
  const fx = foldWord(x.key);
  if (fx && fx === foldWord(y.key)) return true;
  if (wordClass(x) !== wordClass(y)) return false;
  return eventVerb(x.key) === eventVerb(y.key) || sameSense(x.key, y.key);
};

/** A share rounded to six places: weights are decimals, and 1.2 / 2.4 must be one half exactly. */
const share = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1e6) / 1e6 : 0);

/** Greedy alignment: exact matches first, in order, then synonyms and derivations. */
export function align(a: SentenceView, b: SentenceView): Alignment {
  const links: Link[] = [];
  const usedA = new Set<Unit>();
  const usedB = new Set<Unit>();
  const pass = (matches: Matcher, how: Link['how']) => {
    for (const x of a.units) {
      if (usedA.has(x) || x.weight === 0) continue;
      const y = b.units.find((u) => !usedB.has(u) && u.weight > 0 && matches(x, u));
      if (!y) continue;
      usedA.add(x);
      usedB.add(y);
      links.push({ a: x, b: y, how });
    }
  };
  pass(sameKey, 'same');
  pass(synonymous, 'synonym');
  const weight = (units: Unit[], used: Set<Unit>) =>
    units.reduce((s, u) => s + (used.has(u) ? u.weight : 0), 0);
  return {
    a,
    b,
    links,
    aloneA: a.units.filter((u) => !usedA.has(u) && u.weight > 0),
    aloneB: b.units.filter((u) => !usedB.has(u) && u.weight > 0),
    coverA: share(weight(a.units, usedA), a.weight),
    coverB: share(weight(b.units, usedB), b.weight),
  };
}
