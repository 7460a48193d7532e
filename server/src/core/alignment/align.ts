import { foldWord } from '../claims/terms';
import { eventVerb, sensesOf } from './lexicon';
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

/**
 * Coverage of the claim both sentences make: the shorter side must be mostly aligned (it states a
 * part of the longer one at most), the longer one at least partly.
 */
export function coverage(al: Alignment): { shorter: number; longer: number } {
  const aShorter = al.a.weight <= al.b.weight;
  return aShorter ? { shorter: al.coverA, longer: al.coverB } : { shorter: al.coverB, longer: al.coverA };
}

/** A share rounded to six places: weights are decimals, and 1.2 / 2.4 must be one half exactly. */
const share = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1e6) / 1e6 : 0);

/** "Fell by -3.16%" and "fell by 3.16%": a figure's sign repeats the verb's direction. */
const magnitude = (v: unknown): unknown => (typeof v === 'number' ? Math.abs(v) : v);

/** Digits of a figure as written: "1,600" and "1600" are one figure. */
const digits = (u: Unit): string => (u.mention?.surface ?? u.key).replace(/[^\d.]/g, '');

const wordClass = (u: Unit): string => (u.tag === 'V' || u.tag === 'N' ? 'VN' : u.tag);

/**
 * The keys under which a unit matches exactly ("same") and as a synonym ("synonym"): entities by
 * id; figures and dates by value, or by their digits or words where one side has no value ("1,600"
 * left as a word beside "1,600 jobs"; the year "1991" read as a date on one side only); words by
 * lemma, then by folded form, event verb and shared WordNet sense within a word class.
 */
function keysOf(u: Unit): { same: string[]; synonym: string[] } {
  if (u.kind === 'entity') {
    // "Jobs" left untyped in one sentence is the person "Steve Jobs" of the other.
    const surname = u.key.startsWith('person:') ? u.key.replace(/-\d+$/, '').split('-').at(-1) : undefined;
    return { same: [`e:${u.key}`], synonym: surname ? [`surname:${surname}`] : [] };
  }
  const value = u.mention?.value;
  const unit = u.mention?.unit ?? '';
  if (u.kind === 'number' || u.kind === 'date') {
    const same = value != null ? [`${u.kind}:${magnitude(value)}|${unit}`] : [];
    // As written too: "Monday" resolved in a dated article is the "Monday" of an undated one.
    if (u.kind === 'date') same.push(`date-as-written:${u.key}`);
    const d = digits(u);
    if (d && (u.kind === 'number' || value == null)) same.push(`digits:${d}`);
    return { same, synonym: [] };
  }
  if (u.keys) return u.keys;
  const memo = `${u.tag}\u0000${u.key}`;
  let keys = WORD_KEYS.get(memo);
  if (!keys) {
    if (WORD_KEYS.size >= MAX_WORDS_KEPT) WORD_KEYS.clear();
    keys = wordKeys(u);
    WORD_KEYS.set(memo, keys);
  }
  u.keys = keys; // shared with every unit of the same word: one pointer per unit
  return keys;
}

/**
 * A word's keys depend on its lemma and tag only: kept per vocabulary word, not per sentence
 * (a workspace's vocabulary is far smaller than its sentences, and every comparison needs them).
 */
const WORD_KEYS = new Map<string, { same: string[]; synonym: string[] }>();
const MAX_WORDS_KEPT = 200_000;

function wordKeys(u: Unit): { same: string[]; synonym: string[] } {
  const same = [`w:${u.key}`];
  if (u.tag === 'P') return { same, synonym: [`surname:${u.key}`] };
  if (u.tag === 'U' && digits(u)) same.push(`digits:${digits(u)}`);
  const synonym: string[] = [];
  const folded = foldWord(u.key);
  if (folded) synonym.push(`f:${folded}`);
  const cls = wordClass(u);
  synonym.push(`v:${cls}:${eventVerb(u.key)}`);
  for (const s of sensesOf(u.key)) synonym.push(`s:${cls}:${s}`);
  return { same, synonym };
}

/**
 * Keys per unit of a view, for one alignment. Not kept with the view: a workspace holds a view for
 * every sentence compared, and their keys would outweigh the index itself.
 */
const keysOfView = (view: SentenceView): Array<{ same: string[]; synonym: string[] }> =>
  view.units.map(keysOf);

type KeyIndex = Record<Link['how'], Map<string, Unit[]>>;

/** A view's units by key, for one alignment (like the keys, not kept with the view). */
function indexOfView(view: SentenceView, keys: Array<{ same: string[]; synonym: string[] }>): KeyIndex {
  const index: KeyIndex = { same: new Map(), synonym: new Map() };
  view.units.forEach((u, i) => {
    if (u.weight === 0) return;
    for (const how of ['same', 'synonym'] as const) {
      for (const k of keys[i]![how]) {
        const list = index[how].get(k);
        if (list) list.push(u);
        else index[how].set(k, [u]);
      }
    }
  });
  return index;
}

/**
 * Greedy alignment, in linear time: each side's units are indexed by their keys; exact matches
 * are taken first, in order, then synonyms and derivations.
 */
export function align(a: SentenceView, b: SentenceView): Alignment {
  const links: Link[] = [];
  const usedA = new Set<Unit>();
  const usedB = new Set<Unit>();
  const keysA = keysOfView(a);
  const indexB = indexOfView(b, keysOfView(b));
  const pass = (how: Link['how']) => {
    a.units.forEach((x, i) => {
      if (x.weight === 0 || usedA.has(x)) return;
      for (const k of keysA[i]![how]) {
        const y = indexB[how].get(k)?.find((u) => !usedB.has(u) && compatible(x, u, how));
        if (!y) continue;
        usedA.add(x);
        usedB.add(y);
        links.push({ a: x, b: y, how });
        return;
      }
    });
  };
  pass('same');
  pass('synonym');
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

/**
 * Keys shared by two units that are not the same thing after all: dates written alike but
 * resolved to other days, figures with the same digits in other units.
 */
function compatible(x: Unit, y: Unit, how: Link['how']): boolean {
  if (how === 'synonym') return x.kind === 'word' || y.kind === 'word';
  const valued = (u: Unit) => u.kind === 'number' || u.kind === 'date';
  if (valued(x) && valued(y) && x.kind === y.kind) {
    const vx = x.mention?.value;
    const vy = y.mention?.value;
    if (vx != null && vy != null)
      return magnitude(vx) === magnitude(vy) && (x.mention?.unit ?? '') === (y.mention?.unit ?? '');
    if (x.kind === 'date') return x.key === y.key;
  }
  return true;
}
