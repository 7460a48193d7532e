// The UI suite's screenshots: artifacts/e2e/ always (ignored by git), README's pictures only when
// asked for with UPDATE_SCREENSHOTS=1.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { REPO } from '../../scripts/e2e/codeServer.mjs';
import { keepPicture } from '../../scripts/e2e/pictures.mjs';

const root = mkdtempSync(join(tmpdir(), 'triangulate-pictures-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('a screenshot replaces a README picture only in an UPDATE_SCREENSHOTS=1 run', () => {
  const shot = join(root, 'shot.png');
  writeFileSync(shot, 'new picture');
  const docs = join(root, 'docs');
  execFileSync('mkdir', ['-p', docs]);
  for (const env of [{}, { UPDATE_SCREENSHOTS: '0' }, { UPDATE_SCREENSHOTS: '' }]) {
    assert.equal(keepPicture(shot, 'claim-check.png', { env, docs }), false, JSON.stringify(env));
    assert.equal(existsSync(join(docs, 'claim-check.png')), false);
  }
  assert.equal(keepPicture(shot, 'claim-check.png', { env: { UPDATE_SCREENSHOTS: '1' }, docs }), true);
  assert.equal(readFileSync(join(docs, 'claim-check.png'), 'utf8'), 'new picture');
});

test('the UI suite writes README pictures only through keepPicture, and its screenshots are ignored by git', () => {
  const suite = readFileSync(join(REPO, 'test', 'e2e', 'ui.test.mjs'), 'utf8');
  assert.doesNotMatch(suite, /copyFileSync|docs['"], ['"]images/, 'no direct copy into docs/images');
  assert.match(suite, /keepPicture\(/);
  const ignored = execFileSync('git', ['check-ignore', 'artifacts/e2e/10-check-claim-01-claim-check.png'], {
    cwd: REPO,
    encoding: 'utf8',
  });
  assert.match(ignored, /artifacts/);
});
