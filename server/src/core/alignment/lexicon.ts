import data from '../claims/generated/wordnet.json';
import {
  ACTIVITY_GROUPS,
  CURATED_ANTONYMS,
  CURATED_DERIVATIONS,
  EXCLUSIVE_GROUPS,
  EXCLUSIVE_MANNERS,
  EXCLUSIVE_WITHIN,
} from './words';

interface WordnetData {
  antonyms: string[][];
  senses: Record<string, number[]>;
  derivations: Record<string, string>;
}
const wordnet = data as WordnetData;

const antonymPairs = new Set<string>();
for (const [a, b] of [...wordnet.antonyms, ...CURATED_ANTONYMS]) {
  antonymPairs.add(`${a}|${b}`);
  antonymPairs.add(`${b}|${a}`);
}

/** Opposites: WordNet's verb and adjective antonyms plus a curated list of news verbs. */
export const antonymous = (a: string, b: string): boolean => antonymPairs.has(`${a}|${b}`);

/** Two words share one of their most frequent WordNet senses ("buy" / "purchase", "big" / "large"). */
export function sameSense(a: string, b: string): boolean {
  const x = wordnet.senses[a];
  const y = wordnet.senses[b];
  if (!x || !y) return false;
  for (const s of x) if (y.includes(s)) return true;
  return false;
}

/** The verb an event noun derives from ("withdrawal" → "withdraw"), or the word itself. */
export const eventVerb = (noun: string): string =>
  CURATED_DERIVATIONS[noun] ?? wordnet.derivations[noun] ?? noun;

const groupsOf = new Map<string, string[]>();
for (const [group, verbs] of Object.entries(ACTIVITY_GROUPS))
  for (const v of verbs) groupsOf.set(v, [...(groupsOf.get(v) ?? []), group]);
const exclusiveGroups = new Set(EXCLUSIVE_GROUPS.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
const exclusiveManners = new Set(EXCLUSIVE_MANNERS.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));

/** Two activities one doer cannot carry on at once ("sitting" / "running", "whispering" / "shouting"). */
export function incompatibleActs(a: string, b: string): boolean {
  if (a === b) return false;
  if (exclusiveManners.has(`${a}|${b}`)) return true;
  for (const x of groupsOf.get(a) ?? []) {
    for (const y of groupsOf.get(b) ?? []) {
      if (x === y ? EXCLUSIVE_WITHIN.includes(x) : exclusiveGroups.has(`${x}|${y}`)) return true;
    }
  }
  return false;
}
