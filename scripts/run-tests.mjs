// Runs every test file under test/ with Node's test runner (TypeScript through tsx, and .test.mjs).
// Node 20's --test does not expand globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const suites = process.argv.slice(2);
const roots = suites.length
  ? suites.map((s) => join('test', s))
  : ['test/unit', 'test/protocol', 'test/quality'];
const files = roots.flatMap((root) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.mjs'))
    .map((f) => join(root, f)),
);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
