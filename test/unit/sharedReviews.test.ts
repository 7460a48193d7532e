// The team's review decisions merged with the local review file's: newest wins per finding, a newer
// withdrawal removes a decision, ignored kinds stay local, and the file never stores a reviewer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  parseReviews,
  type ReviewDecisionEntry,
  type Reviews,
  serializeReviews,
} from '../../server/src/core/contradictions/reviews';
import { type SharedDecision, withSharedDecisions } from '../../server/src/core/contradictions/sharedReviews';
import { CORPUS_URI_SCHEME } from '../../server/src/node/corpus/corpusReader';
import { CORPUS_SCHEME } from '../../server/src/protocol';

const local = (key: string, decision: 'reviewed' | 'dismissed', at?: string): ReviewDecisionEntry => ({
  key,
  kind: 'role',
  decision,
  a: `a of ${key}`,
  b: `b of ${key}`,
  ...(at ? { at } : {}),
});
const shared = (
  key: string,
  decision: SharedDecision['decision'],
  at: string,
  reviewer = 'alice',
): SharedDecision => ({
  key,
  kind: 'number',
  decision,
  a: 'shared a',
  b: 'shared b',
  reviewer,
  at,
});
const reviews = (...decisions: ReviewDecisionEntry[]): Reviews => ({
  decisions,
  ignoredKinds: [{ path: '003.txt', kind: 'certainty' }],
});
const decisionOf = (r: Reviews, key: string) => r.decisions.find((d) => d.key === key);

test('a teammate’s decision applies where the analyst has none, with who and when', () => {
  const merged = withSharedDecisions(reviews(), [shared('k1', 'dismissed', '2026-12-02T10:00:00.000Z')]);
  assert.deepEqual(decisionOf(merged, 'k1'), {
    key: 'k1',
    kind: 'number',
    decision: 'dismissed',
    a: 'shared a',
    b: 'shared b',
    at: '2026-12-02T10:00:00.000Z',
    reviewer: 'alice',
  });
  assert.deepEqual(merged.ignoredKinds, [{ path: '003.txt', kind: 'certainty' }], 'ignored kinds stay local');
});

test('the newest decision of a finding wins, whichever side took it', () => {
  const mine = reviews(
    local('older-here', 'reviewed', '2026-12-02T09:00:00.000Z'),
    local('newer-here', 'reviewed', '2026-12-02T11:00:00.000Z'),
    local('undated', 'reviewed'),
  );
  const merged = withSharedDecisions(mine, [
    shared('older-here', 'dismissed', '2026-12-02T10:00:00.000Z'),
    shared('newer-here', 'dismissed', '2026-12-02T10:00:00.000Z'),
    shared('undated', 'dismissed', '2020-01-01T00:00:00.000Z'),
  ]);
  assert.equal(decisionOf(merged, 'older-here')?.decision, 'dismissed');
  assert.equal(decisionOf(merged, 'older-here')?.reviewer, 'alice');
  assert.equal(decisionOf(merged, 'newer-here')?.decision, 'reviewed');
  assert.equal(decisionOf(merged, 'newer-here')?.reviewer, undefined);
  assert.equal(decisionOf(merged, 'undated')?.decision, 'dismissed', 'an undated local decision is older');
});

test('a newer withdrawal removes the decision; an older one does not', () => {
  const mine = reviews(
    local('withdrawn', 'dismissed', '2026-12-02T09:00:00.000Z'),
    local('kept', 'dismissed', '2026-12-02T12:00:00.000Z'),
  );
  const merged = withSharedDecisions(mine, [
    shared('withdrawn', 'undone', '2026-12-02T10:00:00.000Z', 'bob'),
    shared('kept', 'undone', '2026-12-02T10:00:00.000Z', 'bob'),
    shared('only-shared', 'undone', '2026-12-02T10:00:00.000Z', 'bob'),
  ]);
  assert.deepEqual(
    merged.decisions.map((d) => d.key),
    ['kept'],
  );
});

test('no shared decisions: the local reviews as they are; the file never stores a reviewer', () => {
  const mine = reviews(local('k', 'reviewed', '2026-12-02T09:00:00.000Z'));
  assert.equal(withSharedDecisions(mine, []), mine);
  const merged = withSharedDecisions(mine, [shared('s', 'dismissed', '2026-12-02T10:00:00.000Z')]);
  const written = serializeReviews(merged);
  assert.doesNotMatch(written, /reviewer|alice/);
  assert.equal(parseReviews(written).reviews.decisions.length, 2);
});

test('the server files corpus documents under the scheme the protocol names', () => {
  assert.equal(CORPUS_URI_SCHEME, CORPUS_SCHEME);
});
