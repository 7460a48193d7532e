import { foldName, sameGivenName } from '../entities/nicknames';
import data from './generated/offices.json';

/** One term of one person in one office (days as YYYY-MM-DD; `to` null while in office). */
export interface Term {
  office: Office;
  name: string;
  from: string;
  to: string | null;
}

export interface Office {
  id: string;
  label: string;
  /** US usage: a former holder keeps the title ("President Carter"), so only a title before the first term is wrong. */
  keepsTitle: boolean;
  titles: string[];
}

interface HolderRow {
  name: string;
  aliases: string[];
  from: string;
  to: string | null;
}

/** A name folded for comparison: lower case, no accents or dots, initials joined ("J. D." → "jd"). */
export function nameTokens(name: string): string[] {
  const words = foldName(name.replace(/\./g, ' ')).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let initials = false;
  for (const w of words) {
    if (w.length === 1 && initials) out[out.length - 1] += w;
    else out.push(w);
    initials = w.length === 1;
  }
  return out;
}

const ROMAN = /^[ivxl]+$/;

interface Holder {
  /** Folded full names (the name and its aliases). */
  names: Set<string>;
  /** First and last word of the name, for "Benjamin Netanyahu" / "Bibi Netanyahu"; null for regnal names. */
  first: string;
  surname: string | null;
  terms: Term[];
}

interface Table {
  holders: Holder[];
  /** Folded title → the offices that carry it. */
  titles: Map<string, Office[]>;
  /** Every title, longest first, for the title pattern. */
  titleList: string[];
}

let table: Table | null = null;

/** The office table, built once from the generated data (`scripts/build-offices.mjs`). */
export function officeTable(): Table {
  if (table) return table;
  const holders = new Map<string, Holder>();
  const titles = new Map<string, Office[]>();
  for (const raw of (data as { offices: Array<Office & { holders: HolderRow[] }> }).offices) {
    const office: Office = { id: raw.id, label: raw.label, keepsTitle: raw.keepsTitle, titles: raw.titles };
    for (const t of raw.titles) {
      const key = t.toLowerCase();
      titles.set(key, [...(titles.get(key) ?? []), office]);
    }
    for (const h of raw.holders) {
      const tokens = nameTokens(h.name);
      const id = tokens.join(' ');
      let holder = holders.get(id);
      if (!holder) {
        const last = tokens[tokens.length - 1]!;
        holder = {
          names: new Set([id]),
          first: tokens[0]!,
          surname: ROMAN.test(last) ? null : last,
          terms: [],
        };
        holders.set(id, holder);
      }
      for (const a of h.aliases) holder.names.add(nameTokens(a).join(' '));
      holder.terms.push({ office, name: h.name, from: h.from, to: h.to });
    }
  }
  const titleList = [...new Set([...titles.keys()])].sort((a, b) => b.length - a.length);
  table = { holders: [...holders.values()], titles, titleList };
  return table;
}

/**
 * The holders a mention can name: its whole name or an alias; or, for two words or more, the same
 * surname with the same (or a nickname's) given name; or, for one word, the surname alone.
 */
export function holdersNamed(surface: string): Holder[] {
  const tokens = nameTokens(surface);
  if (tokens.length === 0) return [];
  const whole = tokens.join(' ');
  return officeTable().holders.filter((h) => {
    if (h.names.has(whole)) return true;
    if (h.surname === null) return false;
    const last = tokens[tokens.length - 1]!;
    if (tokens.length === 1) return last === h.surname;
    return last === h.surname && sameGivenName(tokens[0]!, h.first);
  });
}
