import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENTITY_TOKEN_TYPES, TOKEN_TYPES } from '../../server/src/protocol';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const contributes = manifest.contributes;

test('every token type of the legend is contributed with its own scope fallbacks', () => {
  const types = contributes.semanticTokenTypes.map((t: { id: string }) => t.id);
  assert.deepEqual([...types].sort(), [...TOKEN_TYPES].sort());
  const scopes: Record<string, string[]> = contributes.semanticTokenScopes[0].scopes;
  const first = TOKEN_TYPES.map((t) => scopes[t]?.[0]);
  assert.ok(first.every(Boolean), `scopes of ${TOKEN_TYPES.join(', ')}`);
  // The scope without its `.<type>.triangulate` suffix is what a theme colours; the colours
  // themselves are checked in the default themes by the UI suite (scenario 8).
  const base = (scope: string) => scope.split('.').slice(0, -2).join('.');
  const entityScopes = ENTITY_TOKEN_TYPES.map((t) => base(scopes[t]![0]!));
  assert.equal(new Set(entityScopes).size, ENTITY_TOKEN_TYPES.length, entityScopes.join(', '));
  assert.ok(!scopes.date![0]!.startsWith('string'), 'dates are not coloured as quoted speech');
});

test('the Entities view has a legend colour for every entity type, in light and dark themes', () => {
  const ids = contributes.colors.map((c: { id: string }) => c.id);
  assert.deepEqual(
    ids,
    ENTITY_TOKEN_TYPES.map((t) => `triangulate.entity.${t}`),
  );
  for (const c of contributes.colors) assert.ok(c.defaults.light && c.defaults.dark, c.id);
});
