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

test('the team corpus URL is restricted in untrusted workspaces and carries no password setting', () => {
  const properties = manifest.contributes.configuration.properties;
  assert.ok(properties['triangulate.corpus.url'], 'the setting is contributed');
  assert.ok(
    manifest.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('triangulate.corpus.url'),
    'an untrusted workspace cannot point the editor (and its password) at a database',
  );
  assert.deepEqual(
    Object.keys(properties).filter((k) => /password/i.test(k)),
    [],
    'the password is never a setting',
  );
  const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
  for (const command of ['triangulate.setCorpusPassword', 'triangulate.refreshCorpus'])
    assert.ok(commands.includes(command), command);
});
