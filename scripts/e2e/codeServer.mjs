// code-server 4.100.3 (= VS Code 1.100.3) as a real VS Code for `npm start` and the end-to-end suites.
// Installed on first use into .cache/code-server (offline-safe: the ripgrep download is served from a
// local tarball of Debian's `rg`), started on a free port of 127.0.0.1 with its own user-data,
// extensions and config, and stopped by killing its whole process group.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_PACKAGES, ensureDebianPackages, which } from './debianPackages.mjs';
import { killGroupNow, stopGroup } from './processes.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code release inside that code-server. */
export const VSCODE_VERSION = '1.100.3';
/** Where code-server is installed and where `npm start` keeps its state (git-ignored). */
export const CACHE_DIR = process.env.TRIANGULATE_CODE_SERVER_CACHE
  ? resolve(process.env.TRIANGULATE_CODE_SERVER_CACHE)
  : join(REPO, '.cache', 'code-server');
const INSTALL_DIR = join(CACHE_DIR, 'install');
const ENTRY = join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const MARKER = join(INSTALL_DIR, `.installed-${CODE_SERVER_VERSION}`);
const CONFIG_FILE = join(CACHE_DIR, 'config.yaml');
// @vscode/ripgrep 1.15.11 (a code-server dependency) downloads ripgrep v13.0.0-10 from GitHub unless
// this asset is already in its cache folder under $TMPDIR. Debian's ripgrep is the same 13.0.0.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET = {
  x64: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz',
  arm64: 'ripgrep-v13.0.0-10-aarch64-unknown-linux-musl.tar.gz',
};

// npm 11's install-script policy: code-server's post-install installs VS Code's own modules, and
// argon2 (imported at start-up) builds its native module.
const CODE_SERVER_SCRIPTS = { 'code-server': true, argon2: true };

/** Settings every code-server started here needs: no trust dialog, no welcome page, quick hovers. */
export const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.hover.delay': 150,
};

/**
 * The demo profile of `npm start` on top of BASE_SETTINGS (settings the user changes there are
 * kept): saving as the desktop does (the web workbench autosaves after a delay; seeds/ are test
 * data), no git pop-ups (seeds/ sits inside this repository, and git may be missing on a fresh
 * machine), and plain-text articles, a paragraph per line, wrapped.
 */
export const DEMO_SETTINGS = {
  'files.autoSave': 'off',
  'git.openRepositoryInParentFolders': 'never',
  'git.ignoreMissingGitWarning': true,
  '[plaintext]': { 'editor.wordWrap': 'on' },
};

export function isCodeServerInstalled() {
  return existsSync(MARKER) && existsSync(ENTRY);
}

/**
 * Installs code-server into .cache/code-server unless it is there already (then it returns at once).
 * Installs the Debian packages it needs when it can; throws with the exact apt-get command otherwise.
 */
export async function ensureCodeServer({ log = console.log } = {}) {
  if (isCodeServerInstalled()) return ENTRY;
  const release = await installLock(log);
  try {
    if (isCodeServerInstalled()) return ENTRY; // another process installed it meanwhile
    return await install(log);
  } finally {
    release();
  }
}

/** One installer at a time (e.g. two suites started together on a fresh machine). */
async function installLock(log) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const lock = join(CACHE_DIR, 'install.lock');
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {}
    let stale = false;
    if (holder) {
      try {
        process.kill(holder, 0);
      } catch (e) {
        stale = e.code === 'ESRCH';
      }
    } else {
      try {
        stale = Date.now() - statSync(lock).mtimeMs > 60_000; // pid never written
      } catch {}
    }
    if (stale) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!announced) {
      log(`Waiting for another process (pid ${holder || '?'}) installing code-server into ${CACHE_DIR}…`);
      announced = true;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function install(log) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} needs Node 20 (this is Node ${process.versions.node}).`,
    );
  }
  ensureDebianPackages(CODE_SERVER_PACKAGES, { log });
  const asset = RIPGREP_ASSET[process.arch];
  if (process.platform !== 'linux' || !asset) {
    throw new Error(
      `Installing code-server offline is supported on Linux x64/arm64 only (this is ${process.platform}/${process.arch}).`,
    );
  }
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${CACHE_DIR} (first use only, about 70 s)…`);
  mkdirSync(INSTALL_DIR, { recursive: true });
  writeFileSync(
    join(INSTALL_DIR, 'package.json'),
    `${JSON.stringify({ name: 'triangulate-code-server', private: true, allowScripts: CODE_SERVER_SCRIPTS }, null, 2)}\n`,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'triangulate-code-server-install-'));
  try {
    const rgCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    mkdirSync(rgCache);
    const rg = which('rg');
    const tar = spawnSync('tar', ['-czf', join(rgCache, asset), '-C', dirname(rg), 'rg'], {
      encoding: 'utf8',
    });
    if (tar.status !== 0) throw new Error(`Could not pack ${rg} for the ripgrep cache: ${tar.stderr}`);
    const logFile = join(CACHE_DIR, 'install.log');
    const out = openSync(logFile, 'w');
    const code = await new Promise((resolvePromise, reject) => {
      const npm = spawn('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: INSTALL_DIR,
        stdio: ['ignore', out, out],
        env: {
          ...process.env,
          TMPDIR: tmp,
          // As root, code-server's post-install refuses to run without unsafe-perm; node-pty's
          // post-install runs `npx node-gyp`, which a cold npx cache cancels unless `yes` is set.
          npm_config_unsafe_perm: 'true',
          npm_config_yes: 'true',
          npm_config_update_notifier: 'false',
        },
      });
      npm.on('error', reject);
      npm.on('exit', (c, signal) => resolvePromise(signal ? 1 : c));
    });
    if (code !== 0 || !existsSync(ENTRY)) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(
        `npm install code-server@${CODE_SERVER_VERSION} failed (exit ${code}); see ${logFile}:\n${tail}`,
      );
    }
    writeFileSync(MARKER, `${new Date().toISOString()}\n`);
    log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    return ENTRY;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Merges the base settings and `settings` into `<userDataDir>/User/settings.json`. With
 * `keepExisting`, values already in the file win (a profile the user keeps across runs).
 */
export function seedUserSettings(userDataDir, settings = {}, { keepExisting = false } = {}) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'settings.json');
  let current = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // A settings.json with comments (edited by hand): leave a kept profile alone.
      if (keepExisting) return;
      current = {};
    }
  }
  const merged = keepExisting
    ? { ...BASE_SETTINGS, ...settings, ...current }
    : { ...current, ...BASE_SETTINGS, ...settings };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
}

export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

/** The environment minus what `node --test` sets for its own children. */
function withoutTestRunnerVariables(env) {
  const { NODE_TEST_CONTEXT: _, ...rest } = env;
  return rest;
}

/** Without --config code-server writes ~/.config/code-server/config.yaml: keep it in the cache. */
function configFile() {
  mkdirSync(CACHE_DIR, { recursive: true });
  if (!existsSync(CONFIG_FILE)) writeFileSync(CONFIG_FILE, 'auth: none\ncert: false\n');
  return CONFIG_FILE;
}

/** The profile of one code-server: its config file, settings and state, and extensions folder. */
function profileArguments(userDataDir, extensionsDir) {
  return ['--config', configFile(), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** code-server keeps logs and a heartbeat file under XDG_DATA_HOME: keep them in the cache too. */
function codeServerEnvironment() {
  const xdg = join(CACHE_DIR, 'xdg');
  return {
    ...withoutTestRunnerVariables(process.env),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_CONFIG_HOME: join(xdg, 'config'),
  };
}

/**
 * Installs a packaged extension into `extensionsDir` with code-server's own command line, as a user
 * does (`code-server --install-extension triangulate.vsix`). Returns its output; throws on failure.
 */
export async function installExtension(vsix, { userDataDir, extensionsDir, log = () => {} }) {
  const entry = await ensureCodeServer({ log });
  const result = spawnSync(
    process.execPath,
    [entry, ...profileArguments(userDataDir, extensionsDir), '--install-extension', vsix],
    { encoding: 'utf8', env: codeServerEnvironment(), timeout: 120_000 },
  );
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed:\n${output}`);
  return output;
}

/**
 * The workbench URL of code-server at `origin` opening `folder`. `payload` (absolute paths, e.g.
 * { extensionDevelopmentPath, extensionTestsPath }) is VS Code's hidden `payload` parameter, which
 * loads an extension from source: every URL of another folder must carry it too.
 */
export function workbenchUrl(origin, folder, payload = {}) {
  const remote = `vscode-remote://${new URL(origin).host}`;
  const entries = Object.entries(payload).map(([k, v]) => [k, `${remote}${v}`]);
  const query = `folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
  return entries.length
    ? `${origin}/?${query}&payload=${encodeURIComponent(JSON.stringify(entries))}`
    : `${origin}/?${query}`;
}

const live = new Set();
let exitHookInstalled = false;

/**
 * Starts code-server in its own process group and waits for /healthz.
 * Returns { port, origin, pid, logFile, workbenchUrl(folder, payload), stop() }.
 */
export async function startCodeServer({
  userDataDir,
  extensionsDir,
  settings = {},
  keepExistingSettings = false,
  handleSignals = true,
  env = {},
  port,
  logFile,
  log = () => {},
} = {}) {
  const entry = await ensureCodeServer({ log });
  if (!userDataDir || !extensionsDir) throw new Error('startCodeServer needs userDataDir and extensionsDir');
  mkdirSync(extensionsDir, { recursive: true });
  seedUserSettings(userDataDir, settings, { keepExisting: keepExistingSettings });
  const listenPort = port ?? (await freePort());
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = spawn(
    process.execPath,
    [
      entry,
      '--bind-addr',
      `127.0.0.1:${listenPort}`,
      '--auth',
      'none',
      ...profileArguments(userDataDir, extensionsDir),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...codeServerEnvironment(),
        ...env,
      },
    },
  );
  const pid = child.pid;
  let exited = false;
  const exitedPromise = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
  child.on('exit', () => {
    exited = true;
  });
  live.add(pid);
  if (!exitHookInstalled) {
    // code-server runs in its own process group, so Ctrl-C in the terminal does not reach it: kill
    // it when this process exits or is interrupted (callers may handle signals themselves).
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const p of live) killGroupNow(p);
    });
    if (handleSignals) {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.once(signal, () => {
          for (const p of live) killGroupNow(p);
          process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
        });
      }
    }
  }
  const origin = `http://127.0.0.1:${listenPort}`;

  const stop = async () => {
    if (!live.has(pid)) return;
    await stopGroup(pid);
    live.delete(pid);
  };

  // Wait for /healthz (about 1 s), failing fast if the process exits.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      live.delete(pid);
      const { code, signal } = await exitedPromise;
      throw new Error(
        `code-server exited during start-up (${signal ?? code})${logFile ? `; see ${logFile}` : ''}`,
      );
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${origin}/healthz within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    port: listenPort,
    origin,
    pid,
    logFile,
    workbenchUrl: (folder, payload) => workbenchUrl(origin, folder, payload),
    stop,
    exited: exitedPromise,
  };
}
