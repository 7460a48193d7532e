// Builds the table of office holders the anachronism check reads (server/src/core/anachronisms)
// from data/offices/ (see its README). Runs before every build; output is git-ignored.

import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFICE_DIR, readOfficeData } from './office-data.mjs';

const here = fileURLToPath(import.meta.url);
const out = join(dirname(here), '..', 'server/src/core/anachronisms/generated/offices.json');
const inputs = [
  here,
  join(dirname(here), 'office-data.mjs'),
  join(OFFICE_DIR, 'offices.csv'),
  join(OFFICE_DIR, 'holders.csv'),
];

if (existsSync(out) && inputs.every((f) => statSync(out).mtimeMs > statSync(f).mtimeMs)) {
  process.exit(0); // up to date
}

const { offices, problems } = readOfficeData();
if (problems.length > 0) {
  console.error(`office data:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ offices }));
const terms = offices.reduce((n, o) => n + o.holders.length, 0);
console.error(`offices: ${offices.length} offices, ${terms} terms -> ${out}`);
