// End-to-end UI suite: Triangulate in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, web
// workbench) driven through headless Chromium like a user. One code-server for the suite; every
// scenario opens its own fresh copy of seeds/ in a new browser context (its own window and
// extension host). Screenshots go to artifacts/e2e/; README's pictures (docs/images/) are rewritten
// from them only by an `UPDATE_SCREENSHOTS=1` run (scripts/e2e/pictures.mjs). Debian's chromium is installed when missing
// (as root), otherwise the suite fails with the apt-get command.
//
//   npm run build && node --test --test-reporter=spec test/e2e/ui.test.mjs
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ensureChromium, launchChromium } from '../../scripts/e2e/browser.mjs';
import { REPO, startCodeServer } from '../../scripts/e2e/codeServer.mjs';
import { keepPicture } from '../../scripts/e2e/pictures.mjs';
import { copySeeds, SEEDS, tempRoot } from '../../scripts/e2e/workspace.mjs';
import { clearArtifacts, endSession, inWindow } from './session.mjs';

const ARTIFACTS = join(REPO, 'artifacts', 'e2e');
const F000 = '000_c30b4125e81dfd99.txt';
const F001 = '001_b7a5076657996546.txt';
const F003 = '003_2a34e0967e57bb20.txt';
const F004 = '004_fc7cc2ef9e895868.txt';
const WITHHELD = 'The administration has withheld a batch of heavy bombs';
const WITHHOLDING = 'withholding a shipment';
const REFERRING = 'Netanyahu was referring to Biden’s public statement in May';
// Appended to 003, this contradicts 000 and 001 (“the Pentagon … is meticulously reviewing the
// weaponry requested by Israel”): a `negation` finding.
const CONTRADICTION = 'The Pentagon is not reviewing the weaponry requested by Israel.';
const SCENARIO_TIMEOUT = 150_000;
// The claim of scenario 10: 004 says Israel withheld the bombs, 003 that the US did.
const CLAIM = 'Israel withheld a shipment of bombs';

// Settings of the test profile: besides the base ones (no trust dialog, no welcome page, quick
// hovers), wrapped lines keep every word on screen, and no suggest widget interferes with typing.
const SETTINGS = {
  'files.autoSave': 'off', // the web workbench saves after a delay by default; the desktop does not
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.wordBasedSuggestions': 'off',
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.parameterHints.enabled': false,
  'workbench.editor.restoreViewState': true,
};

/** Writes the seeds' workspace settings plus `extra` into the copy at `folder`. */
function writeWorkspaceSettings(folder, extra) {
  const file = join(folder, '.vscode', 'settings.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...JSON.parse(readFileSync(join(SEEDS, '.vscode', 'settings.json'), 'utf8')),
      ...extra,
    }),
  );
}

/** 1-based line number and the full text of the line of `file` (in `folder`) that contains `text`. */
function lineOf(folder, file, text) {
  const lines = readFileSync(join(folder, file), 'utf8').split(/\r?\n/);
  const i = lines.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${file} contains “${text}”`);
  return { line: i + 1, text: lines[i] };
}

describe('Triangulate in VS Code (code-server + Chromium)', () => {
  let tmp;
  let server;
  let browser;

  before(
    async () => {
      for (const f of ['client.js', 'server.js']) {
        if (!existsSync(join(REPO, 'dist', f)))
          throw new Error(`dist/${f} is missing: run \`npm run build\` first.`);
      }
      clearArtifacts(ARTIFACTS);
      ensureChromium({ log: (m) => console.log(`# ${m}`) });
      tmp = tempRoot('triangulate-e2e-');
      const started = Date.now();
      server = await startCodeServer({
        userDataDir: join(tmp.dir, 'user-data'),
        extensionsDir: join(tmp.dir, 'extensions'),
        settings: SETTINGS,
        logFile: join(tmp.dir, 'code-server.log'),
        log: (m) => console.log(`# ${m}`),
      });
      browser = await launchChromium();
      console.log(
        `# code-server ${server.origin} and Chromium ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    },
    { timeout: 300_000 },
  );

  after(() => endSession({ browser, server, tmp, artifacts: ARTIFACTS }));

  /** Runs `fn` in a new window on a fresh copy of seeds/; a failure leaves a screenshot. */
  function scenario(name, fn) {
    const folder = copySeeds(tmp.dir, name);
    const url = server.workbenchUrl(folder, { extensionDevelopmentPath: REPO });
    return inWindow(browser, { url, folder, shots: ARTIFACTS, prefix: name }, (wb) => fn(wb, folder));
  }

  it(
    '1. 004: entities are coloured by type and hover shows the entity with its sources',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('1-entities', async (wb) => {
        await wb.openFromExplorer(F004);
        await wb.waitForIndexed();
        const tokens = await wb.inspectTokens('Netanyahu');
        await wb.screenshot('inspect-tokens');
        assert.match(tokens, /semantic token type\s*person/);
        await wb.closeWidgets();

        const hover = await wb.hover('Netanyahu', /Benjamin Netanyahu/);
        await wb.screenshot('entity-hover');
        assert.match(hover, /Benjamin Netanyahu\s*—\s*person/);
        assert.match(hover, /\d+ mentions in \d+ of 5 sources/);
        assert.match(hover, /\(this source\)/);
        const sourceLinks = await wb.page.locator('.monaco-editor .monaco-hover:not(.hidden) li a').count();
        assert.ok(sourceLinks >= 2, `links to the entity's sources (${sourceLinks})`);
      }),
  );

  it(
    '2. 000: a sentence hover lists “Also reported by”; its link opens the other source at that line',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('2-also-reported', async (wb, folder) => {
        await wb.openFromExplorer(F000);
        await wb.waitForIndexed();
        const hover = await wb.hover('meticulously', /Also reported by/);
        keepPicture(await wb.screenshot('claim-hover'), 'claim-hover.png');
        assert.match(hover, /Claim:/);
        const link = wb.page
          .locator(`.monaco-editor .monaco-hover:not(.hidden) a[data-href*="${F001}"]`)
          .first();
        await link.waitFor();
        const href = await link.getAttribute('data-href');
        const target = lineOf(folder, F001, 'At the behest of the White House');
        assert.match(href, new RegExp(`#L${target.line}$`));
        await link.click();
        await wb.waitForActiveEditor(F001);
        const status = await wb.waitForSelectionStatus(new RegExp(`^Ln ${target.line}, Col \\d+`));
        await wb.line('At the behest of the White House').waitFor();
        await wb.screenshot('other-source-opened');
        assert.match(status, new RegExp(`^Ln ${target.line},`));
      }),
  );

  it(
    '3. Problems: the role contradiction (003 ↔ 004), marked as reviewed, survives a window reload',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('3-problems-review', async (wb, folder) => {
        const { page } = wb;
        await wb.openFromExplorer(F003);
        await wb.waitForIndexed();
        await wb.waitForSquiggle('warning', WITHHELD);
        await wb.showProblems();
        const roleRow = wb.problemRow('Who did it? This source: Biden administration', 'role').first();
        await roleRow.waitFor();
        const related = wb.problemRow(F004, 'withholding a shipment of large bombs').first();
        await related.waitFor();
        keepPicture(await wb.screenshot('problems'), 'problems-and-highlights.png');
        assert.match((await roleRow.getAttribute('aria-label')) ?? '', /^Warning:/);
        assert.equal(
          Number(await related.getAttribute('data-index')),
          Number(await roleRow.getAttribute('data-index')) + 1,
          'the related-information row sits right under the diagnostic',
        );

        await wb.clickWord('withheld', WITHHELD);
        await wb.quickFix('Mark “role” finding as reviewed');
        await wb.waitForSquiggle('warning', WITHHELD, { present: false });
        await wb.waitForSquiggle('unnecessary', WITHHELD);
        // A reviewed finding becomes a greyed-out hint, which the Problems panel does not list.
        await roleRow.waitFor({ state: 'detached' });
        const hover = await wb.hover('withheld', /\(reviewed\)/, { lineText: WITHHELD });
        await wb.screenshot('reviewed');
        assert.match(hover, /Who did it\? This source: Biden administration.*\(reviewed\)/);
        const reviews = JSON.parse(readFileSync(join(folder, '.triangulate', 'reviews.json'), 'utf8'));
        assert.ok(
          reviews.decisions.some((d) => d.kind === 'role' && d.decision === 'reviewed'),
          'the decision is saved in .triangulate/reviews.json',
        );

        await wb.reloadWindow();
        if (!(await wb.activeTabText().catch(() => '')).includes(F003)) await wb.openFromExplorer(F003);
        await wb.waitForActiveEditor(F003);
        await wb.waitForIndexed();
        await wb.waitForSquiggle('unnecessary', WITHHELD, { timeout: 60_000 });
        await wb.waitForSquiggle('warning', WITHHELD, { present: false });
        const after = await wb.hover('withheld', /\(reviewed\)/, { lineText: WITHHELD });
        assert.match(after, /Who did it\? This source: Biden administration.*\(reviewed\)/);
        await wb.showProblems();
        // The editor has its diagnostics (the greyed-out range above), so the panel lists them now.
        await page.waitForFunction(
          () =>
            document.querySelector('.markers-panel .monaco-list-row') ||
            /No problems/.test(document.querySelector('.markers-panel')?.innerText ?? ''),
          null,
          { timeout: 30_000 },
        );
        assert.equal(
          await page
            .locator('.markers-panel .monaco-list-row', {
              hasText: 'Who did it? This source: Biden administration',
            })
            .count(),
          0,
        );
        await wb.screenshot('after-reload');
      }),
  );

  it(
    '4. Sidebar: expanding a sentence and clicking a match opens the other source with the sentence selected',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('4-sidebar', async (wb, folder) => {
        await wb.openFromExplorer(F003);
        await wb.waitForIndexed();
        const rows = await wb.showTriangulate();
        const sentence = rows.filter({ hasText: 'The administration has withheld a batch' }).first();
        await sentence.waitFor();
        if ((await sentence.getAttribute('aria-expanded')) !== 'true') {
          await sentence.locator('.monaco-tl-twistie').click();
        }
        const match = wb
          .paneRows('Cross-source matches')
          .and(wb.page.locator('[aria-level="2"]'))
          .filter({ hasText: 'Gallant’s diplomatic mission' })
          .first();
        await match.waitFor();
        keepPicture(await wb.screenshot('sidebar-expanded'), 'sidebar.png');
        assert.equal(await sentence.getAttribute('aria-expanded'), 'true');
        await match.click();
        await wb.waitForActiveEditor(F004);
        const target = lineOf(folder, F004, REFERRING);
        const length = target.text.trim().length;
        const status = await wb.waitForSelectionStatus(new RegExp(`\\(${length} selected\\)`));
        await wb.screenshot('match-opened');
        assert.match(status, new RegExp(`^Ln ${target.line}, Col \\d+ \\(${length} selected\\)`));
      }),
  );

  it(
    '5. Editing: a contradicting sentence is flagged without saving; undo removes the finding',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('5-edit', async (wb, folder) => {
        const { page } = wb;
        await wb.openFromExplorer(F003);
        await wb.waitForIndexed();
        await wb.waitForSquiggle('warning', WITHHELD);
        await wb.clickWord('withheld', WITHHELD);
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type(CONTRADICTION);
        await wb.line(CONTRADICTION).waitFor();
        await wb.waitForSquiggle('warning', CONTRADICTION);
        await wb.showProblems();
        const finding = wb.problemRow('Did it happen', 'negation');
        await finding.first().waitFor();
        await wb.screenshot('contradiction-typed');
        assert.equal(await wb.isDirty(), true, 'the edit is not saved');
        assert.ok(
          !readFileSync(join(folder, F003), 'utf8').includes(CONTRADICTION),
          'nothing written to disk',
        );

        // Undo (typing is undone word by word) until the editor is back at the saved text.
        await wb.clickWord('withheld', WITHHELD);
        await wb.undoAll();
        assert.equal(await wb.line(CONTRADICTION).count(), 0);
        await finding.first().waitFor({ state: 'detached' });
        await wb.waitForSquiggle('warning', WITHHELD);
        await wb.screenshot('undone');
      }),
  );

  it(
    '6. Show Matches for Sentence at Cursor with the Matches view collapsed reveals the match at once',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('6-matches-at-cursor', async (wb) => {
        const { page } = wb;
        // The sidebar shows with the Matches view collapsed, then 003 opens (Quick Open): the
        // collapsed view has loaded nothing for it.
        await wb.showContainer('Triangulate');
        const header = wb.pane('Cross-source matches').locator('.pane-header');
        await header.waitFor();
        if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
        await wb.pane('Cross-source matches').locator('.pane-header[aria-expanded="false"]').waitFor();
        await wb.quickOpen(F003);
        await wb.waitForIndexed();
        await wb.clickWord('withheld', WITHHELD);
        await wb.command('Triangulate: Show Matches for Sentence at Cursor');
        await wb
          .paneRows('Cross-source matches')
          .filter({ hasText: 'The administration has withheld a batch' })
          .and(page.locator('[aria-expanded="true"][aria-selected="true"]'))
          .first()
          .waitFor();
        await wb.screenshot('revealed');
        const falseAnswer = page.locator('.notifications-toasts', { hasText: 'No other source' });
        assert.equal(await falseAnswer.count(), 0, 'no “No other source … reports the sentence”');
      }),
  );

  it(
    '7. After Check Whole Workspace, editing 004 updates the findings of the closed 003 in Problems',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('7-check-then-edit', async (wb, folder) => {
        const { page } = wb;
        await wb.openFromExplorer(F004);
        await wb.waitForIndexed();
        await wb.command('Triangulate: Check Whole Workspace');
        // The check ends with its message and shows the Problems panel itself.
        await page.locator('.notifications-toasts', { hasText: /Triangulate: \d+ findings?/ }).waitFor();
        await page.locator('.markers-panel').waitFor({ state: 'visible' });
        // The list is virtual: filter it down to the finding so its row is rendered.
        await page.getByPlaceholder(/^Filter \(e\.g\. text/).fill('Who did it');
        const role003 = wb.problemRow(F003);
        const finding = wb.problemRow('Who did it? This source: Biden administration', 'role').first();
        await finding.waitFor();
        assert.ok((await role003.count()) > 0, '003 is listed though no tab shows it');
        // Go to the line (it may be below the panel), then Delete Line.
        const target = lineOf(folder, F004, WITHHOLDING);
        await wb.quickInput(`:${target.line}`, String(target.line));
        await wb.waitForSelectionStatus(new RegExp(`^Ln ${target.line},`));
        await page.keyboard.press('Control+Shift+K');
        await wb.line(WITHHOLDING).waitFor({ state: 'detached' });
        await finding.waitFor({ state: 'detached' });
        await wb.screenshot('line-deleted');
        await wb.undoAll();
        await finding.waitFor();
        await wb.screenshot('undone');
      }),
  );

  it(
    '8. Colours: each entity type has its own colour in the default light and dark themes; furniture is plain',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('8-colours', async (wb, folder) => {
        const words = {
          person: 'Netanyahu',
          organization: 'Hezbollah',
          place: 'Washington',
          date: 'Saturday evening',
          quantity: 'two countries',
          heading: 'diplomatic mission',
          furniture: 'close',
          plain: 'interlocutor',
        };
        let personColor = '';
        await wb.openFromExplorer(F004);
        await wb.waitForIndexed();
        for (const [theme, kind] of [
          ['Default Dark Modern', 'vs-dark'],
          ['Default Light Modern', 'vs'],
        ]) {
          // Set while the window is open and indexed (a change right after loading may be missed).
          writeWorkspaceSettings(folder, { 'workbench.colorTheme': theme });
          await wb.waitForThemeKind(kind);
          // Semantic tokens arrive after the text: wait until the person is coloured.
          await wb.waitForColoured(words.person, words.plain);
          const colors = await wb.wordColors(Object.values(words));
          const of = (role) => colors[words[role]];
          personColor = of('person');
          await wb.screenshot(`${kind}-editor`);
          const entityColors = ['person', 'organization', 'place', 'date', 'quantity'].map(of);
          assert.equal(new Set(entityColors).size, 5, `${theme}: ${JSON.stringify(colors)}`);
          assert.ok(!entityColors.includes(of('plain')), `${theme}: entities differ from plain text`);
          assert.equal(of('furniture'), of('plain'), `${theme}: page furniture is plain text`);
          assert.notEqual(of('heading'), of('plain'), `${theme}: the headline is coloured`);
        }
        // The legend: the Entities view's type rows carry the colours.
        await wb.showContainer('Triangulate');
        const header = wb.pane('Entities').locator('.pane-header');
        if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
        const people = wb.paneRows('Entities').filter({ hasText: 'People' }).first();
        await people.waitFor();
        const iconColors = await people.evaluate((row) =>
          [...row.querySelectorAll('.codicon-person')].flatMap((e) => [
            getComputedStyle(e).color,
            getComputedStyle(e, '::before').color,
          ]),
        );
        assert.ok(iconColors.includes(personColor), `the People icon has the people colour: ${iconColors}`);
        keepPicture(await wb.screenshot('legend'), 'colours-light.png');
        // 001's “Comment via Facebook” is page furniture: plain, unlike its headline.
        await wb.quickOpen(F001);
        await wb.waitForWord('Comment via Facebook');
        await wb.waitForColoured('Considers Pausing', 'discussions');
        const furniture = await wb.wordColors(['Comment via Facebook', 'Considers Pausing', 'discussions']);
        assert.equal(furniture['Comment via Facebook'], furniture.discussions, JSON.stringify(furniture));
        assert.notEqual(furniture['Considers Pausing'], furniture.discussions, JSON.stringify(furniture));
      }),
  );

  it(
    '9. Reviews: a decision is listed with its kind and date, opens its passage, and Undo brings the finding back',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('9-reviews', async (wb, folder) => {
        await wb.openFromExplorer(F003);
        await wb.waitForIndexed();
        await wb.waitForSquiggle('warning', WITHHELD);
        await wb.showContainer('Triangulate');
        const header = wb.pane('Reviews').locator('.pane-header');
        if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
        await wb
          .pane('Reviews')
          .getByText(/No review decisions yet/)
          .waitFor();

        await wb.clickWord('withheld', WITHHELD);
        await wb.quickFix('Mark “role” finding as reviewed');
        await wb.waitForSquiggle('unnecessary', WITHHELD);
        const row = wb.paneRows('Reviews').filter({ hasText: 'Reviewed · role' }).first();
        await row.waitFor();
        const year = String(new Date().getFullYear());
        assert.match(await row.innerText(), new RegExp(year), 'the row shows the date');
        keepPicture(await wb.screenshot('listed'), 'reviews.png');

        await wb.quickOpen(F004);
        await row.click();
        await wb.waitForActiveEditor(F003);
        const target = lineOf(folder, F003, WITHHELD);
        await wb.waitForSelectionStatus(new RegExp(`^Ln ${target.line}, Col \\d+ \\(\\d+ selected\\)`));

        await row.hover();
        await row.locator('.action-label[aria-label="Undo Review Decision"]').click();
        await row.waitFor({ state: 'detached' });
        await wb
          .pane('Reviews')
          .getByText(/No review decisions yet/)
          .waitFor();
        await wb.waitForSquiggle('warning', WITHHELD);
        await wb.screenshot('undone');
        const reviews = JSON.parse(readFileSync(join(folder, '.triangulate', 'reviews.json'), 'utf8'));
        assert.deepEqual(reviews.decisions, [], 'the decision is gone from .triangulate/reviews.json');
      }),
  );

  it(
    '10. Check a Claim: prefilled from the cursor, the typed claim is contradicted by 003 (role), agreed by 004; rows open their passage, by keyboard too',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('10-check-claim', async (wb, folder) => {
        const { page } = wb;
        await wb.openFromExplorer(F004);
        await wb.waitForIndexed();
        await wb.clickWord('withholding', WITHHOLDING);
        // The palette gives way to the claim box (the same quick input widget, with its own title).
        await wb.closeWidgets();
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await input.fill('>Triangulate: Check a Claim');
        await page
          .locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Check a Claim' })
          .waitFor();
        await page.keyboard.press('Enter');
        await page
          .locator('.quick-input-widget .quick-input-title', { hasText: 'Triangulate: Check a Claim' })
          .waitFor();
        const prefilled = await input.inputValue();
        assert.match(
          prefilled,
          /^Netanyahu was referring to Biden’s public statement in May that Israel was withholding/,
        );
        await input.fill(CLAIM);
        await page.keyboard.press('Enter');

        const rows = wb.paneRows('Claim Check');
        await rows
          .filter({ hasText: /^Silent \(\d+\)/ })
          .first()
          .waitFor();
        const tree = await rows.evaluateAll((els) =>
          els.map((e) => ({
            level: Number(e.getAttribute('aria-level')),
            text: e.innerText.replace(/\s+/g, ' '),
          })),
        );
        const at = (re) => tree.findIndex((r) => re.test(r.text));
        assert.match(tree[0].text, new RegExp(`^${CLAIM}\\.`), JSON.stringify(tree));
        const [contradict, agree, mentions, silent] = ['Contradict', 'Agree', 'Mentions', 'Silent'].map((g) =>
          at(new RegExp(`^${g} \\(\\d+\\)`)),
        );
        assert.ok(
          0 < contradict && contradict < agree && agree < mentions && mentions < silent,
          JSON.stringify(tree),
        );
        const us = at(/^003_2a34e0967e57bb20\.txt ?— role: The administration has withheld a batch/);
        assert.ok(contradict < us && us < agree && tree[us].level === 3, JSON.stringify(tree));
        const israel = at(/^Gallant’s diplomatic mission.*— Netanyahu was referring/);
        assert.ok(agree < israel && israel < mentions, JSON.stringify(tree));
        assert.match(tree[silent].text, /^Silent \(1\)/, 'Archyworldys says nothing of it');
        // The picture for README: the view alone, wide enough for its passages.
        await wb.collapsePanes(['Cross-source matches', 'Entities', 'Reviews']);
        await wb.widenSidebar(820);
        await rows.nth(silent).locator('.monaco-tl-twistie').click();
        await rows.filter({ hasText: /^Archyworldys, 2024-06-24/ }).waitFor();
        await page.mouse.move(400, 800); // the empty part of the sidebar: no tooltip in the picture
        keepPicture(await wb.screenshot('claim-check'), 'claim-check.png');

        // A click opens the passage of 003 with it selected.
        await rows.nth(us).click();
        await wb.waitForActiveEditor(F003);
        const target = lineOf(folder, F003, WITHHELD);
        await wb.waitForSelectionStatus(new RegExp(`^Ln ${target.line}, Col \\d+ \\(\\d+ selected\\)`));

        // The keyboard reaches the same rows: from the (empty) Mentions group, the arrows move up to
        // 004's row and Enter opens its passage.
        await rows.nth(mentions).click();
        await rows.nth(mentions).and(page.locator('.focused')).waitFor();
        for (let i = israel; i < mentions; i++) await page.keyboard.press('ArrowUp');
        await rows.nth(israel).and(page.locator('.focused')).waitFor();
        await page.keyboard.press('Enter');
        await wb.waitForActiveEditor(F004);
        const reported = lineOf(folder, F004, REFERRING);
        await wb.waitForSelectionStatus(new RegExp(`^Ln ${reported.line}, Col \\d+ \\(\\d+ selected\\)`));

        // The answer follows the workspace: with 004's passage deleted (not saved), 004 is silent
        // without running the command again.
        await page.keyboard.press('Control+Shift+K');
        await wb.line(WITHHOLDING).waitFor({ state: 'detached' });
        await rows.filter({ hasText: /^Agree \(0\)/ }).waitFor();
        await rows.filter({ hasText: /^Silent \(2\)/ }).waitFor();
        assert.equal(await wb.isDirty(), true, 'the edit is not saved');
      }),
  );

  it(
    '11. Story (Explorer): the active article’s story lists its four other sources; one opens on a click, and the view follows it',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('11-story', async (wb) => {
        const { page } = wb;
        await wb.openFromExplorer(F003);
        await wb.waitForIndexed();
        // In the Explorer, beside Outline, collapsed until opened.
        await wb.showContainer('Explorer');
        const pane = page
          .locator('.part.sidebar .pane')
          .filter({ has: page.locator('.pane-header .title', { hasText: /^Story$/ }) });
        const header = pane.locator('.pane-header');
        await header.waitFor();
        if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
        const rows = pane.locator('.pane-body .monaco-list-row');
        await rows.and(page.locator('[aria-level="1"]')).filter({ hasText: 'Israel' }).first().waitFor();
        const sources = rows.and(page.locator('[aria-level="2"]'));
        const gallant = sources.filter({ hasText: 'Gallant’s diplomatic mission' }).first();
        await gallant.waitFor();
        const fourSources = () =>
          page.waitForFunction(
            () =>
              [...document.querySelectorAll('.part.sidebar .pane')]
                .find((p) => p.querySelector('.pane-header .title')?.textContent === 'Story')
                ?.querySelectorAll('.pane-body .monaco-list-row[aria-level="2"]').length === 4,
            null,
            { timeout: 30_000 },
          );
        await fourSources();
        await wb.screenshot('story');
        await gallant.click();
        await wb.waitForActiveEditor(F004);
        // Now the story of 004: the other four, 004 itself no longer among them.
        await gallant.waitFor({ state: 'detached' });
        await fourSources();
        await wb.screenshot('story-of-004');
      }),
  );
  it(
    '12. Compare: 003’s withheld bombs beside 004, the swapped actor marked on both sides; Open goes to 004’s passage',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('12-compare', async (wb, folder) => {
        const { page } = wb;
        await wb.openFromExplorer(F003);
        await wb.waitForIndexed();
        await wb.clickWord('withheld', WITHHELD);
        await wb.command('Triangulate: Compare Sources');
        const view = wb.webview();
        const pair = view
          .locator('section.pair')
          .filter({ has: view.locator('.badge.conflict', { hasText: 'role' }) })
          .filter({ hasText: 'Gallant’s diplomatic mission' });
        await pair.waitFor({ timeout: 30_000 });
        const actors = await pair.locator('mark.d-actor').allInnerTexts();
        assert.deepEqual(actors, ['administration', 'Israel']);
        assert.match(
          await pair.locator('.explanation').innerText(),
          /^Who did it\? This source: Biden administration/,
        );
        assert.equal(await view.locator('.legend mark.d-actor').innerText(), 'Other actor');
        await page.mouse.move(5, 400);
        keepPicture(await wb.screenshot('compare'), 'compare.png');

        // Keyboard: the other side's Open button takes focus and Enter opens 004 at the passage.
        await pair.locator('button[data-open]').nth(1).focus();
        await page.keyboard.press('Enter');
        await wb.waitForActiveEditor(F004);
        const target = lineOf(folder, F004, WITHHOLDING);
        await wb.waitForSelectionStatus(new RegExp(`^Ln ${target.line}, Col \\d+ \\(\\d+ selected\\)`));
      }),
  );
  it(
    '13. Timeline: the seeds’ story in time order, one lane per source, the dated Archyworldys first; Enter on an entry opens its passage',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('13-timeline', async (wb, folder) => {
        const { page } = wb;
        await wb.openFromExplorer(F004);
        await wb.waitForIndexed();
        await wb.command('Triangulate: Show Timeline of the Story');
        const view = wb.webview();
        const table = view.locator('table.timeline');
        await table.waitFor({ timeout: 30_000 });
        const lanes = await table.locator('thead th[id^="lane-"]').allInnerTexts();
        assert.equal(lanes.length, 5, JSON.stringify(lanes));
        assert.match(lanes[0], /^Archyworldys, 2024-06-24\s+2024-06-24$/);
        assert.ok(
          lanes.slice(1).every((l) => /undated$/.test(l)),
          JSON.stringify(lanes),
        );
        const days = await table.locator('tbody th.day').allInnerTexts();
        assert.deepEqual(days, [...days].sort(), 'rows in time order');
        const gallant = table
          .locator('tr', { has: view.locator('th.day', { hasText: '2024-05-15' }) })
          .locator('.item');
        assert.match(
          await gallant.innerText(),
          /^Defense Minister Yoav Gallant speaks during a press conference/,
        );
        await page.mouse.move(5, 400);
        keepPicture(await wb.screenshot('timeline'), 'timeline.png');

        await gallant.focus();
        await page.keyboard.press('Enter');
        await wb.waitForActiveEditor(F004);
        const target = lineOf(folder, F004, 'Defense Minister Yoav Gallant speaks during a press conference');
        await wb.waitForSelectionStatus(new RegExp(`^Ln ${target.line}, Col \\d+ \\(\\d+ selected\\)`));
      }),
  );

  it(
    'Sources (Explorer): 004’s story lists its five sources, each with what the others make of its claims; a row opens its article',
    { timeout: SCENARIO_TIMEOUT },
    () =>
      scenario('source-profiles', async (wb) => {
        const { page } = wb;
        await wb.openFromExplorer(F004);
        await wb.waitForIndexed();
        // In the Explorer, beside Story, collapsed until opened.
        await wb.showContainer('Explorer');
        const pane = page
          .locator('.part.sidebar .pane')
          .filter({ has: page.locator('.pane-header .title', { hasText: /^Sources$/ }) });
        const header = pane.locator('.pane-header');
        await header.waitFor();
        if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
        const rows = pane.locator('.pane-body .monaco-list-row');
        // The counts of `triangulate report seeds`: 22 claims, 1 corroborated, 1 contradicted, 2 only here.
        const gallant = rows.filter({ hasText: 'Gallant’s diplomatic mission' }).first();
        await gallant
          .filter({ hasText: '22 claims · 1 corroborated · 1 contradicted · 2 only here · first on 0' })
          .waitFor();
        await rows.filter({ hasText: 'Archyworldys, 2024-06-24' }).first().waitFor();
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('.part.sidebar .pane')]
              .find((p) => p.querySelector('.pane-header .title')?.textContent === 'Sources')
              ?.querySelectorAll('.pane-body .monaco-list-row').length === 5,
          null,
          { timeout: 30_000 },
        );
        // Wider, so the picture shows every row's counts: the sash between the sidebar and the editor dragged.
        const box = await page.locator('.part.sidebar').boundingBox();
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width + 1, y);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width + 420, y, { steps: 8 });
        await page.mouse.up();
        await page.waitForFunction(
          (before) =>
            (document.querySelector('.part.sidebar')?.getBoundingClientRect().width ?? 0) > before + 300,
          box.width,
          { timeout: 10_000 },
        );
        keepPicture(await wb.screenshot('sources'), 'sources.png');
        await rows.filter({ hasText: 'Archyworldys, 2024-06-24' }).first().click();
        await wb.waitForActiveEditor('002_cbbb4d80171aaed5.txt');
      }),
  );
});
