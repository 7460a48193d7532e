// Driving VS Code's web workbench (code-server 4.100.3 = VS Code 1.100.3) like a user, with
// Playwright. Rules that keep this stable:
//  - never hold element handles: VS Code re-renders editor lines when semantic tokens or
//    diagnostics arrive, so every step re-resolves its locator (or re-reads the DOM in evaluate());
//  - every wait is on a DOM condition with a timeout; nothing sleeps for a fixed time;
//  - hovers are retried (mouse out, mouse in) when the line re-rendered under the pointer.
import { join } from 'node:path';

const WAIT = 30_000;
/** The editor's content hover (not the workbench's tooltips). */
const EDITOR_HOVER = '.monaco-editor .monaco-hover:not(.hidden)';

export class Workbench {
  /**
   * @param {import('playwright-core').Page} page
   * @param {{ folder: string, shots: string, prefix: string }} options
   */
  constructor(page, { folder, shots, prefix }) {
    this.page = page;
    this.folder = folder;
    this.shots = shots;
    this.prefix = prefix;
    this.shotCount = 0;
    this.started = Date.now();
  }

  /** A diagnostic line in the test output (retries, timings). */
  note(message) {
    console.log(`# [${this.prefix} +${((Date.now() - this.started) / 1000).toFixed(1)} s] ${message}`);
  }

  async screenshot(name) {
    this.shotCount++;
    const file = join(this.shots, `${this.prefix}-${String(this.shotCount).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  // ---- workbench ----

  async load(url) {
    await this.page.goto(url);
    await this.waitForWorkbench();
    this.note('workbench loaded');
  }

  async waitForWorkbench() {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.part.activitybar').waitFor({ timeout: WAIT });
  }

  /** Runs a command from the palette (F1), waiting until the command is the focused row. */
  async command(title) {
    await this.quickInput(`>${title}`, title);
  }

  /**
   * Opens the quick input (F1), types `text`, waits until the row containing `row` is focused and
   * accepts it with Enter.
   */
  async quickInput(text, row) {
    const { page } = this;
    await this.closeWidgets();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: WAIT });
    await input.fill(text);
    await page
      .locator('.quick-input-widget .monaco-list-row.focused', { hasText: row })
      .first()
      .waitFor({ timeout: WAIT });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: WAIT });
  }

  /** Closes a hover, quick input or menu left open. */
  async closeWidgets() {
    const { page } = this;
    const open = page.locator(
      `.quick-input-widget:visible, .action-widget:visible, ${EDITOR_HOVER}:visible, .token-inspect-widget:visible`,
    );
    for (let i = 0; i < 3 && (await open.count()) > 0; i++) {
      await page.keyboard.press('Escape');
    }
    await page.mouse.move(2, 300);
  }

  async reloadWindow() {
    const { page } = this;
    const loaded = page.waitForEvent('load', { timeout: 60_000 });
    await this.command('Developer: Reload Window');
    await loaded;
    await this.waitForWorkbench();
  }

  /** Waits for the status item “Triangulate: 5 sources · 70 entities” (the index is ready). */
  async waitForIndexed() {
    await this.page
      .locator('.part.statusbar .statusbar-item', { hasText: /Triangulate: \d+ sources? · \d+ entities/ })
      .first()
      .waitFor({ timeout: 60_000 });
    this.note('index ready');
  }

  // ---- explorer and editors ----

  /** Shows the Explorer by its activity-bar icon (unless it is showing) and clicks the file's row. */
  async openFromExplorer(fileName) {
    const { page } = this;
    await this.showContainer('Explorer');
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName });
    await row.waitFor({ timeout: WAIT });
    await row.click();
    await this.waitForActiveEditor(fileName);
  }

  /** Opens a file of the workspace with Quick Open (its name, no `>`), leaving the sidebar as it is. */
  async quickOpen(fileName) {
    await this.quickInput(fileName, fileName);
    await this.waitForActiveEditor(fileName);
  }

  async waitForActiveEditor(fileName) {
    await this.page.waitForFunction(
      (f) => (document.querySelector('.tabs-container .tab.active')?.textContent ?? '').includes(f),
      fileName,
      { timeout: WAIT },
    );
    await this.page
      .locator('.editor-instance .monaco-editor .view-lines .view-line')
      .first()
      .waitFor({ timeout: WAIT });
  }

  activeTabText() {
    return this.page.locator('.tabs-container .tab.active').first().innerText();
  }

  /** The line of the active editor containing `text` (re-resolved on every use). */
  line(text) {
    return this.page
      .locator('.editor-instance .monaco-editor .view-lines .view-line', { hasText: text })
      .first();
  }

  /**
   * Centre of the first fully visible occurrence of `word` in the active editor (or null), read from
   * the DOM at call time.
   */
  wordPoint(word, lineText) {
    return this.page.evaluate(
      ({ word, lineText }) => {
        const editor = document.querySelector('.editor-instance .monaco-editor');
        if (!editor) return null;
        const guard = editor.querySelector('.overflow-guard').getBoundingClientRect();
        for (const line of editor.querySelectorAll('.view-lines .view-line')) {
          const text = line.textContent.replace(/\u00a0/g, ' ');
          if (lineText && !text.includes(lineText)) continue;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const i = node.data.replace(/\u00a0/g, ' ').indexOf(word);
            if (i < 0) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + word.length);
            const b = range.getBoundingClientRect();
            if (
              b.width > 0 &&
              b.left >= guard.left + 40 &&
              b.right <= guard.right - 20 &&
              b.top >= guard.top &&
              b.bottom <= guard.bottom - 5
            ) {
              return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
            }
          }
        }
        return null;
      },
      { word, lineText },
    );
  }

  async waitForWord(word, lineText) {
    await this.page.waitForFunction(
      ({ word, lineText }) =>
        [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')].some((l) => {
          const t = l.textContent.replace(/\u00a0/g, ' ');
          return t.includes(word) && (!lineText || t.includes(lineText));
        }),
      { word, lineText },
      { timeout: WAIT },
    );
  }

  /**
   * The rendered colour (CSS `color`) of the first occurrence of each word in the active editor,
   * read from the DOM at call time (null for a word not rendered).
   */
  wordColors(words) {
    return this.page.evaluate((words) => {
      const colors = {};
      const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')];
      for (const word of words) {
        colors[word] = null;
        for (const line of lines) {
          const span = [...line.querySelectorAll('span span')].find((s) =>
            s.textContent.replace(/\u00a0/g, ' ').includes(word),
          );
          if (span) {
            colors[word] = getComputedStyle(span).color;
            break;
          }
        }
      }
      return colors;
    }, words);
  }

  /** Waits until `word` is rendered in another colour than `plainWord` (its semantic token arrived). */
  async waitForColoured(word, plainWord) {
    await this.page.waitForFunction(
      ({ word, plainWord }) => {
        const color = (w) => {
          for (const s of document.querySelectorAll('.editor-instance .view-line span span'))
            if (s.textContent.replace(/\u00a0/g, ' ').includes(w)) return getComputedStyle(s).color;
          return null;
        };
        return color(word) && color(plainWord) && color(word) !== color(plainWord);
      },
      { word, plainWord },
      { timeout: WAIT },
    );
  }

  /** Waits until the workbench shows a theme of `kind` ('vs' light, 'vs-dark' dark). */
  async waitForThemeKind(kind) {
    await this.page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: WAIT });
  }

  /** Clicks into `word` (puts the cursor there). */
  /**
   * The page of the (first) webview panel: a frame inside the panel's frame. Locators in it wait
   * like any other.
   */
  webview() {
    return this.page.frameLocator('iframe.webview.ready >> nth=0').frameLocator('iframe#active-frame');
  }

  async clickWord(word, lineText) {
    await this.waitForWord(word, lineText);
    const p = await this.wordPoint(word, lineText);
    if (!p) throw new Error(`“${word}” is not visible in the editor`);
    await this.page.mouse.click(p.x, p.y);
  }

  /**
   * Hovers `word` and returns the hover's text once it matches `expected`. Retries with the mouse
   * out and in again: the line may re-render under the pointer when tokens or diagnostics arrive.
   */
  async hover(word, expected, { lineText, attempts = 8 } = {}) {
    const { page } = this;
    const visibleHover = page.locator(EDITOR_HOVER);
    let last = '';
    for (let attempt = 0; attempt < attempts; attempt++) {
      await page.mouse.move(2, 300);
      await visibleHover
        .first()
        .waitFor({ state: 'hidden', timeout: 5_000 })
        .catch(() => {});
      await this.waitForWord(word, lineText);
      const p = await this.wordPoint(word, lineText);
      if (!p) throw new Error(`“${word}” is not visible in the editor`);
      await page.mouse.move(p.x - 3, p.y, { steps: 2 });
      await page.mouse.move(p.x, p.y, { steps: 2 });
      try {
        await page.waitForFunction(
          ({ source, flags, selector }) => {
            const re = new RegExp(source, flags);
            return [...document.querySelectorAll(selector)].some((h) => re.test(h.innerText));
          },
          { source: expected.source, flags: expected.flags, selector: EDITOR_HOVER },
          { timeout: 4_000 },
        );
        return (await visibleHover.allInnerTexts()).join('\n');
      } catch {
        last = (await visibleHover.allInnerTexts().catch(() => [])).join('\n');
        this.note(
          `hover on “${word}”: attempt ${attempt + 1} did not match ${expected}${last ? '' : ' (no hover)'}`,
        );
      }
    }
    throw new Error(`The hover on “${word}” never matched ${expected}; last hover: ${last || '(none)'}`);
  }

  /** The hover link whose text contains `text` (re-resolved). */
  hoverLink(text) {
    return this.page.locator(`${EDITOR_HOVER} a`, { hasText: text }).first();
  }

  /** “Developer: Inspect Editor Tokens and Scopes” on `word`; returns the widget's text once it shows a semantic token type. */
  async inspectTokens(word, { lineText, attempts = 6 } = {}) {
    const { page } = this;
    const widget = page.locator('.token-inspect-widget');
    let last = '';
    for (let attempt = 0; attempt < attempts; attempt++) {
      await this.clickWord(word, lineText);
      await this.command('Developer: Inspect Editor Tokens and Scopes');
      await widget.waitFor({ timeout: WAIT });
      try {
        await page.waitForFunction(
          () => /semantic token type/.test(document.querySelector('.token-inspect-widget')?.innerText ?? ''),
          null,
          { timeout: 5_000 },
        );
        return await widget.innerText();
      } catch {
        last = await widget.innerText().catch(() => '');
        this.note(`token inspection on “${word}”: attempt ${attempt + 1} showed no semantic token type`);
        await page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden', timeout: WAIT });
      }
    }
    throw new Error(`No semantic token type on “${word}”; last widget text: ${last}`);
  }

  /** The status bar's cursor/selection item, e.g. “Ln 24, Col 173 (172 selected)”. */
  selectionStatus() {
    return this.page.locator('#status\\.editor\\.selection').innerText();
  }

  async waitForSelectionStatus(re) {
    await this.page.waitForFunction(
      ({ source, flags }) =>
        new RegExp(source, flags).test(
          document.querySelector('#status\\.editor\\.selection')?.innerText ?? '',
        ),
      { source: re.source, flags: re.flags },
      { timeout: WAIT },
    );
    return this.selectionStatus();
  }

  /** Squiggles of the active editor with the text of the line they are on. */
  squiggles() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      if (!editor) return [];
      const lines = [...editor.querySelectorAll('.view-lines .view-line')].map((l) => {
        const b = l.getBoundingClientRect();
        return { top: b.top, bottom: b.bottom, text: l.textContent.replace(/\u00a0/g, ' ') };
      });
      return [
        ...editor.querySelectorAll(
          '.view-overlays [class*="squiggly-"], .view-lines [class*="squiggly-inline-"]',
        ),
      ].map((s) => {
        const b = s.getBoundingClientRect();
        const mid = (b.top + b.bottom) / 2;
        const kind = /squiggly-(inline-)?(\w+)/.exec(s.className)?.[2] ?? s.className;
        return { kind, line: lines.find((l) => mid >= l.top && mid <= l.bottom)?.text ?? '' };
      });
    });
  }

  /** Waits until some squiggle of `kind` ('warning', 'info', 'unnecessary', …) lies on a line containing `lineText` (or, with present=false, none does). */
  async waitForSquiggle(kind, lineText, { present = true, timeout = WAIT } = {}) {
    await this.page.waitForFunction(
      ({ kind, lineText, present }) => {
        const editor = document.querySelector('.editor-instance .monaco-editor');
        if (!editor) return false;
        const lines = [...editor.querySelectorAll('.view-lines .view-line')]
          .filter((l) => l.textContent.replace(/\u00a0/g, ' ').includes(lineText))
          .map((l) => l.getBoundingClientRect());
        const selector = `.view-overlays .squiggly-${kind}, .view-lines .squiggly-inline-${kind}`;
        const found = [...editor.querySelectorAll(selector)].some((s) => {
          const b = s.getBoundingClientRect();
          const mid = (b.top + b.bottom) / 2;
          return lines.some((l) => mid >= l.top && mid <= l.bottom);
        });
        return found === present;
      },
      { kind, lineText, present },
      { timeout },
    );
  }

  async isDirty() {
    return (await this.page.locator('.tabs-container .tab.active.dirty').count()) > 0;
  }

  // ---- Problems panel ----

  async showProblems() {
    const { page } = this;
    if (!(await page.locator('.markers-panel').isVisible())) {
      await page.locator('#status\\.problems').click();
    }
    await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: WAIT });
  }

  /** Rows of the Problems panel whose text contains every string in `texts` (re-resolved). */
  problemRow(...texts) {
    let rows = this.page.locator('.markers-panel .monaco-list-row');
    for (const t of texts) rows = rows.filter({ hasText: t });
    return rows;
  }

  // ---- quick fixes ----

  /**
   * Ctrl+. on the cursor, then picks the action whose label contains `label` with the keyboard (the
   * menu's pointer block intercepts synthetic clicks): arrow down until it is focused, then Enter.
   */
  async quickFix(label) {
    const { page } = this;
    await page.keyboard.press('Control+.');
    const actions = page.locator('.action-widget .monaco-list-row.action');
    await actions.filter({ hasText: label }).first().waitFor({ timeout: WAIT });
    await this.screenshot('quick-fix-menu');
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    const count = await actions.count();
    for (let i = 0; i <= count; i++) {
      await focused.first().waitFor({ timeout: WAIT });
      if ((await focused.first().innerText()).includes(label)) {
        await page.keyboard.press('Enter');
        await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: WAIT });
        return;
      }
      const index = await focused.first().getAttribute('data-index');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(
        (previous) =>
          document
            .querySelector('.action-widget .monaco-list-row.action.focused')
            ?.getAttribute('data-index') !== previous,
        index,
        { timeout: WAIT },
      );
    }
    throw new Error(`No quick fix “${label}” could be focused`);
  }

  /** Text of the rendered lines of the active editor. */
  renderedText() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
        .map((l) => l.textContent.replace(/\u00a0/g, ' '))
        .join('\n'),
    );
  }

  /** Ctrl+Z until the active editor is back at its saved state (each step waits for the text to change). */
  async undoAll({ maxSteps = 60 } = {}) {
    const { page } = this;
    for (let i = 0; i < maxSteps && (await this.isDirty()); i++) {
      const before = await this.renderedText();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(
        (previous) =>
          [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
            .map((l) => l.textContent.replace(/\u00a0/g, ' '))
            .join('\n') !== previous,
        before,
        { timeout: WAIT },
      );
    }
    if (await this.isDirty()) throw new Error(`Still modified after ${maxSteps} undo steps`);
  }

  // ---- Triangulate sidebar ----

  /** Clicks the activity-bar icon of the container titled `title` unless that container is showing. */
  async showContainer(title) {
    const { page } = this;
    const icon = page.locator(`.part.activitybar .action-label[aria-label^="${title}"]`);
    await icon.waitFor({ timeout: WAIT });
    const showing = await icon.evaluate(
      (e) =>
        e.closest('.action-item')?.classList.contains('checked') &&
        Boolean(document.querySelector('.part.sidebar:not(.hidden)')),
    );
    if (!showing) await icon.click();
    await page
      .locator(`.part.activitybar .action-item.checked .action-label[aria-label^="${title}"]`)
      .waitFor({ timeout: WAIT });
  }

  /** Opens the Triangulate container from the activity bar; returns the “Cross-source matches” rows locator. */
  async showTriangulate() {
    await this.showContainer('Triangulate');
    const header = this.pane('Cross-source matches').locator('.pane-header');
    await header.waitFor({ timeout: WAIT });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    return this.paneRows('Cross-source matches');
  }

  /** Drags the sidebar's edge so it is `width` pixels wide (for screenshots of the views). */
  async widenSidebar(width) {
    const { page } = this;
    const box = await page.locator('.part.sidebar').boundingBox();
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 1, y);
    await page.mouse.down();
    await page.mouse.move(box.x + width, y, { steps: 10 });
    await page.mouse.up();
    await page.waitForFunction(
      (w) => (document.querySelector('.part.sidebar')?.getBoundingClientRect().width ?? 0) >= w - 20,
      width,
      { timeout: WAIT },
    );
  }

  /** Collapses the sidebar views titled `titles` that are expanded. */
  async collapsePanes(titles) {
    for (const title of titles) {
      const header = this.pane(title).locator('.pane-header');
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
      await this.pane(title).locator('.pane-header[aria-expanded="false"]').waitFor({ timeout: WAIT });
    }
  }

  pane(title) {
    return this.page
      .locator('.part.sidebar .pane')
      .filter({ has: this.page.locator('.pane-header', { hasText: title }) });
  }

  paneRows(title) {
    return this.pane(title).locator('.pane-body .monaco-list-row');
  }
}
