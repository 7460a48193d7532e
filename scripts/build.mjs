// Bundles the client, the language server, its analysis worker and the CLI into dist/ with esbuild.
// `--watch` rebuilds on change; `--minify` for release builds (npm run package).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: minify ? false : 'linked',
  minify,
  logLevel: 'info',
  legalComments: 'none',
};

/**
 * For bundles that talk to the team corpus: the migrations ship inside as text; pg's optional native
 * and Cloudflare transports are never loaded on Node (pg requires them only when asked for them).
 */
const corpusBundling = { loader: { '.sql': 'text' }, external: ['pg-native', 'pg-cloudflare'] };

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The server reads the team corpus (triangulate.corpus.url) with pg, like the CLI below.
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist', ...corpusBundling },
  // Worker threads of the initial index (server and CLI), loaded from next to them.
  { ...common, entryPoints: { analysisWorker: 'server/src/node/analysisWorker.ts' }, outdir: 'dist' },
  {
    ...common,
    entryPoints: { cli: 'server/src/cli/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    ...corpusBundling,
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
