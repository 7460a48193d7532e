import data from '../claims/generated/wordnet.json';
import { CURATED_ANTONYMS, CURATED_DERIVATIONS } from './words';

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
