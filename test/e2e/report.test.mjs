// The exported HTML report in headless Chromium with the network blocked: it needs nothing but
// itself, asks for nothing, and shows every finding `analyze --json` reports with both quotes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { closeChromium, ensureChromium, launchChromium } from '../../scripts/e2e/browser.mjs';
import { REPO } from '../../scripts/e2e/codeServer.mjs';
import { copySeeds, tempRoot } from '../../scripts/e2e/workspace.mjs';

const CLI = join(REPO, 'dist', 'cli.js');
const cli = (...args) =>
  execFileSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });

/** An article whose single-source claim would load, run and style if it were markup. */
const HOSTILE = `Valencia flood rescue

Rescue teams in Valencia pulled 14 survivors from the metro station <script>fetch("http://127.0.0.1:9/run")</script> and <img src="http://127.0.0.1:9/p.png"> <link rel="stylesheet" href="https://127.0.0.1:9/x.css"> on Tuesday, officials said.
`;

const fold = (s) => s.replace(/\s+/g, ' ').trim();

describe('the exported HTML report, offline in Chromium', () => {
  let tmp;
  let browser;
  let folder;

  before(
    async () => {
      ensureChromium({ log: (m) => console.log(`# ${m}`) });
      tmp = tempRoot('triangulate-report-');
      folder = copySeeds(tmp.dir, 'seeds');
      writeFileSync(join(folder, '900_hostile.txt'), HOSTILE);
      browser = await launchChromium();
    },
    { timeout: 120_000 },
  );

  after(async () => {
    await closeChromium(browser);
    tmp?.remove();
  });

  it(
    'opens with no request but the file itself and shows both quotes of every finding',
    { timeout: 120_000 },
    async () => {
      const json = JSON.parse(cli('analyze', folder, '--json'));
      assert.ok(json.contradictions.length > 0, 'the seeds have contradictions');
      const file = join(tmp.dir, 'report.html');
      cli('report', folder, '--format', 'html', '--out', file);
      const url = pathToFileURL(file).href;

      const context = await browser.newContext({ offline: true });
      const requested = [];
      await context.route('**/*', (route) => {
        const target = route.request().url();
        if (target === url) return route.continue();
        requested.push(target);
        return route.abort();
      });
      const page = await context.newPage();
      page.on('request', (r) => {
        if (r.url() !== url && !requested.includes(r.url())) requested.push(r.url());
      });
      try {
        await page.goto(url, { waitUntil: 'load' });
        const text = fold(await page.locator('body').innerText());
        for (const c of json.contradictions) {
          assert.ok(text.includes(fold(c.a.text)), `the report quotes “${fold(c.a.text).slice(0, 60)}…”`);
          assert.ok(text.includes(fold(c.b.text)), `the report quotes “${fold(c.b.text).slice(0, 60)}…”`);
        }
        for (const s of json.singleSource) assert.ok(text.includes(fold(s.text)));
        // The hostile claim is shown as text, not obeyed.
        assert.ok(
          text.includes('<script>fetch("http://127.0.0.1:9/run")</script>'),
          'the claim is shown as its characters',
        );
        assert.equal(await page.locator('script, img, link[rel="stylesheet"]').count(), 0);
        assert.deepEqual(requested, [], 'no request went out');
        // Keyboard: the contents' links are reachable with Tab.
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'A');
      } finally {
        await context.close();
      }
    },
  );
});
