// Debian's Chromium driven by playwright-core, for the end-to-end suites.
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureDebianPackages } from './debianPackages.mjs';
import { awaitGroupExit } from './processes.mjs';

/** Installs Debian's chromium when it is missing and this process can; throws with the command otherwise. */
export function ensureChromium({ log = console.log } = {}) {
  ensureDebianPackages(['chromium'], { log });
}

// Without the background-networking flags Chromium floods the closed network with refused connections.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const BROWSER_PID = Symbol('browser pid');

/** A headless Chromium; close it with closeChromium(). */
export async function launchChromium() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    // The browser process leads the process group of its zygotes, renderers and utilities.
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    browser[BROWSER_PID] = processInfo.find((p) => p.type === 'browser')?.id;
    await cdp.detach();
  } catch {}
  return browser;
}

/** Closes the browser and waits until every Chromium process it had is gone. */
export async function closeChromium(browser) {
  if (!browser) return;
  await browser.close().catch(() => {});
  const pid = browser[BROWSER_PID];
  if (pid) await awaitGroupExit(pid);
}
