import { finish, type Steps } from '../steps';
import { foldName, sameGivenName } from './nicknames';
import type { MentionCandidate } from './types';
import type { UnionFind } from './unionFind';

/** A name mention of one document, as the resolution holds it (its key may be rewritten). */
export interface LocatedName {
  uri: string;
  m: MentionCandidate;
}

/** Given name, middle part and surname of a full name key ("james e. clyburn"), folded. */
interface NameParts {
  given: string;
  middle: string;
  surname: string;
}

export function nameParts(key: string): NameParts | null {
  const words = foldName(key).split(' ');
  if (words.length < 2) return null;
  return { given: words[0]!, middle: words.slice(1, -1).join(' '), surname: words[words.length - 1]! };
}

/** "E." and "Eugene", or no middle name on one side: the middles do not tell two people apart. */
function middlesAgree(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const x = a.replace(/\./g, '');
  const y = b.replace(/\./g, '');
  return x.length === 1 ? y.startsWith(x) : y.length === 1 ? x.startsWith(y) : false;
}

/**
 * Nicknames merge with their formal names: "Jim Clyburn" / "James Clyburn", "Dick Blumenthal" /
 * "Richard Blumenthal", "Bibi Netanyahu" / "Benjamin Netanyahu". Relatives stay apart (other given
 * names are never merged), and a nickname that fits several people of the workspace ("Chris
 * Smith" with "Christopher Smith" and "Christina Smith") is merged with none of them.
 */
export function* mergeNicknames(
  located: readonly LocatedName[],
  uf: UnionFind,
  isPerson: (root: string) => boolean,
  due: (n?: number) => boolean,
): Generator<void> {
  // Surname → full person names bearing it (one entry per distinct key).
  const bySurname = new Map<string, Map<string, NameParts>>();
  for (const { m } of located) {
    if (due()) yield;
    if (m.kind !== 'name' || !m.key.includes(' ') || !isPerson(uf.find(m.key))) continue;
    const parts = nameParts(m.key);
    if (!parts) continue;
    if (!bySurname.has(parts.surname)) bySurname.set(parts.surname, new Map());
    bySurname.get(parts.surname)!.set(m.key, parts);
  }
  for (const names of bySurname.values()) {
    if (due()) yield;
    if (names.size < 2 || names.size > 64) continue; // a crowded surname (Smith, Kim): no guessing
    for (const [a, b] of nicknamePairsAmong(names)) uf.union(a, b);
  }
}

/**
 * Pairs of full names of one surname that are one person under a nickname. Both sides must be
 * unambiguous: "Christopher" fits only "Chris", but "Chris" also fits "Christina", so neither
 * merges; "Bill" fits "William" and "Billy", which fit each other, so all three merge.
 */
function nicknamePairsAmong(names: ReadonlyMap<string, NameParts>): Array<[string, string]> {
  const entries = [...names];
  const fitsOf = new Map<string, Array<[string, NameParts]>>();
  for (const [key, parts] of entries) {
    fitsOf.set(
      key,
      entries.filter(
        ([other, o]) =>
          other !== key &&
          o.given !== parts.given &&
          sameGivenName(parts.given, o.given) &&
          middlesAgree(parts.middle, o.middle),
      ),
    );
  }
  const unambiguous = (key: string): boolean => {
    const fits = fitsOf.get(key)!;
    return fits.every(([, a]) =>
      fits.every(([, b]) => a.given === b.given || sameGivenName(a.given, b.given)),
    );
  };
  const pairs: Array<[string, string]> = [];
  for (const [key, fits] of fitsOf) {
    if (!unambiguous(key)) continue;
    for (const [other] of fits) if (unambiguous(other)) pairs.push([other, key]);
  }
  return pairs;
}

/** Surname → roots of the full person names that bear it, for the mentions given. */
function surnameRoots(
  items: readonly LocatedName[],
  uf: UnionFind,
  isPerson: (root: string) => boolean,
): Map<string, Set<string>> {
  return finish(surnameRootSteps(items, uf, isPerson, () => false));
}

/** `surnameRoots`, pausing when `due` says so (the whole workspace's mentions take a while). */
function* surnameRootSteps(
  items: readonly LocatedName[],
  uf: UnionFind,
  isPerson: (root: string) => boolean,
  due: (n?: number) => boolean,
): Steps<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const { m } of items) {
    if (due()) yield;
    if (m.kind !== 'name' || !m.key.includes(' ')) continue;
    const root = uf.find(m.key);
    if (!isPerson(root)) continue;
    const parts = nameParts(m.key);
    if (!parts) continue;
    if (!out.has(parts.surname)) out.set(parts.surname, new Set());
    out.get(parts.surname)!.add(root);
  }
  return out;
}

/**
 * Surnames alone join the full name they stand for: "Netanyahu" → "Benjamin Netanyahu". Within an
 * article that names exactly one person of that surname, its bare mentions are that person (the
 * mention is re-keyed, so "Clinton" can be Hillary in one article and Bill in another); elsewhere
 * a surname joins a full name only when the workspace knows exactly one person bearing it. An
 * article naming two people of one surname (Donald and Melania Trump) leaves "Trump" alone.
 */
export function* linkSurnames(
  located: LocatedName[],
  uf: UnionFind,
  isPerson: (root: string) => boolean,
  mayLink: (bareKey: string, inArticle: boolean) => boolean,
  due: (n?: number) => boolean,
): Generator<void> {
  const workspace = yield* surnameRootSteps(located, uf, isPerson, due);
  const byDocument = new Map<string, LocatedName[]>();
  for (const item of located) {
    if (due()) yield;
    if (item.m.kind !== 'name') continue;
    if (!byDocument.has(item.uri)) byDocument.set(item.uri, []);
    byDocument.get(item.uri)!.push(item);
  }
  for (const items of byDocument.values()) {
    if (due(items.length)) yield;
    let local: Map<string, Set<string>> | null = null;
    for (const item of items) {
      const { m } = item;
      if (m.key.includes(' ')) continue;
      const surname = foldName(m.key);
      const everywhere = workspace.get(surname);
      if (!everywhere) continue;
      if (everywhere.size === 1 && mayLink(m.key, false)) {
        uf.union([...everywhere][0]!, m.key);
        continue;
      }
      local ??= surnameRoots(items, uf, isPerson);
      const here = local.get(surname);
      if (here?.size !== 1 || !mayLink(m.key, true)) continue;
      const root = [...here][0]!;
      // Its own evidence (a town called Clinton) must not retype the person.
      item.m = { ...m, key: root, evidence: undefined, coordinatedWith: undefined };
    }
  }
}
