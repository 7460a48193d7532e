import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DetectContext } from '../../server/src/core/contradictions/context';
import { detectPair } from '../../server/src/core/contradictions/detect';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';

/** Findings between the first sentences of two sources. */
function findings(a: string, b: string) {
  const index = new WorkspaceIndex();
  index.setDocument('file:///a.txt', 'a.txt', a);
  index.setDocument('file:///b.txt', 'b.txt', b);
  const ctx = new DetectContext(index);
  return detectPair(ctx, {
    a: { uri: 'file:///a.txt', sentence: 0 },
    b: { uri: 'file:///b.txt', sentence: 0 },
  });
}

test('a weapon told with two calibres is a figure that differs, quoted with its unit', () => {
  const [finding] = findings(
    'The package includes 105 mm artillery rounds and guided bomb kits, which turn unguided bombs into precise weapons.',
    'Officials said the new package includes 120 mm artillery rounds and guided bomb kits for the army.',
  );
  assert.equal(finding?.kind, 'number');
  assert.match(finding!.message, /105 mm/);
  assert.match(finding!.message, /120 mm/);
});

const UNCHANGED: Array<[string, string, string]> = [
  [
    'the calibre told on one side only',
    'The package includes 105 mm artillery rounds and guided bomb kits.',
    'The package includes artillery rounds and guided bomb kits.',
  ],
  [
    'the same calibre on both sides',
    'The package includes 105 mm artillery rounds and guided bomb kits, officials said.',
    'The package under review includes 105 mm artillery rounds and guided bomb kits.',
  ],
];

for (const [what, a, b] of UNCHANGED) {
  test(`a weapon with ${what} is no conflict`, () => {
    assert.deepEqual(
      findings(a, b).map((f) => f.kind),
      [],
    );
  });
}

test('a doer with a prepositional phrase is the noun it modifies ("the package under review" is the package)', () => {
  const [finding] = findings(
    'The package includes 105 mm artillery rounds and guided bomb kits.',
    'Officials said the package under review includes 120 mm artillery rounds and guided bomb kits.',
  );
  assert.equal(finding?.kind, 'number');
});
