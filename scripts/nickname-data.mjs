// Reads the nickname table (data/nicknames/names.csv, upstream) and its local changes
// (data/nicknames/local.csv) into pairs of given names that can name one person.
// Shared by the build (scripts/build-nicknames.mjs) and the data test.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NICKNAME_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'nicknames');

const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const NAME = /^[a-z][a-z'.-]*$/;

/**
 * Every line of names.csv is a name followed by names it is related to; only those head → name
 * relations count (the relation is not transitive: "bill" relates to both "william" and "robert",
 * which are not the same name). Returns the pairs and every problem found in the data.
 */
export function readNicknameData(dir = NICKNAME_DIR) {
  const problems = [];
  const upstream = new Map();
  const lines = readFileSync(join(dir, 'names.csv'), 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const [head, ...rest] = line.split(',').map((n) => n.trim().toLowerCase());
    for (const name of rest) {
      if (!NAME.test(name) || name === head) continue; // "k.c." initials, self-references
      upstream.set(pairKey(head, name), [head, name, `names.csv:${i + 1}`]);
    }
  });
  const added = new Map();
  const excluded = new Map();
  const local = readFileSync(join(dir, 'local.csv'), 'utf8').split(/\r?\n/);
  local.forEach((line, i) => {
    const where = `local.csv:${i + 1}`;
    if (line.trim() === '' || line.startsWith('#')) return;
    const m = /^([+-])([a-z'.-]+),([a-z'.-]+)$/.exec(line.trim());
    if (!m) {
      problems.push(`${where}: expected "+name,name" or "-name,name": ${line}`);
      return;
    }
    const [, sign, a, b] = m;
    const key = pairKey(a, b);
    if (a === b) problems.push(`${where}: a name paired with itself: ${line}`);
    if (added.has(key) || excluded.has(key)) problems.push(`${where}: duplicate pair ${a}/${b}`);
    if (sign === '+' && upstream.has(key)) problems.push(`${where}: ${a}/${b} is already in names.csv`);
    if (sign === '-' && !upstream.has(key)) problems.push(`${where}: ${a}/${b} is not in names.csv`);
    (sign === '+' ? added : excluded).set(key, [a, b, where]);
  });
  return { upstream, added, excluded, problems };
}

/**
 * The pairs to ship: upstream minus exclusions minus pairs of a name only men bear and one only
 * women bear ("paul"/"paula": relatives, never one person), plus the local additions.
 */
export function nicknamePairs(data, male, female) {
  const onlyMale = (n) => male.has(n) && !female.has(n);
  const onlyFemale = (n) => female.has(n) && !male.has(n);
  const pairs = [];
  for (const [key, [a, b]] of data.upstream) {
    if (data.excluded.has(key)) continue;
    if ((onlyMale(a) && onlyFemale(b)) || (onlyFemale(a) && onlyMale(b))) continue;
    pairs.push([a, b]);
  }
  for (const [a, b] of data.added.values()) pairs.push([a, b]);
  return pairs.sort((x, y) => (x.join('|') < y.join('|') ? -1 : 1));
}
