import type { EntityCorrections } from './corrections';
import { gazetteer, nameKey } from './gazetteer';
import { type GovernmentLookup, governmentReferences } from './governments';
import { foldName } from './nicknames';
import { linkSurnames, mergeNicknames, nameParts } from './personNames';
import type { EntityType, MentionCandidate, NameType, TypeEvidence } from './types';
import { UnionFind } from './unionFind';

/** One mention of a resolved entity (source offsets, end exclusive). */
export interface EntityMention {
  uri: string;
  start: number;
  end: number;
  entityId: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  value: string | number | null;
  mentions: EntityMention[];
  /** Quantities: unit, counted noun and hedge of the first mention. */
  unit?: string | null;
  counts?: string | null;
  /** People: countries they serve, from their titles anywhere in the workspace. */
  affiliations?: string[];
}

export interface Resolution {
  entities: Map<string, Entity>;
  /** Mentions of each document, sorted by start, not overlapping. */
  byDocument: Map<string, EntityMention[]>;
  /** Entity of each mention key (`kind|key`), for resolving an edited document alone. */
  keys: Map<string, string>;
  /** Name keys that stand for a weapon ("JDAMs" → the equipment key). */
  equipmentAcronyms: Map<string, string>;
  ignored: Set<string>;
  /** The corrections it applied: names the analyst added are found in edited documents too. */
  corrections: EntityCorrections;
}

export interface DocumentMentions {
  uri: string;
  /** Source text, used to find names the analyst added by hand. */
  text: string;
  /** Source ranges of article text (user-added names are only looked for there). */
  sentences: ReadonlyArray<{ start: number; end: number }>;
  mentions: readonly MentionCandidate[];
}

/** Total evidence a name needs before it is shown as an entity. */
const MIN_EVIDENCE = 1;
const GAZETTEER_STRENGTH = 4;
/** All "in X" hints of a name together are worth at most this much. */
const MAX_PLACE_HINT = 1;

interface Located {
  uri: string;
  m: MentionCandidate;
}

const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 'x';

/** Work items between two pauses of a resolution run in slices. */
const SLICE_ITEMS = 4096;

/**
 * Merges the mentions of every document into workspace entities: gazetteer variants ("U.S." /
 * "United States"), abbreviations defined in the text, short forms of typed full names
 * ("Netanyahu" → "Benjamin Netanyahu"), and the analyst's corrections. A generator that pauses every
 * few thousand items, so a language server can run it in slices between requests (a
 * 10,000-article workspace takes seconds); `WorkspaceIndex.resolution()` runs it to the end at once.
 */
export function* resolutionSteps(
  docs: readonly DocumentMentions[],
  corrections: EntityCorrections,
): Generator<void, Resolution> {
  let items = 0;
  let nextPause = SLICE_ITEMS;
  /** Counts `n` items of work; true once SLICE_ITEMS have been done since the last pause. */
  const due = (n = 1): boolean => {
    items += n;
    if (items < nextPause) return false;
    nextPause = items + SLICE_ITEMS;
    return true;
  };
  const g = gazetteer();
  const ignored = new Set(corrections.ignore.map(nameKey));
  const forced = new Map<string, EntityType>();
  const uf = new UnionFind();

  const located: Located[] = [];
  for (const doc of docs) {
    const user = userMentions(doc, corrections);
    for (const m of doc.mentions) {
      if (ignored.has(m.key) || user.some((u) => u.start < m.end && m.start < u.end)) continue;
      located.push({ uri: doc.uri, m });
    }
    for (const m of user) located.push({ uri: doc.uri, m });
    if (due(doc.mentions.length + 1)) yield;
  }

  // Name keys: gazetteer canonical forms and defined abbreviations.
  const equipmentAcronyms = new Map<string, string>();
  for (const { m } of located) {
    if (due()) yield;
    if (m.kind === 'equipment' && m.defines) equipmentAcronyms.set(m.defines, m.key);
    if (m.kind !== 'name') continue;
    const canonical = g.placeOf(m.key) ?? g.organizationOf(m.key);
    if (canonical) uf.union(nameKey(canonical), m.key);
    // Accents and case do not make another name: "Calderón" is "Calderon", "NETANYAHU" "Netanyahu".
    const folded = foldName(m.key);
    if (folded !== m.key) uf.union(m.key, folded);
    if (m.defines && !ignored.has(m.defines)) uf.union(m.key, m.defines);
  }
  for (const a of corrections.add) {
    for (const alias of a.aliases) uf.union(nameKey(a.name), nameKey(alias));
  }
  for (const group of corrections.merge) {
    for (const n of group.slice(1)) uf.union(nameKey(group[0]!), nameKey(n));
  }
  // An abbreviation of a weapon ("JDAMs") mentioned alone is that weapon.
  for (const item of located) {
    if (due()) yield;
    const { m } = item;
    const equipmentKey = m.kind === 'name' ? equipmentAcronyms.get(m.key) : undefined;
    if (equipmentKey) item.m = { ...m, kind: 'equipment', key: equipmentKey, evidence: undefined };
  }

  const evidence = new Map<string, TypeEvidence>();
  const evidenceOf = (root: string): TypeEvidence => {
    let e = evidence.get(root);
    if (!e) {
      e = { person: 0, organization: 0, place: 0 };
      evidence.set(root, e);
    }
    return e;
  };
  const coordinationEvidence = new Map<string, TypeEvidence>();
  const sumEvidence = function* (): Generator<void> {
    evidence.clear();
    for (const [key, e] of coordinationEvidence) {
      const target = evidenceOf(uf.find(key));
      target.person += e.person;
      target.organization += e.organization;
      target.place += e.place;
    }
    const hints = new Map<string, number>();
    for (const { m } of located) {
      if (due()) yield;
      if (m.kind !== 'name' || !m.evidence) continue;
      const root = uf.find(m.key);
      const e = evidenceOf(root);
      e.person += m.evidence.person;
      e.organization += m.evidence.organization;
      e.place += m.evidence.place;
      if (m.evidence.placeHint) hints.set(root, (hints.get(root) ?? 0) + m.evidence.placeHint);
    }
    for (const [root, hint] of hints) evidenceOf(root).place += Math.min(hint, MAX_PLACE_HINT);
  };
  for (const a of corrections.add) forced.set(uf.find(nameKey(a.name)), a.type);
  const typeOf = (root: string): EntityType | null => {
    const f = forced.get(root);
    if (f) return f;
    const e = evidence.get(root);
    if (!e) return null;
    const best = (['place', 'organization', 'person'] as NameType[]).reduce((a, b) => (e[b] > e[a] ? b : a));
    return e[best] >= MIN_EVIDENCE ? best : null;
  };

  // Coordinated names share a type when they have none of their own: "Jared Kushner and Avi Witkoff".
  const shareCoordinatedTypes = function* (): Generator<void> {
    for (const { m } of located) {
      if (due()) yield;
      if (m.kind !== 'name' || !m.coordinatedWith) continue;
      const root = uf.find(m.key);
      if (typeOf(root)) continue;
      for (const other of m.coordinatedWith) {
        const t = typeOf(uf.find(other));
        if (t !== 'person' && t !== 'organization' && t !== 'place') continue;
        if (!coordinationEvidence.has(m.key))
          coordinationEvidence.set(m.key, { person: 0, organization: 0, place: 0 });
        coordinationEvidence.get(m.key)![t] += MIN_EVIDENCE;
      }
    }
    yield* sumEvidence();
  };
  yield* sumEvidence();
  yield* shareCoordinatedTypes();

  const isPerson = (root: string) => typeOf(root) === 'person';
  yield* mergeNicknames(located, uf, isPerson, due);
  // A surname that names a country or organisation ("Jordan", "Hilton") stays itself; so does one
  // the workspace's evidence calls a place or body, unless its own article names the person.
  const mayLink = (key: string, inArticle: boolean): boolean => {
    const root = uf.find(key);
    if (forced.has(root) || g.placeOf(key) || g.organizationOf(key)) return false;
    const e = evidence.get(root);
    return inArticle || !(e && (e.place >= GAZETTEER_STRENGTH || e.organization >= GAZETTEER_STRENGTH));
  };
  yield* linkSurnames(located, uf, isPerson, mayLink, due);
  yield* sumEvidence();
  yield* shareCoordinatedTypes();

  const built = yield* buildEntities(located, uf, typeOf, ignored, due);
  yield* addGovernmentReferences(built, docs, due);
  return { ...built, equipmentAcronyms, ignored, corrections };
}

/**
 * The mentions of one document resolved against an existing workspace resolution, without
 * recomputing it: what an edit needs while the analyst types. Names the workspace does not know yet
 * stay unresolved until the next full resolution.
 */
export function resolveDocument(resolution: Resolution, doc: DocumentMentions): EntityMention[] {
  const out: EntityMention[] = [];
  const user = userMentions(doc, resolution.corrections);
  for (const m of user) {
    const id = resolution.keys.get(`${m.kind}|${m.key}`);
    if (id && resolution.entities.has(id))
      out.push({ uri: doc.uri, start: m.start, end: m.end, entityId: id });
  }
  const surnames = localSurnames(resolution, doc.mentions);
  for (const m of doc.mentions) {
    if (resolution.ignored.has(m.key) || user.some((u) => u.start < m.end && m.start < u.end)) continue;
    const equipment = m.kind === 'name' ? resolution.equipmentAcronyms.get(m.key) : undefined;
    const id =
      surnameOfOnePerson(surnames, m) ??
      resolution.keys.get(equipment ? `equipment|${equipment}` : `${m.kind}|${m.key}`);
    if (id && resolution.entities.has(id)) {
      out.push({ uri: doc.uri, start: m.start, end: m.end, entityId: id });
      continue;
    }
    if (m.kind !== 'name') continue;
    // "US Strategy" in a new headline still holds the known "US".
    for (const part of knownParts({ uri: doc.uri, m }, namesOf(resolution))) {
      out.push({ uri: doc.uri, start: part.item.m.start, end: part.item.m.end, entityId: part.groupKey });
    }
  }
  const mentions = withoutOverlaps(out);
  const governments = governmentReferences(doc, mentions, governmentLookup(resolution));
  return governments.length > 0 ? withoutOverlaps([...mentions, ...governments]) : mentions;
}

/** What `governments.ts` reads of a resolution (cached per resolution: a typed document asks often). */
const lookups = new WeakMap<Map<string, Entity>, GovernmentLookup>();
function governmentLookup(resolution: Pick<Resolution, 'entities' | 'keys'>): GovernmentLookup {
  let lookup = lookups.get(resolution.entities);
  if (!lookup) {
    const { entities, keys } = resolution;
    const places = new Map<string, Entity>();
    for (const e of entities.values()) if (e.type === 'place') places.set(e.name, e);
    lookup = {
      entity: (id) => entities.get(id),
      named: (key) => entities.get(keys.get(`name|${key}`) ?? ''),
      country: (name) => places.get(name),
    };
    lookups.set(entities, lookup);
  }
  return lookup;
}

/** Each document's bare "the administration", as the government it names (`governments.ts`). */
function* addGovernmentReferences(
  built: Pick<Resolution, 'entities' | 'byDocument' | 'keys'>,
  docs: readonly DocumentMentions[],
  due: (n?: number) => boolean,
): Generator<void> {
  const lookup = governmentLookup(built);
  const grown = new Set<Entity>();
  for (const doc of docs) {
    const mentions = built.byDocument.get(doc.uri) ?? [];
    if (due(mentions.length + 1)) yield; // a document's references cost as much as its mentions
    const governments = governmentReferences(doc, mentions, lookup);
    if (governments.length === 0) continue;
    built.byDocument.set(doc.uri, withoutOverlaps([...mentions, ...governments]));
    for (const m of governments) {
      const entity = built.entities.get(m.entityId)!;
      entity.mentions.push(m);
      grown.add(entity);
    }
  }
  for (const e of grown)
    e.mentions.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
}

/** Surname → person entities named in full in one document (as `linkSurnames` does it). */
function localSurnames(
  resolution: Resolution,
  mentions: readonly MentionCandidate[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of mentions) {
    const parts = m.kind === 'name' ? nameParts(m.key) : null;
    const id = parts && resolution.keys.get(`name|${m.key}`);
    if (!parts || !id || resolution.entities.get(id)?.type !== 'person') continue;
    if (!out.has(parts.surname)) out.set(parts.surname, new Set());
    out.get(parts.surname)!.add(id);
  }
  return out;
}

/** The one person of this document a bare surname stands for, unless the name is a place or body. */
function surnameOfOnePerson(surnames: Map<string, Set<string>>, m: MentionCandidate): string | undefined {
  if (m.kind !== 'name' || m.key.includes(' ')) return undefined;
  const people = surnames.get(foldName(m.key));
  if (people?.size !== 1) return undefined;
  const g = gazetteer();
  return g.placeOf(m.key) || g.organizationOf(m.key) ? undefined : [...people][0];
}

/** Name key → entity id, for finding known names inside unknown chunks (cached per resolution). */
const namesCache = new WeakMap<Resolution, Map<string, string>>();
function namesOf(resolution: Resolution): Map<string, string> {
  let names = namesCache.get(resolution);
  if (!names) {
    names = new Map();
    for (const [key, id] of resolution.keys) if (key.startsWith('name|')) names.set(key.slice(5), id);
    namesCache.set(resolution, names);
  }
  return names;
}

function* buildEntities(
  located: Located[],
  uf: UnionFind,
  typeOf: (root: string) => EntityType | null,
  ignored: Set<string>,
  due: (n?: number) => boolean,
): Generator<void, Pick<Resolution, 'entities' | 'byDocument' | 'keys'>> {
  const g = gazetteer();
  const groups = new Map<string, { type: EntityType; items: Located[] }>();
  const typedNames = new Map<string, string>(); // name key → group key, for recovering parts of untyped chunks
  const untyped: Located[] = [];
  for (const item of located) {
    if (due()) yield;
    const { m } = item;
    let groupKey: string;
    let type: EntityType | null;
    if (m.kind === 'name') {
      const root = uf.find(m.key);
      type = typeOf(root);
      if (!type) {
        untyped.push(item);
        continue;
      }
      groupKey = `${type}|${root}`;
      typedNames.set(m.key, groupKey);
    } else {
      type = m.kind;
      groupKey = `${type}|${m.key}`;
    }
    if (!groups.has(groupKey)) groups.set(groupKey, { type, items: [] });
    groups.get(groupKey)!.items.push(item);
  }
  // An untyped chunk may contain a known name: "US Strategy" (a headline) holds "US".
  for (const item of untyped) {
    if (due()) yield;
    for (const part of knownParts(item, typedNames)) groups.get(part.groupKey)!.items.push(part.item);
  }

  const entities = new Map<string, Entity>();
  const byDocument = new Map<string, EntityMention[]>();
  const keys = new Map<string, string>();
  for (const [groupKey, { type, items }] of groups) {
    // A group costs as many items as it has mentions; large ones (a country in every article) cost
    // milliseconds each: pause before them too.
    if (items.length > 64 || due(items.length)) yield;
    const root = groupKey.slice(groupKey.indexOf('|') + 1);
    // A name that only ever appears in Title Case headlines needs more than capitals to count.
    if (
      type !== 'quantity' &&
      type !== 'date' &&
      items.every((i) => i.m.inHeadline) &&
      !g.placeOf(root) &&
      !g.organizationOf(root)
    )
      continue;
    const name = displayName(type, root, items);
    if (ignored.has(nameKey(name))) continue;
    let id = `${type}:${slug(name)}`;
    for (let n = 2; entities.has(id); n++) id = `${type}:${slug(name)}-${n}`;
    const surfaces = new Map<string, string>();
    for (const { m } of items)
      if (!surfaces.has(nameKey(m.surface))) surfaces.set(nameKey(m.surface), m.surface);
    surfaces.delete(nameKey(name));
    const first = items[0]!.m;
    const entity: Entity = {
      id,
      type,
      name,
      aliases: [...surfaces.values()].sort(),
      value: type === 'quantity' || type === 'date' ? (first.value ?? null) : null,
      mentions: [],
    };
    if (type === 'quantity') {
      entity.unit = first.unit ?? null;
      entity.counts = first.counts ?? null;
    }
    const affiliations = new Set(items.map((i) => i.m.affiliation).filter((a): a is string => !!a));
    if (affiliations.size > 0) entity.affiliations = [...affiliations].sort();
    for (const { uri, m } of items) {
      if (due()) yield; // one group can hold a mention of every article
      keys.set(`${m.kind}|${m.key}`, id);
      const mention: EntityMention = { uri, start: m.start, end: m.end, entityId: id };
      entity.mentions.push(mention);
      if (!byDocument.has(uri)) byDocument.set(uri, []);
      byDocument.get(uri)!.push(mention);
    }
    entity.mentions.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
    entities.set(id, entity);
  }
  for (const [uri, mentions] of byDocument) {
    byDocument.set(uri, withoutOverlaps(mentions));
    if (due(mentions.length)) yield;
  }
  return { entities, byDocument, keys };
}

function knownParts(
  item: Located,
  typedNames: Map<string, string>,
): Array<{ groupKey: string; item: Located }> {
  const { m } = item;
  if (m.end - m.start !== m.surface.length) return []; // offsets inside would not map 1:1
  const words = [...m.surface.matchAll(/[^\s]+/g)];
  const parts: Array<{ groupKey: string; item: Located }> = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let j = words.length; j > i && !matched; j--) {
      const a = words[i]!.index!;
      const last = words[j - 1]!;
      const text = m.surface.slice(a, last.index! + last[0].length);
      const groupKey = typedNames.get(nameKey(text));
      if (groupKey && j - i < words.length) {
        const part: MentionCandidate = {
          ...m,
          start: m.start + a,
          end: m.start + a + text.length,
          surface: text,
          key: nameKey(text),
        };
        parts.push({ groupKey, item: { uri: item.uri, m: part } });
        matched = j - i;
      }
    }
    i += matched || 1;
  }
  return parts;
}

function displayName(type: EntityType, root: string, items: Located[]): string {
  const g = gazetteer();
  if (type === 'place' || type === 'organization') {
    const known = g.placeOf(root) ?? g.organizationOf(root);
    if (known) return known;
  }
  if (type === 'equipment' || type === 'quantity' || type === 'date') {
    const counts = new Map<string, number>();
    for (const { m } of items) {
      const n = m.name ?? m.surface;
      if (m.kind === 'equipment' && /^[A-Z]{2,6}s?$/.test(n)) continue;
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return mostFrequent(counts) ?? items[0]!.m.surface;
  }
  const counts = new Map<string, number>();
  // Full names beat short forms: the canonical person is "Benjamin Netanyahu", not "Netanyahu".
  const fullNames = type === 'person' && items.some(({ m }) => !m.inHeadline && /\s/.test(m.surface));
  for (const { m } of items) {
    if (m.inHeadline || (fullNames && !/\s/.test(m.surface))) continue;
    counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  }
  return mostFrequent(counts) ?? items[0]!.m.surface;
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [name, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== undefined && name.length > best.length)) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}

function withoutOverlaps(mentions: EntityMention[]): EntityMention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: EntityMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Occurrences of the names the analyst added, as whole words inside article text. */
function userMentions(doc: DocumentMentions, corrections: EntityCorrections): MentionCandidate[] {
  if (corrections.add.length === 0) return [];
  const out: MentionCandidate[] = [];
  for (const a of corrections.add) {
    for (const surface of [a.name, ...a.aliases]) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const s of doc.sentences) {
        const slice = doc.text.slice(s.start, s.end);
        for (const m of slice.matchAll(re)) {
          const start = s.start + (m.index ?? 0);
          const kind =
            a.type === 'person' || a.type === 'organization' || a.type === 'place' ? 'name' : a.type;
          out.push({
            start,
            end: start + surface.length,
            surface,
            kind,
            key: kind === 'name' ? nameKey(surface) : nameKey(a.name),
            name: a.name,
            value: null,
          });
        }
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
