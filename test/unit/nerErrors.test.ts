import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Example } from '../../scripts/ner/data';
import { errorClasses, errorNames, formatErrors } from '../../scripts/ner/errors';
import { labelIndex } from '../../server/src/core/entities/ner/labels';

const example = (words: string, tags: string): Example => ({
  source: 'gum',
  tokens: words.split(' ').map((value) => ({ value, pos: 'X', lemma: value })),
  labels: Uint8Array.from(tags.split(' ').map(labelIndex)),
  headline: false,
  caps: false,
  hints: new Uint8Array(words.split(' ').length),
});

test('the error listing names the names behind each error class, most frequent first', () => {
  const examples = [
    example('Ann Chiang of DAB won', 'B-PER I-PER O B-ORG O'),
    example('DAB said so', 'B-ORG O O'),
    example('Gary Chan joined Civic Party', 'B-PER I-PER O B-ORG I-ORG'),
  ];
  // The tagger finds the people, misses "DAB" and reads "Civic Party" as a place.
  const predicted = new Map<Example, string>([
    [examples[0]!, 'B-PER I-PER O O O'],
    [examples[1]!, 'O O O'],
    [examples[2]!, 'B-PER I-PER O B-LOC I-LOC'],
  ]);
  const predict = (e: Example) => Uint8Array.from(predicted.get(e)!.split(' ').map(labelIndex));
  assert.deepEqual(errorNames(examples, predict), [
    ['missed ORG: DAB', 2],
    ['ORG typed as LOC: Civic Party', 1],
  ]);
  assert.deepEqual(errorNames(examples, predict, 1), [['missed ORG: DAB', 2]]);
  // The classes count the same errors.
  assert.ok(errorClasses(examples, predict).some(([k, n]) => k === 'missed ORG' && n === 2));
  assert.equal(
    formatErrors(errorNames(examples, predict), 30, 'error: name'),
    '| error: name | count |\n| --- | ---: |\n| missed ORG: DAB | 2 |\n| ORG typed as LOC: Civic Party | 1 |',
  );
});
