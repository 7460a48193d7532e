/**
 * The case table of the model (see server/src/core/entities/ner/truecase.ts): how each word is
 * written in running text, from the training documents (never the held-out or development ones),
 * then the gazetteers for names the text does not show. Only words the default gets wrong are
 * stored.
 */
import { join } from 'node:path';
import data from '../../server/src/core/entities/generated/gazetteer.json';
import {
  COUNTRY_ABBREVIATIONS,
  KNOWN_ORGANIZATIONS,
  KNOWN_PLACES,
} from '../../server/src/core/entities/lexicon';
import { clusterOf } from '../../server/src/core/entities/ner/clusters';
import { hashString } from '../../server/src/core/entities/ner/hash';
import {
  CASE,
  CASE_SLOTS,
  type CaseClass,
  caseSlot,
  defaultCase,
  JOINERS,
  packCase,
} from '../../server/src/core/entities/ner/truecase';
import { isCapitalsLine } from '../../server/src/core/ingest/lines';
import { DATA_DIR, type DataFile } from './config';
import { readBio } from './data';

/** Counts of lower, Title and UPPER occurrences of a lower-cased word. */
type Counts = [number, number, number];

const WORD = /^\p{L}[\p{L}'’.&]*$/u;
const SENTENCE_START = new Set(['"', '“', ':', '-', '(', '—', '–', "'", '‘']);

function classOf(word: string): CaseClass | 0 {
  // "wikiHow", "iPhone": lower case at the start of a sentence's capitals.
  if (word === word.toLowerCase() || word.charAt(0) !== word.charAt(0).toUpperCase()) return CASE.lower;
  if (word.length > 1 && word === word.toUpperCase()) return CASE.upper;
  return word.charAt(0) === word.charAt(0).toUpperCase() ? CASE.title : 0;
}

/** Case counts over the words of training sentences not at a sentence start, prose counting thrice. */
function textCounts(files: readonly DataFile[], trains: (file: DataFile, id: string) => boolean) {
  const counts = new Map<string, Counts>();
  for (const file of files) {
    if (file.role !== 'split') continue;
    const weight = file.prose ? 3 : 1;
    for (const doc of readBio(join(DATA_DIR, file.name))) {
      if (!trains(file, doc.id)) continue;
      for (const { words } of doc.sentences) {
        if (isCapitalsLine(words.join(' '))) continue;
        words.forEach((w, i) => {
          if (i === 0 || SENTENCE_START.has(words[i - 1]!) || !WORD.test(w)) return;
          const c = classOf(w);
          if (c === 0) return;
          const key = w.toLowerCase();
          const entry = counts.get(key) ?? [0, 0, 0];
          entry[c - 1] += weight;
          counts.set(key, entry);
        });
      }
    }
  }
  return counts;
}

const d = data as { countries: string[][]; cities: string[]; firstNames: string[]; companyWords: string[] };

/** Words of the gazetteers' names as the lists write them ("Aachen", "NATO"). */
function gazetteerWords(names: Iterable<string>, out = new Map<string, CaseClass>()): Map<string, CaseClass> {
  for (const name of names) {
    for (const w of name.split(/[\s-]+/)) {
      const c = classOf(w);
      if (WORD.test(w) && c !== 0 && c !== CASE.lower && !out.has(w.toLowerCase()))
        out.set(w.toLowerCase(), c);
    }
  }
  return out;
}

/** Countries, places and organisations the lexicons know ("United Kingdom", "Home Office"). */
const knownNames = (): string[] => [
  ...[...d.countries, ...KNOWN_PLACES, ...KNOWN_ORGANIZATIONS].flat(),
  ...Object.keys(COUNTRY_ABBREVIATIONS),
];

/**
 * Every gazetteer word: those of known names and first names, then of cities and company names unless
 * the word is in the vectors' vocabulary ("Drama", "Shell": there the clusters decide).
 */
function allGazetteerWords(clusters: Uint32Array): Map<string, CaseClass> {
  const out = gazetteerWords(knownNames());
  const rare = (w: string) => clusterOf(clusters, hashString(w.toLowerCase())) === 0;
  gazetteerWords(d.firstNames, out);
  gazetteerWords(d.cities.flatMap((n) => n.split(/[\s-]+/)).filter(rare), out);
  for (const w of d.companyWords) if (!out.has(w) && rare(w)) out.set(w, CASE.title);
  return out;
}

/** Share of Title Case above which a word lower case in running text is a name word. */
const NAME_WORD_SHARE = 0.2;
/** Shorter words are function words ("the", "of", "is"), name words only by the gazetteers ("New"). */
const NAME_WORD_LENGTH = 4;

const textCase = ([lower, title, upper]: Counts): CaseClass =>
  upper > lower && upper > title ? CASE.upper : title > lower ? CASE.title : CASE.lower;

/** The clusters of the word vectors, and the words clustered. */
export interface ClusterWords {
  table: Uint32Array;
  words: readonly string[];
}

const fineCluster = (clusters: Uint32Array, word: string): number =>
  (clusterOf(clusters, hashString(word)) & 511) - 1;

/** Clusters most of whose words the training text writes as names (surnames, places, clubs). */
function nameClusters(cases: ReadonlyMap<string, CaseClass>, clusters: Uint32Array): Set<number> {
  const names = new Map<number, [number, number]>();
  for (const [word, c] of cases) {
    const k = fineCluster(clusters, word);
    if (k < 0) continue;
    const entry = names.get(k) ?? [0, 0];
    entry[c === CASE.lower ? 1 : 0]++;
    names.set(k, entry);
  }
  const out = new Set<number>();
  for (const [k, [name, lower]] of names) if (name + lower >= 5 && name > lower) out.add(k);
  return out;
}

/** Share of Title Case above which a gazetteer's word lower case in running text is a name word
 * ("Lee", "Law"; not "Said" or "Will", first names too). */
const GAZETTEER_NAME_SHARE = 0.05;

/**
 * A word the text writes in lower case that is often a name, or in one ("Party", "Cook"): in a
 * cluster of names, or often in Title Case.
 */
function isNameWord(
  word: string,
  [lower, title, upper]: Counts,
  inNameCluster: boolean,
  inGazetteer: boolean,
): boolean {
  if (JOINERS.has(word)) return false;
  const share = (title + upper) / (lower + title + upper);
  if (inNameCluster || (inGazetteer && share >= GAZETTEER_NAME_SHARE)) return true;
  return word.length >= NAME_WORD_LENGTH && share >= NAME_WORD_SHARE;
}

/** The table shipped in the model: word hash → case, for words whose case is not the default. */
export function buildCaseTable(
  files: readonly DataFile[],
  trains: (file: DataFile, id: string) => boolean,
  clusters: ClusterWords,
): Uint32Array {
  const counts = textCounts(files, trains);
  const fromText = new Map([...counts].map(([word, c]) => [word, textCase(c)] as const));
  const named = nameClusters(fromText, clusters.table);
  const inNameCluster = (word: string) => named.has(fineCluster(clusters.table, word));
  const gazetteer = allGazetteerWords(clusters.table);
  const decided = new Map<string, CaseClass>();
  for (const [word, c] of fromText) {
    const nameWord = isNameWord(word, counts.get(word)!, inNameCluster(word), gazetteer.has(word));
    decided.set(word, c === CASE.lower && nameWord ? CASE.nameWord : c);
  }
  for (const [word, c] of gazetteer) if (!decided.has(word)) decided.set(word, c);
  for (const word of clusters.words)
    if (!decided.has(word) && inNameCluster(word)) decided.set(word, CASE.title);
  const table = new Uint32Array(CASE_SLOTS);
  let stored = 0;
  for (const [word, c] of [...decided].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (c === defaultCase(word, clusters.table)) continue;
    if (++stored > CASE_SLOTS * 0.7) throw new Error('case table: too many words for its slots');
    const h = hashString(word);
    let slot = caseSlot(h);
    while (table[slot] !== 0) slot = (slot + 1) % CASE_SLOTS;
    table[slot] = packCase(h, c);
  }
  console.log(`case table: ${decided.size} words decided (${named.size} name clusters), ${stored} stored`);
  return table;
}
