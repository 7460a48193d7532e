import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

test('triangulate.cacheFolder is a machine setting, restricted in untrusted workspaces', () => {
  const setting = manifest.contributes.configuration.properties['triangulate.cacheFolder'];
  assert.equal(setting.scope, 'machine', 'a workspace cannot choose where Triangulate writes');
  assert.ok(
    manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('triangulate.cacheFolder'),
  );
});
