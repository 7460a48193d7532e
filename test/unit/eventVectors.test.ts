import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, vectorsVersion } from '../../scripts/vectors/provenance';
import {
  eventVectors,
  eventVectorsLoaded,
  eventVectorsPath,
  similarEventWords,
} from '../../server/src/core/matching/eventVectors';
import { sha256, type VectorFileInfo, vectorCosine } from '../../server/src/core/matching/vectorFile';

const BIN = join(REPO_ROOT, 'models', 'vectors', 'vectors.bin');
const info = JSON.parse(
  readFileSync(join(REPO_ROOT, 'models', 'vectors', 'vectors.json'), 'utf8'),
) as VectorFileInfo;

// First: nothing read the file yet, in this process.
test('the vectors are read lazily, at the first lookup, once', () => {
  assert.equal(eventVectorsLoaded(), false, 'importing the matcher reads nothing');
  similarEventWords('cut');
  assert.equal(eventVectorsLoaded(), true);
  assert.equal(eventVectors(), eventVectors(), 'one copy per process');
});

test('the committed file matches its description, and the description the build code', () => {
  const bytes = readFileSync(BIN);
  assert.equal(sha256(bytes), info.sha256, 'vectors.bin and vectors.json are from one build');
  assert.equal(
    info.version,
    vectorsVersion(),
    'models/vectors is stale: run `npm run build:vectors` (see docs/MODELS.md) and commit both files',
  );
  assert.ok(bytes.length < 3_000_000, `${bytes.length} bytes: the shipped file stays small`);
});

test('the bundles in dist/ find the file, and the extension package ships it', () => {
  assert.equal(eventVectorsPath(join(REPO_ROOT, 'dist')), BIN);
  const shipped = readFileSync(join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(
    shipped.includes('!models/vectors/vectors.bin'),
    '.vscodeignore ships models/vectors/vectors.bin',
  );
  assert.throws(() => eventVectorsPath(tmpdir()), /vectors\.bin not found/);
});

test('the neighbour table is the vectors: stored cosines, best first, symmetric', () => {
  const v = eventVectors();
  for (const word of ['cut', 'resign', 'acquire', 'violate', 'kill']) {
    const a = v.idOf.get(word);
    assert.ok(a !== undefined, `${word} is in the vocabulary`);
    let last = 255;
    for (let e = v.offsets[a]!; e < v.offsets[a + 1]!; e++) {
      const b = v.neighbourIds[e]!;
      const stored = v.neighbourCosines[e]!;
      assert.ok(stored <= last, 'best first');
      last = stored;
      assert.ok(
        Math.abs(stored / 255 - vectorCosine(v, a, b)) <= 1 / 255,
        'the stored cosine is the vectors’',
      );
      assert.ok(
        similarEventWords(v.words[b]!, stored / 255).includes(word),
        'a neighbour lists the word back',
      );
    }
  }
});

test('lookups: news verbs find their other words, never their opposites', () => {
  assert.ok(similarEventWords('cut').includes('slash'));
  assert.ok(similarEventWords('violate', 0.6).includes('breach'));
  for (const [word, opposite] of [
    ['rise', 'fall'],
    ['win', 'lose'],
  ] as const)
    assert.ok(!similarEventWords(word, info.minCosine).includes(opposite), `${word} / ${opposite}`);
  assert.deepEqual(similarEventWords('no-such-word'), []);
});
