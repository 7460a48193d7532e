// Bundles the extension-host suite (test/extension/suite/*.ts) into dist/test/extension/ with esbuild:
// index.js (the extensionTestsPath) and one *.test.js per test file. `vscode` and `mocha` stay
// external (the extension host provides the first, the repository's node_modules the second).
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '..', '..');
export const SUITE_OUT = join(REPO, 'dist', 'test', 'extension');
/** The file VS Code loads as `extensionTestsPath`. */
export const SUITE_INDEX = join(SUITE_OUT, 'index.js');

export async function buildExtensionTests() {
  const suite = join(HERE, 'suite');
  const entryPoints = readdirSync(suite)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(suite, f));
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_INDEX;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildExtensionTests();
  console.log(`Extension-host suite bundled into ${SUITE_OUT}`);
}
