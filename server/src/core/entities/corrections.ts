import { ENTITY_TYPES, type EntityType } from './types';

/**
 * The analyst's corrections, kept in `.triangulate/entities.json` at the workspace root:
 *
 * {
 *   "version": 1,
 *   "add":    [ { "name": "Ran Gvili", "type": "person", "aliases": ["Gvili"] } ],
 *   "merge":  [ ["Avi Witkoff", "Steve Witkoff"] ],
 *   "ignore": [ "Leverage Held" ]
 * }
 *
 * `add` declares an entity (and its aliases) and forces its type; `merge` makes several names one
 * entity (the first is the canonical name); `ignore` drops a name that is not an entity.
 */
export interface EntityCorrections {
  add: Array<{ name: string; type: EntityType; aliases: string[] }>;
  merge: string[][];
  ignore: string[];
}

export const EMPTY_CORRECTIONS: EntityCorrections = { add: [], merge: [], ignore: [] };

export const CORRECTIONS_PATH = '.triangulate/entities.json';

const MAX_ENTRIES = 10_000;
const MAX_NAME = 200;

const isName = (v: unknown): v is string =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_NAME;

/**
 * Parses the corrections file. Never throws: entries that do not fit the schema are skipped and
 * described in `problems`, so one typo does not discard the analyst's other corrections.
 */
export function parseCorrections(json: string): { corrections: EntityCorrections; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { corrections: EMPTY_CORRECTIONS, problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { corrections: EMPTY_CORRECTIONS, problems: ['the file must hold a JSON object'] };
  }
  const obj = raw as Record<string, unknown>;
  const list = (field: string): unknown[] => {
    const v = obj[field];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      problems.push(`"${field}" must be an array`);
      return [];
    }
    return v.slice(0, MAX_ENTRIES);
  };
  const corrections: EntityCorrections = { add: [], merge: [], ignore: [] };
  list('add').forEach((entry, i) => {
    const e = entry as Record<string, unknown> | null;
    if (!e || !isName(e.name) || !ENTITY_TYPES.includes(e.type as EntityType)) {
      problems.push(`add[${i}] needs a "name" and a "type" (one of ${ENTITY_TYPES.join(', ')})`);
      return;
    }
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter(isName) : [];
    corrections.add.push({
      name: e.name.trim(),
      type: e.type as EntityType,
      aliases: aliases.map((a) => a.trim()),
    });
  });
  list('merge').forEach((group, i) => {
    if (!Array.isArray(group) || group.filter(isName).length < 2) {
      problems.push(`merge[${i}] must be an array of at least two names`);
      return;
    }
    corrections.merge.push(group.filter(isName).map((n) => n.trim()));
  });
  list('ignore').forEach((name, i) => {
    if (!isName(name)) problems.push(`ignore[${i}] must be a name`);
    else corrections.ignore.push(name.trim());
  });
  return { corrections, problems };
}

/** Serialises corrections the way they are stored: stable order, pretty-printed, newline-terminated. */
export function serializeCorrections(c: EntityCorrections): string {
  const sortedUnique = (names: string[]): string[] => [...new Set(names)].sort((a, b) => a.localeCompare(b));
  const out = {
    version: 1,
    add: [...c.add]
      .map((a) => ({ name: a.name, type: a.type, aliases: sortedUnique(a.aliases) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    merge: c.merge
      .map((g) => [g[0]!, ...sortedUnique(g.slice(1))])
      .sort((a, b) => a[0]!.localeCompare(b[0]!)),
    ignore: sortedUnique(c.ignore),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
