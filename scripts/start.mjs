// `npm start [-- <folder>]`: builds Triangulate and opens a folder (default: the sample workspace
// seeds/) in a real VS Code with the extension loaded from this folder (as F5 does) and enabled for
// that folder (TRIANGULATE_ENABLE=1 in the development window; the folder's own settings still win):
//  - the desktop VS Code (`code --extensionDevelopmentPath=<repo> <folder>`) when `code` is on PATH;
//  - otherwise code-server 4.100.3 (VS Code 1.100.3 in the browser), installed on first use into
//    .cache/code-server and served on 127.0.0.1; open the printed URL, which keeps the hidden
//    `payload` parameter that loads the extension. Its profile (settings, state) lives in
//    .cache/code-server too, nothing goes to ~/.config.
// Ctrl-C stops code-server and everything it started.
//
//   node scripts/start.mjs [<folder>] [--code-server] [--port <n>] [--no-build]
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  CACHE_DIR,
  CODE_SERVER_VERSION,
  DEMO_SETTINGS,
  ensureCodeServer,
  REPO,
  startCodeServer,
  VSCODE_VERSION,
} from './e2e/codeServer.mjs';
import { which } from './e2e/debianPackages.mjs';
import { parseStartArguments } from './startArguments.mjs';

let options;
try {
  options = parseStartArguments(process.argv.slice(2), {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    defaultFolder: join(REPO, 'seeds'),
  });
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const { folder } = options;
// Read by the extension (client/src/enablement.ts) in a development window only.
const LAUNCH_ENV = { TRIANGULATE_ENABLE: '1' };

function build() {
  console.log('Building Triangulate (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    console.error('npm run build failed.');
    process.exit(result.status ?? 1);
  }
}

function openDesktop(code) {
  console.log(`Opening ${folder} in VS Code (${code}) with Triangulate loaded from ${REPO}…`);
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${REPO}`, folder], {
    stdio: 'inherit',
    env: { ...process.env, ...LAUNCH_ENV },
  });
  child.on('error', (e) => {
    console.error(`Could not run ${code}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (status) => process.exit(status ?? 0));
}

async function serve() {
  try {
    await ensureCodeServer();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const portOption = options.port ?? process.env.PORT;
  const server = await startCodeServer({
    userDataDir: join(CACHE_DIR, 'user-data'),
    extensionsDir: join(CACHE_DIR, 'extensions'),
    // Settings changed by the user in this profile are kept.
    settings: DEMO_SETTINGS,
    keepExistingSettings: true,
    handleSignals: false, // stopped below, gracefully
    port: portOption ? Number(portOption) : undefined,
    logFile: join(CACHE_DIR, 'code-server.log'),
    env: LAUNCH_ENV,
  });
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server…');
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGHUP', () => void stop(0));
  server.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`code-server stopped (${signal ?? code}); see ${server.logFile}`);
    process.exit(1);
  });
  const url = server.workbenchUrl(folder, { extensionDevelopmentPath: REPO });
  console.log(`
Triangulate is loaded in VS Code ${VSCODE_VERSION} (code-server ${CODE_SERVER_VERSION}), workspace ${folder}.
Open this URL in a browser:

  ${url}

(Extension development host: the extension is loaded from ${REPO}; rebuild with \`npm run build\`
and run “Developer: Reload Window” to pick up changes. Log: ${server.logFile})
Press Ctrl-C to stop.`);
}

if (options.build) build();
const code = options.codeServer || process.env.TRIANGULATE_CODE_SERVER ? null : which('code');
if (code) openDesktop(code);
else await serve();
