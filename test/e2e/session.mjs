// What every UI suite does around its scenarios: a clean artifacts folder, one browser window per
// scenario with a screenshot on failure, and everything stopped at the end.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closeChromium } from '../../scripts/e2e/browser.mjs';
import { Workbench } from './workbench.mjs';

/** Creates `dir` and removes the screenshots and logs an earlier run left there. */
export function clearArtifacts(dir) {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/\.(png|log)$/.test(f)) rmSync(join(dir, f));
}

/** Runs `fn(workbench)` in a new window opened at `url`; a failure leaves a screenshot in `shots`. */
export async function inWindow(browser, { url, folder, shots, prefix }, fn) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const wb = new Workbench(page, { folder, shots, prefix });
  try {
    await wb.load(url);
    await fn(wb);
  } catch (e) {
    const shot = await wb.screenshot('FAILED').catch(() => null);
    if (shot) e.message += `\n(screenshot: ${shot})`;
    throw e;
  } finally {
    await context.close();
  }
}

/** Stops the browser and code-server, keeps code-server's log in `artifacts`, removes `tmp`. */
export async function endSession({ browser, server, tmp, artifacts }) {
  await closeChromium(browser);
  await server?.stop();
  if (server && existsSync(server.logFile)) copyFileSync(server.logFile, join(artifacts, 'code-server.log'));
  tmp?.remove();
}
