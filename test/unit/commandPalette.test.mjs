// Commands are offered where they apply: Enable only while Triangulate is not running, Disable only
// while it is; the demo profile of `npm start` has no git pop-ups.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEMO_SETTINGS, REPO } from '../../scripts/e2e/codeServer.mjs';

const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const paletteWhen = (command) =>
  manifest.contributes.menus.commandPalette.find((m) => m.command === command)?.when;

test('Enable is in the command palette only when not running, Disable only when running', () => {
  assert.equal(paletteWhen('triangulate.enable'), '!triangulate.running');
  assert.equal(paletteWhen('triangulate.disable'), 'triangulate.running');
  const client = readFileSync(join(REPO, 'client', 'src', 'extension.ts'), 'utf8');
  assert.match(client, /setContext', 'triangulate\.running', true/, 'the client sets the context key');
  assert.match(client, /setContext', 'triangulate\.running', false/);
});

test('commands that need an argument never show in the palette', () => {
  for (const c of ['ignoreEntity', 'mergeEntity', 'openRange', 'review', 'undoReview'])
    assert.equal(paletteWhen(`triangulate.${c}`), 'false', c);
});

test('the demo profile asks nothing about git and wraps plain-text articles', () => {
  assert.equal(DEMO_SETTINGS['git.openRepositoryInParentFolders'], 'never');
  assert.equal(DEMO_SETTINGS['git.ignoreMissingGitWarning'], true);
  assert.deepEqual(DEMO_SETTINGS['[plaintext]'], { 'editor.wordWrap': 'on' });
});
