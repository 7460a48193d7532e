// Runs the extension-host suite (test/extension/suite) with the real `vscode` API, two ways:
//  (a) @vscode/test-electron against a desktop VS Code: $VSCODE_EXECUTABLE, or the one behind `code`
//      on PATH (nothing is downloaded);
//  (b) code-server (VS Code 1.100.3 web) opened in headless Chromium with the workbench `payload`
//      [["extensionDevelopmentPath", …], ["extensionTestsPath", …]].
// Each route runs on a fresh copy of seeds/. Results come back through the file named by
// TRIANGULATE_TEST_RESULTS and are printed here; the exit code is non-zero when a test fails or when
// no route could run.
//
//   node test/extension/run.mjs [--no-build] [--electron-only | --code-server-only]
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { closeChromium, ensureChromium, launchChromium } from '../../scripts/e2e/browser.mjs';
import { startCodeServer } from '../../scripts/e2e/codeServer.mjs';
import { which } from '../../scripts/e2e/debianPackages.mjs';
import { copySeeds, tempRoot } from '../../scripts/e2e/workspace.mjs';
import { buildExtensionTests, REPO } from './build.mjs';

const args = new Set(process.argv.slice(2));

/**
 * The team corpus fixture (test/extension/corpusFixture.ts): a throwaway PostgreSQL with one article
 * indexed. Its description reaches the suite through the environment (the password as PGPASSWORD,
 * as a user's editor would have it); null when PostgreSQL cannot be started here (those tests skip).
 */
function startCorpusFixture() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO, 'test', 'extension', 'corpusFixture.ts')],
    {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.stdin.end();
    });
  return new Promise((resolve) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => done(null, 'no corpus within 120 s'), 120_000);
    let settled = false;
    const done = (fixture, why) => {
      if (settled) return; // its exit after stop() is expected
      settled = true;
      clearTimeout(timer);
      if (!fixture) {
        log(`team corpus fixture: ${why}; its tests are skipped`);
        child.kill();
      }
      resolve(fixture ? { ...fixture, stop } : null);
    };
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n')) done(JSON.parse(line));
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('exit', (code) => done(null, `exited with ${code}: ${err.trim().split('\n').at(-1) ?? ''}`));
  });
}

/** The suite's environment for the corpus fixture. */
const corpusEnv = (fixture) =>
  fixture
    ? {
        TRIANGULATE_TEST_CORPUS_URL: fixture.url,
        TRIANGULATE_TEST_CORPUS_PATH: fixture.path,
        TRIANGULATE_TEST_CORPUS_TEXT: fixture.text,
        PGPASSWORD: fixture.password,
      }
    : {};
const ARTIFACTS = join(REPO, 'artifacts', 'extension-tests');
const TIMEOUT_MS = Number(process.env.TRIANGULATE_EXTENSION_TEST_TIMEOUT ?? 240_000);
const log = (...a) => console.log('[test:extension]', ...a);

function readRecords(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      try {
        return JSON.parse(line);
      } catch {
        return { type: 'log', text: line };
      }
    });
}

/**
 * Resolves true once the results file holds the suite's 'end' record, false after `timeoutMs`:
 * woken by changes in its folder (the workbench appends from another process), not by polling.
 */
function untilEnded(file, timeoutMs) {
  return new Promise((resolve) => {
    const ended = () => readRecords(file).some((r) => r.type === 'end');
    if (ended()) return resolve(true);
    const finish = (value) => {
      watcher.close();
      clearTimeout(timer);
      resolve(value);
    };
    const watcher = watch(dirname(file), () => {
      if (ended()) finish(true);
    });
    const timer = setTimeout(() => finish(ended()), timeoutMs);
  });
}

/** Prints mocha's spec output from the results file; returns { ended, passes, failures }. */
function report(file, route) {
  const records = readRecords(file);
  for (const r of records) if (r.type === 'log') console.log(r.text);
  const end = records.find((r) => r.type === 'end');
  if (end?.error) console.log(end.error);
  const passes = records.filter((r) => r.type === 'pass').length;
  const failures = records.filter((r) => r.type === 'fail').length;
  if (!end)
    log(`${route}: the suite did not finish (${passes} passed, ${failures} failed before it stopped).`);
  else log(`${route}: ${end.passes} passed, ${end.failures} failed, ${end.pending} pending.`);
  return { ended: Boolean(end), passes, failures: end ? end.failures : failures };
}

/** The Electron executable of a desktop VS Code, or null. */
function desktopVSCode() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  const code = which('code');
  if (!code) return null;
  // Linux packages: /usr/bin/code → /usr/share/code/bin/code (a script) next to /usr/share/code/code.
  const candidate = join(dirname(dirname(realpathSync(code))), 'code');
  return existsSync(candidate) ? candidate : null;
}

async function runElectron(executable, suiteIndex, fixture) {
  const { runTests } = await import('@vscode/test-electron');
  const tmp = tempRoot('triangulate-exttest-electron-');
  const results = join(tmp.dir, 'results.jsonl');
  const workspace = copySeeds(tmp.dir, 'seeds');
  log(`test-electron: running in the desktop VS Code at ${executable}`);
  const started = Date.now();
  let ok = false;
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: { TRIANGULATE_TEST_RESULTS: results, ...corpusEnv(fixture) },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${join(tmp.dir, 'user-data')}`,
        `--extensions-dir=${join(tmp.dir, 'extensions')}`,
      ],
    });
    ok = true;
  } catch (e) {
    log(`test-electron: ${e.message}`);
  }
  const r = report(results, 'test-electron');
  log(`test-electron: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  tmp.remove();
  return ok && r.ended && r.failures === 0;
}

async function runCodeServer(suiteIndex, fixture) {
  rmSync(ARTIFACTS, { recursive: true, force: true }); // left by an earlier failing run
  const tmp = tempRoot('triangulate-exttest-cs-');
  const results = join(tmp.dir, 'results.jsonl');
  const csLog = join(tmp.dir, 'code-server.log');
  const workspace = copySeeds(tmp.dir, 'seeds');
  const started = Date.now();
  let server;
  let browser;
  const pageErrors = [];
  let page;
  let outcome = { ended: false, failures: 1 };
  try {
    ensureChromium({ log });
    server = await startCodeServer({
      userDataDir: join(tmp.dir, 'user-data'),
      extensionsDir: join(tmp.dir, 'extensions'),
      env: { TRIANGULATE_TEST_RESULTS: results, ...corpusEnv(fixture) },
      logFile: csLog,
      log,
    });
    log(
      `code-server: ${server.origin} (pid ${server.pid}), started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(
      server.workbenchUrl(workspace, { extensionDevelopmentPath: REPO, extensionTestsPath: suiteIndex }),
    );
    // The workbench loads the extension and calls run(); wait for its 'end' record.
    if (!(await untilEnded(results, TIMEOUT_MS))) log(`code-server: no result within ${TIMEOUT_MS / 1000} s`);
    outcome = report(results, 'code-server');
  } catch (e) {
    log(`code-server: ${e.message}`);
    report(results, 'code-server');
  } finally {
    const failed = !outcome.ended || outcome.failures > 0;
    if (failed) {
      mkdirSync(ARTIFACTS, { recursive: true });
      if (page) await page.screenshot({ path: join(ARTIFACTS, 'workbench.png') }).catch(() => {});
      if (existsSync(csLog)) copyFileSync(csLog, join(ARTIFACTS, 'code-server.log'));
      for (const e of pageErrors.slice(0, 10)) log(`page error: ${e}`);
      log(`code-server: screenshot and log in ${ARTIFACTS}`);
    }
    await closeChromium(browser);
    await server?.stop();
    tmp.remove();
  }
  log(`code-server: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outcome.ended && outcome.failures === 0;
}

async function main() {
  const t0 = Date.now();
  if (!args.has('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
    if (build.status !== 0) {
      console.error(build.stdout, build.stderr);
      log('npm run build failed');
      return 1;
    }
    log(`npm run build: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const suiteIndex = await buildExtensionTests();
  const fixture = await startCorpusFixture();
  try {
    return await runRoutes(suiteIndex, fixture, t0);
  } finally {
    await fixture?.stop();
  }
}

async function runRoutes(suiteIndex, fixture, t0) {
  let ran = 0;
  let failed = 0;
  if (!args.has('--code-server-only')) {
    const executable = desktopVSCode();
    if (!executable) {
      log('test-electron: skipped, no desktop VS Code here (set VSCODE_EXECUTABLE to its executable).');
    } else {
      ran++;
      if (!(await runElectron(executable, suiteIndex, fixture))) failed++;
    }
  }
  if (!args.has('--electron-only')) {
    ran++;
    if (!(await runCodeServer(suiteIndex, fixture))) failed++;
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (ran === 0) {
    log(`FAIL: no VS Code to run the extension-host suite in (${seconds} s).`);
    return 1;
  }
  log(`${failed === 0 ? 'PASS' : 'FAIL'}: ${ran - failed} of ${ran} route(s) passed in ${seconds} s.`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main().catch((e) => {
  console.error(e);
  return 1;
});
