// The packaged extension as a user installs it: `npm run package`, then `code-server
// --install-extension triangulate.vsix` into the suite's own extensions folder and profile, then a
// fresh copy of seeds/ opened WITHOUT the extension-development path: the installed VSIX alone must
// activate, analyse the seeds and show README's pictures on its details page (offline: inlined).
//
//   node --test --test-reporter=spec test/e2e/vsix.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureChromium, launchChromium } from '../../scripts/e2e/browser.mjs';
import { installExtension, REPO, startCodeServer } from '../../scripts/e2e/codeServer.mjs';
import { copySeeds, tempRoot } from '../../scripts/e2e/workspace.mjs';
import { clearArtifacts, endSession, inWindow } from './session.mjs';

const ARTIFACTS = join(REPO, 'artifacts', 'e2e-vsix');
const VSIX = join(REPO, 'triangulate.vsix');
const F003 = '003_2a34e0967e57bb20.txt';
const TIMEOUT = 180_000;

/** The relative image links of README.md (what its details page shows). */
function readmeImages() {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  return [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^\w+:/.test(l));
}

function packageVsix() {
  rmSync(VSIX, { force: true });
  const result = spawnSync('npm', ['run', 'package'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(result.status, 0, `npm run package failed:\n${result.stdout}\n${result.stderr}`);
  assert.ok(existsSync(VSIX), 'npm run package wrote triangulate.vsix');
  console.log(`# triangulate.vsix: ${(statSync(VSIX).size / 1024 / 1024).toFixed(2)} MB`);
}

describe('the packaged VSIX installed in code-server', () => {
  let tmp;
  let server;
  let browser;
  let installed;

  before(
    async () => {
      ensureChromium({ log: (m) => console.log(`# ${m}`) });
      clearArtifacts(ARTIFACTS);
      packageVsix();
      tmp = tempRoot('triangulate-vsix-');
      const profile = { userDataDir: join(tmp.dir, 'user-data'), extensionsDir: join(tmp.dir, 'extensions') };
      const output = await installExtension(VSIX, { ...profile, log: (m) => console.log(`# ${m}`) });
      console.log(`# ${output.trim().split('\n').at(-1)}`);
      installed = readdirSync(profile.extensionsDir)
        .filter((d) => d.startsWith('triangulate.triangulate-'))
        .map((d) => join(profile.extensionsDir, d))[0];
      server = await startCodeServer({
        ...profile,
        settings: { 'files.autoSave': 'off', 'editor.wordWrap': 'on' },
        logFile: join(tmp.dir, 'code-server.log'),
      });
      browser = await launchChromium();
    },
    { timeout: 300_000 },
  );

  after(() => endSession({ browser, server, tmp, artifacts: ARTIFACTS }));

  it('installs into the extensions folder with the bundles, and README with its pictures inlined', () => {
    assert.ok(installed, 'code-server --install-extension created triangulate.triangulate-<version>');
    for (const f of [
      'dist/client.js',
      'dist/server.js',
      'dist/analysisWorker.js',
      'models/ner/model.bin',
      'models/vectors/vectors.bin',
    ])
      assert.ok(existsSync(join(installed, f)), `${f} is in the VSIX`);
    const readme = readdirSync(installed).find((f) => /^readme\.md$/i.test(f));
    assert.ok(readme, 'the VSIX has a README');
    const pictures = [
      ...readFileSync(join(installed, readme), 'utf8').matchAll(/!\[[^\]]*\]\(data:image\/png;base64,/g),
    ];
    assert.equal(pictures.length, readmeImages().length, 'each README picture is inlined');
  });

  it(
    'activates on the seeds: the role contradiction of 003 in Problems, and README’s pictures on its details page',
    { timeout: TIMEOUT },
    async () => {
      const folder = copySeeds(tmp.dir, 'seeds');
      // No payload: only the installed extension.
      const url = server.workbenchUrl(folder);
      await inWindow(browser, { url, folder, shots: ARTIFACTS, prefix: 'vsix' }, async (wb) => {
        await wb.openFromExplorer(F003);
        await wb.waitForIndexed();
        await wb.showProblems();
        await wb.problemRow('Who did it? This source: Biden administration', 'role').first().waitFor();
        await wb.screenshot('problems');

        await wb.command('Extensions: Show Enabled Extensions');
        await wb.page
          .locator('.extensions-viewlet .monaco-list-row', { hasText: 'Triangulate' })
          .first()
          .click();
        const loaded = await waitForReadmeImages(wb.page, readmeImages().length);
        await wb.screenshot('details-page');
        assert.equal(loaded, readmeImages().length, 'every README picture is displayed');
      });
    },
  );
});

/**
 * Waits until the details page's README (a webview: frames inside frames) has `count` inlined
 * pictures decoded (naturalWidth > 0); returns the number found when that happens or at the timeout.
 */
async function waitForReadmeImages(page, count, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let best = 0;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const n = await frame
        .evaluate(
          () =>
            [...document.images].filter(
              (i) => i.complete && i.naturalWidth > 0 && i.src.startsWith('data:image/png'),
            ).length,
        )
        .catch(() => 0);
      best = Math.max(best, n);
    }
    if (best >= count) return best;
    await page.waitForTimeout(250);
  }
  return best;
}
