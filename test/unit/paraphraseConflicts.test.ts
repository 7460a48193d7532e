import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgePair } from '../../server/src/cli/pairs';

/** Both orders: a conflict between two sources does not depend on which is read first. */
function assertKind(a: string, b: string, kind: string | null): void {
  assert.equal(judgePair(a, b).kind, kind, `${a} / ${b}`);
  assert.equal(judgePair(b, a).kind, kind, `${b} / ${a}`);
}

test('a negated copula denies its complement: "was not down 2.6%", "is not following"', () => {
  assertKind(
    'The Dow Jones was down 2.6% at noon, its worst day this year.',
    'The Dow Jones was not down 2.6% at noon, its worst day this year.',
    'negation',
  );
  assertKind(
    'The strike is following the collapse of the wage talks at the port.',
    'The strike is not following the collapse of the wage talks at the port.',
    'negation',
  );
});

test('verbs the lexicon does not link still conflict when their participants are the same', () => {
  // The same doer and the same thing acted on, active against passive.
  assertKind(
    'Microsoft did not unveil the Surface tablet at its Build conference in Seattle.',
    'The Surface tablet was introduced by Microsoft at its Build conference in Seattle.',
    'negation',
  );
  assertKind(
    'Samsung is considering unveiling the Galaxy phone at the Berlin trade fair.',
    'The Galaxy phone was introduced by Samsung at the Berlin trade fair.',
    'certainty',
  );
});

test('hard negatives: other spans of time, records, descriptions and other acts stay quiet', () => {
  // Different spans of time are different measurements.
  assertKind(
    'The index fell over 2,000 points in the past nine days to reach its lowest level.',
    'The index fell to its lowest level, falling 679 points in one day.',
    null,
  );
  // "Not reached since February" tells a record, it denies nothing.
  assertKind(
    'The Nikkei dropped 9.6% to reach a 20-year low.',
    'Oil prices also dropped to lows not reached since February.',
    null,
  );
  // A relative clause describes the product; it reports no act to hold against a plan.
  assertKind(
    'Apple has plans to bring more features of iOS to the Mac.',
    'Apple unveiled Lion, a new system that brings new features to the Mac.',
    null,
  );
  // One shared doer does not make two acts one.
  assertKind(
    'Jobs has not yet said what prompted his decision, but he will stay on as chief executive.',
    'On August 24, Jobs resigned from his post as chief executive.',
    null,
  );
});

test('a date that frames the claim ("since December") does not make two reports two events', () => {
  assertKind(
    'Since December GM and Chrysler have received $17.4 billion in government loans.',
    'Last month, GM and Chrysler were given loans worth $35 billion from the government.',
    'number',
  );
});
