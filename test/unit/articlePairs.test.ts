import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ArticleVerdict, judgePair } from '../../server/src/core/pairs/judge';

// An article written for this test in the manner of a wire report; the headlines are its own,
// one with an error, and one of another story.
const ARTICLE = [
  'Toulouse, France — Airbus said on Tuesday it will cut 10,000 jobs across Europe over four years.',
  'The cuts are part of a restructuring plan called Power8, the company said.',
  'Unions in France and Germany called strikes in response.',
  'Airbus chief executive Louis Gallois said the plan was needed to cope with the weak dollar and the delays of the A380.',
].join(' ');

const article = (headline: string, body = ARTICLE) => judgePair(headline, body) as ArticleVerdict;

test('a headline against its article: related, the sentence that states it, agreeing', () => {
  const v = article('Airbus to cut 10,000 jobs in Europe');
  assert.equal(v.related, true);
  assert.ok(v.relatedness >= 0.5, `relatedness ${v.relatedness}`);
  assert.equal(v.best?.side, 'b');
  assert.equal(v.best?.index, 0);
  assert.match(v.best?.text ?? '', /^Toulouse, France — Airbus said on Tuesday it will cut 10,000 jobs/);
  assert.equal(v.stance, 'agree');
});

test('a headline with a wrong figure disagrees, and the contradiction is reported as before', () => {
  const v = article('Airbus to cut 25,000 jobs in Europe');
  assert.equal(v.relation, 'contradiction');
  assert.equal(v.kind, 'number');
  assert.equal(v.related, true);
  assert.equal(v.best?.relation, 'contradiction');
  assert.equal(v.best?.index, 0);
  assert.equal(v.stance, 'disagree');
});

test('a headline of another story is unrelated and has no stance', () => {
  const v = article('Heavy rain floods villages in southern Chile');
  assert.equal(v.related, false);
  assert.equal(v.stance, undefined);
  assert.ok(v.relatedness < 0.35, `relatedness ${v.relatedness}`);
});

test('a headline that only discusses the article: related, neither agreeing nor disagreeing', () => {
  const v = article('Strikes in France and Germany over Airbus plan');
  assert.equal(v.related, true);
  assert.equal(v.best?.index, 2);
  assert.equal(v.best?.relation, 'none');
  assert.equal(v.stance, 'discuss');
});

test('the article may be either side: the best sentence names its side', () => {
  const v = judgePair(ARTICLE, 'Airbus to cut 10,000 jobs in Europe') as ArticleVerdict;
  assert.equal(v.related, true);
  assert.equal(v.best?.side, 'a');
  assert.equal(v.best?.index, 0);
});

test('two single sentences keep the sentence verdict alone, with no article fields', () => {
  const v = judgePair('The army withdrew from the village.', 'The army entered the village.');
  assert.deepEqual(Object.keys(v).sort(), ['kind', 'match', 'relation', 'score']);
});

test('two sentences that report the same say how: a copy, a paraphrase or the same event', () => {
  const copy = judgePair(
    'Airbus said on Tuesday it will cut 10,000 jobs in Europe.',
    'Airbus said on Tuesday that it will cut 10,000 jobs in Europe.',
  );
  assert.deepEqual([copy.relation, copy.kind, copy.match], ['match', null, 'duplicate']);
  const unrelated = judgePair('Airbus will cut 10,000 jobs.', 'The river flooded three villages.');
  assert.deepEqual([unrelated.relation, unrelated.match], ['unrelated', null]);
});
