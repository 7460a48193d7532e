import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DETECTORS } from '../../server/src/core/contradictions/kinds/index';
import { FINDING_KIND_INFO, FINDING_KINDS } from '../../server/src/core/contradictions/types';
import { DEFAULT_SEVERITY, FINDING_KINDS as PROTOCOL_KINDS } from '../../server/src/protocol';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const settings = pkg.contributes.configuration.properties as Record<
  string,
  { default: string; markdownDescription: string }
>;

test('every finding kind has a severity setting with its default and its description', () => {
  for (const k of FINDING_KIND_INFO) {
    const setting = settings[`triangulate.severity.${k.kind}`];
    assert.ok(setting, `package.json lacks triangulate.severity.${k.kind}`);
    assert.equal(setting.default, k.severity, k.kind);
    assert.ok(setting.markdownDescription.includes(k.summary), `${k.kind}: description`);
  }
  const declared = Object.keys(settings).filter((s) => s.startsWith('triangulate.severity.'));
  assert.deepEqual(declared.sort(), FINDING_KINDS.map((k) => `triangulate.severity.${k}`).sort());
});

test('the protocol lists the same kinds with the same default severities', () => {
  assert.deepEqual([...PROTOCOL_KINDS], [...FINDING_KINDS]);
  for (const k of FINDING_KIND_INFO) assert.equal(DEFAULT_SEVERITY[k.kind], k.severity, k.kind);
});

test('README names every kind, and each pair detector is a kind', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const kind of FINDING_KINDS) assert.ok(readme.includes(`\`${kind}\``), `README lacks \`${kind}\``);
  for (const d of DETECTORS) assert.ok(FINDING_KINDS.includes(d.kind), d.kind);
  assert.equal(new Set(DETECTORS.map((d) => d.kind)).size, DETECTORS.length, 'one detector per kind');
});
