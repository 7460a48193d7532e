import { foldWord } from '../claims/terms';
import { eventVerb, sensesOf } from './lexicon';
import type { SentenceView, Unit, UnitKeys } from './view';
import { MONTHS } from './words';

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

/** "may 6", "6 may", "6th of may" → "may|6"; null without exactly one month and one day. */
function monthAndDay(written: string): string | null {
  const words = written.split(/[^a-z0-9]+/).filter(Boolean);
  const months = words.filter((w) => MONTHS.some((m) => m === w || (w.length >= 3 && m.startsWith(w))));
  const days = words.map((w) => w.replace(/(st|nd|rd|th)$/, '')).filter((w) => /^\d{1,2}$/.test(w));
  if (months.length !== 1 || days.length !== 1) return null;
  return `${months[0]!.slice(0, 3)}|${Number(days[0])}`;
}

const sameMonthAndDay = (x: string, y: string): boolean => {
  const day = monthAndDay(x);
  return day !== null && day === monthAndDay(y);
};

/** Digits of a figure as written: "1,600" and "1600" are one figure. */
const digits = (u: Unit): string => (u.mention?.surface ?? u.key).replace(/[^\d.]/g, '');

/** The last word of an entity id: "person:steve-jobs-2" → "jobs", "person:penske" → "penske". */
const lastWordOf = (id: string): string =>
  id
    .slice(id.indexOf(':') + 1)
    .replace(/-\d+$/, '')
    .split('-')
    .at(-1)!;

/** An equipment id led by a size ("equipment:155-mm-artillery-rounds"): what is left of it. */
const SIZED_EQUIPMENT = /^equipment:\d[\d.]*-[^-]+-(.+?)(?:-\d+)?$/;

const wordClass = (u: Unit): string => (u.tag === 'V' || u.tag === 'N' ? 'VN' : u.tag);

/**
 * The keys under which a unit matches exactly ("same") and as a synonym ("synonym"): entities by
 * id; figures and dates by value, or by their digits or words where one side has no value ("1,600"
 * left as a word beside "1,600 jobs"; the year "1991" read as a date on one side only); words by
 * lemma, then by folded form, event verb and shared WordNet sense within a word class.
 */
function keyStrings(u: Unit): { same: string[]; synonym: string[] } {
  if (u.kind === 'entity') {
    // "Jobs" left untyped in one sentence is the person "Steve Jobs" of the other.
    const surname = u.key.startsWith('person:') ? lastWordOf(u.key) : undefined;
    if (surname) return { same: [`e:${u.key}`], synonym: [`surname:${surname}`] };
    // "heavy bombs" (a weapon of the article) is the "bombs" of the other: its head noun.
    const head = u.key.startsWith('equipment:') ? foldWord(lastWordOf(u.key)) : null;
    // "155 mm artillery rounds" and "306 mm artillery rounds": the same rounds, told with two calibres.
    const sized = u.key.match(SIZED_EQUIPMENT)?.[1];
    if (head)
      return { same: sized ? [`e:${u.key}`, `sized:${sized}`] : [`e:${u.key}`], synonym: [`f:${head}`] };
    // "IBM" typed in one sentence is the proper noun "IBM" the recogniser left untyped in the other.
    const name = u.key.replace(/-\d+$/, '').split(':')[1] ?? '';
    return { same: [`e:${u.key}`], synonym: name && !name.includes('-') ? [`surname:${name}`] : [] };
  }
  const value = u.mention?.value;
  const unit = u.mention?.unit ?? '';
  if (u.kind === 'number' || u.kind === 'date') {
    const same = value != null ? [`${u.kind}:${magnitude(value)}|${unit}`] : [];
    // As written too: "Monday" resolved in a dated article is the "Monday" of an undated one.
    if (u.kind === 'date') same.push(`date-as-written:${u.key}`);
    // "May 6" and "6 May" undated: one day, written in either order.
    const day = u.kind === 'date' && value == null ? monthAndDay(u.key) : null;
    if (day) same.push(`date-month-day:${day}`);
    const d = digits(u);
    if (d && (u.kind === 'number' || value == null)) same.push(`digits:${d}`);
    return { same, synonym: [] };
  }
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
 * Keys as small integers, interned once per key string: an alignment then compares and indexes
 * numbers instead of building a map of strings for every pair. When the table is full it starts
 * again under a new generation, and units re-intern their keys on next use.
 */
const KEY_IDS = new Map<string, number>();
const MAX_KEYS = 2_000_000;
let generation = 0;

function keyId(how: Link['how'], key: string): number {
  const text = how === 'same' ? key : `~${key}`;
  let id = KEY_IDS.get(text);
  if (id === undefined) {
    id = KEY_IDS.size;
    KEY_IDS.set(text, id);
  }
  return id;
}

function internedKeys(u: Unit): UnitKeys {
  const { same, synonym } = keyStrings(u);
  return {
    generation,
    same: same.map((k) => keyId('same', k)),
    synonym: synonym.map((k) => keyId('synonym', k)),
  };
}

/** A word's keys depend on its lemma and tag only: kept per vocabulary word, shared by its units. */
const WORD_KEYS = new Map<string, UnitKeys>();

function keysOf(u: Unit): UnitKeys {
  if (u.keys?.generation === generation) return u.keys;
  if (KEY_IDS.size >= MAX_KEYS) {
    KEY_IDS.clear();
    WORD_KEYS.clear();
    generation++;
  }
  if (u.kind !== 'word') {
    u.keys = internedKeys(u);
    return u.keys;
  }
  const memo = `${u.tag}\u0000${u.key}`;
  let keys = WORD_KEYS.get(memo);
  if (!keys) {
    keys = internedKeys(u);
    WORD_KEYS.set(memo, keys);
  }
  u.keys = keys; // shared with every unit of the same word: one pointer per unit
  return keys;
}

/**
 * One side's units by key id, for the alignment under way: per key a chain of postings in unit
 * order. The tables are reused by every alignment (an epoch stamp marks the live heads), so
 * indexing a side allocates nothing.
 */
class Postings {
  private stamp = new Int32Array(1 << 14);
  private head = new Int32Array(1 << 14);
  private tail = new Int32Array(1 << 14);
  private epoch = 0;
  private units: number[] = [];
  private next: number[] = [];

  fill(view: SentenceView): void {
    this.epoch++;
    this.units.length = 0;
    this.next.length = 0;
    const units = view.units;
    for (let j = 0; j < units.length; j++) {
      const u = units[j]!;
      if (u.weight === 0) continue;
      const keys = keysOf(u);
      for (let k = 0; k < keys.same.length; k++) this.add(keys.same[k]!, j);
      for (let k = 0; k < keys.synonym.length; k++) this.add(keys.synonym[k]!, j);
    }
  }

  /** The first unit under key `id` that `accept` takes, or -1. */
  find(id: number, accept: (unit: number) => boolean): number {
    if (id >= this.stamp.length || this.stamp[id] !== this.epoch) return -1;
    for (let e = this.head[id]!; e !== -1; e = this.next[e]!) {
      if (accept(this.units[e]!)) return this.units[e]!;
    }
    return -1;
  }

  private add(id: number, unit: number): void {
    if (id >= this.stamp.length) this.grow(id);
    const e = this.units.length;
    this.units.push(unit);
    this.next.push(-1);
    if (this.stamp[id] !== this.epoch) {
      this.stamp[id] = this.epoch;
      this.head[id] = e;
    } else {
      this.next[this.tail[id]!] = e;
    }
    this.tail[id] = e;
  }

  private grow(id: number): void {
    let size = this.stamp.length;
    while (size <= id) size *= 2;
    const widen = (old: Int32Array) => {
      const t = new Int32Array(size);
      t.set(old);
      return t;
    };
    this.stamp = widen(this.stamp);
    this.head = widen(this.head);
    this.tail = widen(this.tail);
  }
}

const POSTINGS = new Postings();

/**
 * Greedy alignment, in linear time: the second side's units are indexed by their keys; exact
 * matches are taken first, in order, then synonyms and derivations.
 */
export function align(a: SentenceView, b: SentenceView): Alignment {
  const links: Link[] = [];
  const usedA = new Uint8Array(a.units.length);
  const usedB = new Uint8Array(b.units.length);
  POSTINGS.fill(b);
  const pass = (how: Link['how']) => {
    a.units.forEach((x, i) => {
      if (x.weight === 0 || usedA[i]) return;
      for (const id of keysOf(x)[how]) {
        const j = POSTINGS.find(id, (k) => !usedB[k] && compatible(x, b.units[k]!, how));
        if (j < 0) continue;
        usedA[i] = 1;
        usedB[j] = 1;
        links.push({ a: x, b: b.units[j]!, how });
        return;
      }
    });
  };
  pass('same');
  pass('synonym');
  const weight = (units: Unit[], used: Uint8Array) =>
    units.reduce((s, u, i) => s + (used[i] ? u.weight : 0), 0);
  return {
    a,
    b,
    links,
    aloneA: a.units.filter((u, i) => !usedA[i] && u.weight > 0),
    aloneB: b.units.filter((u, i) => !usedB[i] && u.weight > 0),
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
    if (x.kind === 'date') return x.key === y.key || sameMonthAndDay(x.key, y.key);
  }
  return true;
}
