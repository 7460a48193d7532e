import assert from 'node:assert/strict';
import { test } from 'node:test';
import { random } from '../../scripts/random';
import { SentenceIndex } from '../../server/src/core/matching/sentenceIndex';
import { StringSentenceIndex } from '../helpers/stringSentenceIndex';

type Doc = Array<{ terms: string[] }>;

/** Sentences of Zipf-like words, some repeated (a few more than 15 times: the postings cap counts). */
function documents(count: number, seed: number, prefix = 'doc'): Map<string, Doc> {
  const rand = random(seed);
  const word = () => `w${Math.floor(1 / (rand() + 0.002)) + Math.floor(rand() * 3)}`;
  const docs = new Map<string, Doc>();
  for (let d = 0; d < count; d++) {
    const sentences: Doc = [];
    const n = 1 + Math.floor(rand() * 9);
    for (let s = 0; s < n; s++) {
      const terms = Array.from({ length: Math.floor(rand() * 14) }, word);
      if (rand() < 0.05) terms.push(...Array.from({ length: 20 }, () => terms[0] ?? 'w1'));
      sentences.push({ terms });
    }
    docs.set(`file:///corpus/${prefix}-${String((d * 7919) % count).padStart(4, '0')}.txt`, sentences);
  }
  return docs;
}

/** Every sentence's candidates and every pair score, from both indexes: they must be equal, bit for bit. */
function assertSame(a: SentenceIndex, b: StringSentenceIndex, docs: Map<string, Doc>, note: string): void {
  assert.equal(a.sentenceCount, b.sentenceCount, `${note}: sentence count`);
  let compared = 0;
  for (const [uri, sentences] of docs) {
    sentences.forEach((_, sentence) => {
      const got = a.candidates(uri, sentence);
      assert.deepEqual(got, b.candidates(uri, sentence), `${note}: candidates of ${uri} #${sentence}`);
      compared += got.length;
      const refs = got.map((c) => c.ref).concat([{ uri, sentence: 0 }]);
      assert.deepEqual(
        a.scorePairs(uri, sentence, refs),
        b.scorePairs(uri, sentence, refs),
        `${note}: pairs`,
      );
    });
  }
  assert.ok(compared > 100, `${note}: only ${compared} candidates compared`);
  for (const terms of [['w1', 'w2', 'w5'], ['w3', 'never-seen', 'w3', 'w40'], ['never-seen']]) {
    assert.deepEqual(a.candidatesFor(terms), b.candidatesFor(terms), `${note}: candidatesFor ${terms}`);
    assert.equal(a.idf(terms[0]!), b.idf(terms[0]!));
  }
}

test('term ids and typed-array postings give the candidates, cosines and shared terms of string-keyed postings', () => {
  const docs = documents(300, 1);
  const fast = new SentenceIndex();
  const reference = new StringSentenceIndex();
  for (const [uri, sentences] of docs) {
    fast.setDocument(uri, sentences);
    reference.setDocument(uri, sentences);
  }
  assertSame(fast, reference, docs, 'indexed');

  // Edits: documents replaced (new terms interned, old rows dead), then most removed, which
  // compacts the postings (more than 1,000 dead rows, more than the live ones).
  const edited = documents(60, 2);
  const uris = [...docs.keys()];
  const renamed = new Map([...edited.values()].map((s, i) => [uris[i]!, s]));
  for (const [uri, sentences] of renamed) {
    fast.setDocument(uri, sentences);
    reference.setDocument(uri, sentences);
    docs.set(uri, sentences);
  }
  assertSame(fast, reference, docs, 'replaced');
  const removed = [...docs.keys()].slice(40, 280);
  for (const uri of removed) {
    fast.removeDocument(uri);
    reference.removeDocument(uri);
    docs.delete(uri);
  }
  assertSame(fast, reference, docs, 'after compaction');
  for (const [uri, sentences] of documents(150, 3, 'late')) {
    fast.setDocument(uri, sentences);
    reference.setDocument(uri, sentences);
    docs.set(uri, sentences);
  }
  assertSame(fast, reference, docs, 'added after compaction');
});

test('a removed document is no candidate, and its terms no longer count towards the idf', () => {
  const index = new SentenceIndex();
  index.setDocument('file:///a.txt', [{ terms: ['airbus', 'cut', 'job'] }]);
  index.setDocument('file:///b.txt', [{ terms: ['airbus', 'cut', 'job', 'toulouse'] }]);
  index.setDocument('file:///c.txt', [{ terms: ['boeing', 'order'] }]);
  assert.deepEqual(
    index.candidates('file:///a.txt', 0).map((c) => [c.ref.uri, c.shared]),
    [['file:///b.txt', ['airbus', 'cut', 'job']]],
  );
  const before = index.idf('airbus');
  index.removeDocument('file:///b.txt');
  assert.deepEqual(index.candidates('file:///a.txt', 0), []);
  assert.ok(index.idf('airbus') > before, 'airbus is rarer once b is gone');
  assert.deepEqual(
    index.candidatesFor(['airbus', 'unknown']).map((c) => c.ref.uri),
    ['file:///a.txt'],
  );
});
