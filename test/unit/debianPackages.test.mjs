// The Debian packages npm start and the suites need: installed when possible, otherwise a clear
// failure that names the exact command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { aptCommand, canInstall, missingPackagesMessage } from '../../scripts/e2e/debianPackages.mjs';

test('only root with apt-get installs packages itself', () => {
  assert.equal(canInstall({ root: true, aptGet: '/usr/bin/apt-get' }), true);
  assert.equal(canInstall({ root: false, aptGet: '/usr/bin/apt-get' }), false);
  assert.equal(canInstall({ root: true, aptGet: null }), false);
});

test('the command to run uses sudo for a normal user and not for root', () => {
  assert.equal(
    aptCommand(['ripgrep', 'chromium'], { root: false }),
    'sudo apt-get update && sudo apt-get install -y ripgrep chromium',
  );
  assert.equal(aptCommand(['chromium'], { root: true }), 'apt-get update && apt-get install -y chromium');
  assert.match(
    missingPackagesMessage(['chromium'], { root: false }),
    /chromium: the browser the test suites drive/,
  );
});

test('without apt-get a missing browser fails with the exact command, installing nothing', () => {
  const script =
    "import('./scripts/e2e/debianPackages.mjs').then((m) => m.ensureDebianPackages(['chromium'])).catch((e) => { console.error(e.message); process.exit(3); })";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    // No apt-get on PATH, and a browser path that does not exist.
    env: { PATH: dirname(process.execPath), TRIANGULATE_CHROMIUM: '/nonexistent/chromium' },
  });
  assert.equal(result.status, 3, result.stderr);
  assert.match(result.stderr, /Missing Debian package\(s\) chromium/);
  assert.match(result.stderr, /apt-get update && (sudo )?apt-get install -y chromium/);
});
