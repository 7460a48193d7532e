import data from '../claims/generated/wordnet.json';
import {
  ACTIVITY_GROUPS,
  CURATED_ANTONYMS,
  CURATED_DERIVATIONS,
  EXCLUSIVE_GROUPS,
  EXCLUSIVE_MANNERS,
  EXCLUSIVE_WITHIN,
  MOVES_DOWN,
  MOVES_UP,
} from './words';

interface WordnetData {
  antonyms: string[][];
  senses: Record<string, number[]>;
  derivations: Record<string, string>;
}
const wordnet = data as WordnetData;

const antonyms = new Map<string, Set<string>>();
const addAntonym = (a: string, b: string) => {
  const set = antonyms.get(a);
  if (set) set.add(b);
  else antonyms.set(a, new Set([b]));
};
const MOVES = MOVES_UP.flatMap((up) => MOVES_DOWN.map((down) => [up, down] as const));
for (const [a, b] of [...wordnet.antonyms, ...CURATED_ANTONYMS, ...MOVES]) {
  addAntonym(a!, b!);
  addAntonym(b!, a!);
}

/** Opposites: WordNet's verb and adjective antonyms plus a curated list of news verbs. */
export const antonymous = (a: string, b: string): boolean => antonyms.get(a)?.has(b) ?? false;

/** Whether a word has any opposite at all (most do not: the comparison skips them). */
export const hasAntonym = (word: string): boolean => antonyms.has(word);

/** Whether a word names an activity that can exclude another. */
export const isActivity = (word: string): boolean => groupsOf.has(word) || mannerWords.has(word);

const NO_SENSES: readonly number[] = [];

/** A word's most frequent WordNet senses: two words sharing one align ("buy" / "purchase"). */
export const sensesOf = (word: string): readonly number[] => wordnet.senses[word] ?? NO_SENSES;

/** The verb an event noun derives from ("withdrawal" → "withdraw"), or the word itself. */
export const eventVerb = (noun: string): string =>
  CURATED_DERIVATIONS[noun] ?? wordnet.derivations[noun] ?? noun;

const groupsOf = new Map<string, string[]>();
for (const [group, verbs] of Object.entries(ACTIVITY_GROUPS))
  for (const v of verbs) groupsOf.set(v, [...(groupsOf.get(v) ?? []), group]);
const exclusiveGroups = new Set(EXCLUSIVE_GROUPS.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
const exclusiveManners = new Set(EXCLUSIVE_MANNERS.flatMap(([x, y]) => [`${x}|${y}`, `${y}|${x}`]));
const mannerWords = new Set(EXCLUSIVE_MANNERS.flat());

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
