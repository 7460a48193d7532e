// Reads the table of office holders (data/offices/offices.csv and holders.csv, see its README)
// into offices with their titles and terms, and every problem found in the data.
// Shared by the build (scripts/build-offices.mjs) and the data test.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OFFICE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'offices');

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z]{2,4}(-[a-z]+)+$|^pope$/;

/** Rows of a small CSV without quoting (the table never needs commas inside a field). */
function rows(file, problems) {
  const lines = readFileSync(join(OFFICE_DIR, file), 'utf8').split(/\r?\n/);
  const header = lines[0].split(',');
  const out = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split(',');
    if (fields.length !== header.length) {
      problems.push(`${file}:${i + 2}: expected ${header.length} fields, found ${fields.length}`);
      return;
    }
    out.push({
      where: `${file}:${i + 2}`,
      ...Object.fromEntries(header.map((h, k) => [h, fields[k].trim()])),
    });
  });
  return out;
}

const validDay = (s) => DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
const list = (s) => (s ? s.split('|').map((x) => x.trim()) : []);

/** Offices with titles and holders' terms; `problems` lists malformed, duplicate or impossible rows. */
export function readOfficeData() {
  const problems = [];
  const offices = new Map();
  for (const r of rows('offices.csv', problems)) {
    if (!ID.test(r.office)) problems.push(`${r.where}: office id "${r.office}" is not like "us-president"`);
    if (offices.has(r.office)) problems.push(`${r.where}: duplicate office ${r.office}`);
    if (r.keeps_title !== 'yes' && r.keeps_title !== 'no')
      problems.push(`${r.where}: keeps_title must be yes or no`);
    const titles = list(r.titles);
    const folded = titles.map((t) => t.toLowerCase());
    if (new Set(folded).size !== folded.length) problems.push(`${r.where}: a title is listed twice`);
    if (titles.length === 0) problems.push(`${r.where}: no titles`);
    offices.set(r.office, {
      id: r.office,
      label: r.label,
      keepsTitle: r.keeps_title === 'yes',
      titles,
      holders: [],
    });
  }
  const seen = new Set();
  for (const r of rows('holders.csv', problems)) {
    const office = offices.get(r.office);
    if (!office) {
      problems.push(`${r.where}: unknown office ${r.office}`);
      continue;
    }
    if (!validDay(r.from)) problems.push(`${r.where}: "from" is not a day (YYYY-MM-DD): ${r.from}`);
    if (r.to && !validDay(r.to)) problems.push(`${r.where}: "to" is not a day (YYYY-MM-DD): ${r.to}`);
    if (r.to && r.to <= r.from) problems.push(`${r.where}: the term ends before it starts`);
    const key = `${r.office}|${r.name}|${r.from}`;
    if (seen.has(key)) problems.push(`${r.where}: duplicate term of ${r.name}`);
    seen.add(key);
    const aliases = list(r.aliases);
    if (aliases.includes(r.name) || new Set(aliases).size !== aliases.length)
      problems.push(`${r.where}: an alias repeats the name or another alias`);
    const earlier = office.holders.filter((h) => h.name === r.name);
    for (const h of earlier)
      if (!h.to || h.to > r.from) problems.push(`${r.where}: ${r.name}'s terms in ${r.office} overlap`);
    office.holders.push({ name: r.name, aliases, from: r.from, to: r.to || null });
  }
  return { offices: [...offices.values()], problems };
}
