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

const sameKey: Matcher = (x, y) => {
  if (x.kind !== y.kind) return false;
  if (x.kind === 'number' || x.kind === 'date') return sameValue(x, y);
  return x.key === y.key;
};

const sameValue = (x: Unit, y: Unit): boolean =>
  x.mention?.value === y.mention?.value && (x.mention?.unit ?? '') === (y.mention?.unit ?? '');

const wordClass = (u: Unit): string => (u.tag === 'V' || u.tag === 'N' ? 'VN' : u.tag);

const synonymous: Matcher = (x, y) => {
  if (x.kind !== 'word' || y.kind !== 'word') return false;
  const fx = foldWord(x.key);
  if (fx && fx === foldWord(y.key)) return true;
  if (wordClass(x) !== wordClass(y)) return false;
  return eventVerb(x.key) === eventVerb(y.key) || sameSense(x.key, y.key);
};

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
    coverA: a.weight ? weight(a.units, usedA) / a.weight : 0,
    coverB: b.weight ? weight(b.units, usedB) / b.weight : 0,
  };
}
