// npm 11 lists dependencies whose install scripts package.json's `allowScripts` does not cover; a
// newcomer's `npm install` must end without that list (esbuild allowed, @vscode/vsce-sign denied).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const npmMajor = Number(spawnSync('npm', ['--version'], { encoding: 'utf8' }).stdout.split('.')[0]);

test(
  'every dependency with an install script is allowed or denied in package.json',
  { skip: npmMajor < 11 ? `npm ${npmMajor} has no install-script policy` : false },
  () => {
    const result = spawnSync('npm', ['install-scripts', 'ls'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /No packages with unreviewed install scripts/);
  },
);
