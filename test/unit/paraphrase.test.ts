import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgePair, type SentenceVerdict } from '../../server/src/core/pairs/judge';

// Sentence pairs written for this test; `pairs` says "the same thing" with match duplicate or
// paraphrase and no contradiction.
const saysTheSame = (v: SentenceVerdict) =>
  v.relation !== 'contradiction' && (v.match === 'paraphrase' || v.match === 'duplicate');

function notTheSame(a: string, b: string): SentenceVerdict {
  const v = judgePair(a, b);
  assert.equal(saysTheSame(v), false, JSON.stringify(v));
  return v;
}

test('the same report with its clauses in another order is a paraphrase', () => {
  const v = judgePair(
    'After three weeks of talks, the union accepted the pay offer of the rail company on Tuesday.',
    'The union accepted the rail company’s pay offer on Tuesday after three weeks of talks.',
  );
  assert.ok(saysTheSame(v), JSON.stringify(v));
  assert.equal(v.relation, 'match');
});

test('one side adding a minor detail is still a paraphrase', () => {
  const v = judgePair(
    'The council approved the new bridge over the river.',
    'On Monday the city council approved the new bridge over the river, officials said.',
  );
  assert.ok(saysTheSame(v), JSON.stringify(v));
});

test('a headline and the longer lead that tells it, the figure in words, are a paraphrase', () => {
  const v = judgePair(
    'Airline orders twelve long-haul jets',
    'The national airline has ordered 12 new long-haul jets to modernise its fleet and improve its transatlantic network.',
  );
  assert.ok(saysTheSame(v), JSON.stringify(v));
});

test('two reports alike but for one figure are not a paraphrase', () => {
  notTheSame(
    'The company sold the supermarket chain to a rival in 1998 for $2.5 billion.',
    'The company sold the supermarket chain to a rival in 1998 for $1.8 billion.',
  );
});

test('the figures of a sale told otherwise are not a paraphrase, though the wording overlaps', () => {
  const v = notTheSame(
    "Yucaipa owned Dominick's before selling the chain to Safeway in 1998 for $2.5 billion.",
    "Yucaipa bought Dominick's in 1995 for $693 million and sold it to Safeway for $1.8 billion in 1998.",
  );
  assert.equal(v.match, 'same-event');
});

test('the same report of other companies is not a paraphrase', () => {
  notTheSame(
    'Shares of Ford rose 5 percent on Monday.',
    'Shares of General Motors rose 5 percent on Monday.',
  );
});

test('a negated report is a contradiction, not a paraphrase', () => {
  const v = judgePair(
    'The board approved the merger on Friday.',
    'The board did not approve the merger on Friday.',
  );
  assert.equal(v.relation, 'contradiction');
  assert.equal(v.kind, 'negation');
  assert.ok(v.match !== 'paraphrase' && v.match !== 'duplicate', `match ${v.match}`);
});

test('a sentence of the same topic telling another act is not a paraphrase', () => {
  notTheSame(
    'The airline will take delivery of its first new jets next spring.',
    'The airline said its first new jets will be painted in a new livery designed in London.',
  );
});

test('a longer sentence adding a second act of its own is not a paraphrase; its details are', () => {
  notTheSame(
    'The carmaker posted a profit of $1 billion in the third quarter.',
    'The carmaker posted a profit of $1 billion in the third quarter and predicted that it would stay profitable next year.',
  );
  const v = judgePair(
    'The carmaker posted a profit of $1 billion in the third quarter.',
    'The carmaker posted a profit of $1 billion in the third quarter, helped by strong sales in Europe.',
  );
  assert.ok(saysTheSame(v), JSON.stringify(v));
});

test('a copy is a duplicate', () => {
  const s = 'Stock markets around the world fell sharply on Monday.';
  assert.equal(judgePair(s, s).match, 'duplicate');
});
