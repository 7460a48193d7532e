// The Debian packages `npm start` and the test suites need, installed when they are missing: as root
// with apt-get (`apt-get update` first only when the plain install fails, as on a fresh image without
// package lists); otherwise the error names the exact command to run, and the caller fails.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The browser the suites drive (Debian's `chromium` unless TRIANGULATE_CHROMIUM names another). */
export const CHROMIUM = process.env.TRIANGULATE_CHROMIUM ?? '/usr/bin/chromium';

export function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, command);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {}
  }
  return null;
}

/**
 * The folder of PostgreSQL's server programs (initdb, pg_ctl, postgres): Debian keeps them under
 * /usr/lib/postgresql/<version>/bin, off PATH; the newest version wins. Null when none is installed.
 */
export function postgresBin(root = '/usr/lib/postgresql') {
  let versions = [];
  try {
    versions = readdirSync(root).filter((v) => /^\d+$/.test(v));
  } catch {
    return null;
  }
  for (const v of versions.sort((a, b) => Number(b) - Number(a))) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/** Every Debian package used here: what it is for and how to tell it is installed. */
export const DEBIAN_PACKAGES = {
  ripgrep: { for: 'installing code-server (its search)', installed: () => Boolean(which('rg')) },
  'libkrb5-dev': {
    for: 'installing code-server (its kerberos module)',
    installed: () => Boolean(which('krb5-config')) || existsSync('/usr/include/gssapi/gssapi.h'),
  },
  chromium: { for: 'the browser the test suites drive', installed: () => existsSync(CHROMIUM) },
  postgresql: {
    for: 'the throwaway database of the team-corpus tests',
    installed: () => Boolean(postgresBin()),
  },
};

export const CODE_SERVER_PACKAGES = ['ripgrep', 'libkrb5-dev'];

export function missingPackages(names) {
  return names.filter((name) => !DEBIAN_PACKAGES[name].installed());
}

/** The command a user runs to install `packages` (with sudo unless they are root). */
export function aptCommand(packages, { root = isRoot() } = {}) {
  const sudo = root ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}

function isRoot() {
  return process.getuid?.() === 0;
}

/** Whether this process can install Debian packages itself: root, with apt-get on PATH. */
export function canInstall({ root = isRoot(), aptGet = which('apt-get') } = {}) {
  return root && Boolean(aptGet);
}

/** The error of a missing package that cannot be installed here, with the command that fixes it. */
export function missingPackagesMessage(missing, options) {
  const uses = missing.map((name) => `${name}: ${DEBIAN_PACKAGES[name].for}`).join('; ');
  return `Missing Debian package(s) ${missing.join(', ')} (${uses}). Install them with:\n  ${aptCommand(missing, options)}`;
}

function aptGet(args) {
  return spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function aptInstall(packages) {
  return aptGet(['install', '-y', '-qq', ...packages]);
}

/**
 * Makes sure the Debian packages `names` are installed. Returns at once when they are; installs the
 * missing ones as root; throws with the exact apt-get command otherwise or when installing fails.
 */
export function ensureDebianPackages(names, { log = console.log } = {}) {
  const missing = missingPackages(names);
  if (!missing.length) return;
  if (!canInstall()) throw new Error(missingPackagesMessage(missing));
  log(
    `Installing the missing Debian package(s) ${missing.join(', ')}: apt-get install -y ${missing.join(' ')}`,
  );
  let result = aptInstall(missing);
  if (result.status !== 0) {
    log('apt-get install failed; updating the package lists (apt-get update) and trying again…');
    aptGet(['update', '-qq']);
    result = aptInstall(missing);
  }
  const still = missingPackages(names);
  if (result.status !== 0 || still.length) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `apt-get could not install ${missing.join(', ')}:\n${tail}\n${missingPackagesMessage(still.length ? still : missing)}`,
    );
  }
  log(`Installed ${missing.join(', ')}.`);
}

// `node scripts/e2e/debianPackages.mjs`: every package at once, so `npm test` fails (or installs)
// before minutes of tests rather than at the first suite that needs one.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureDebianPackages(Object.keys(DEBIAN_PACKAGES));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
