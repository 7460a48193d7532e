import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answerOf,
  claimStatus,
  sourceCount,
  unansweredMessage,
  unlistedSilent,
  verdictCount,
} from '../../client/src/views/claimCheckAnswer';
import type { CheckClaimResult } from '../../server/src/protocol';

const CLAIM = 'Israel withheld a shipment of bombs.';
const OK: CheckClaimResult = { state: 'ok', claim: CLAIM, sources: [] };

test('Claim Check view: a failed request is shown as a failure in words, not “checking…”', async () => {
  const answer = await answerOf(Promise.reject(new Error('Connection got disposed')), CLAIM, 60_000);
  assert.equal(answer.state, 'failed');
  assert.equal(claimStatus(answer, '5 sources'), 'check failed');
  assert.equal(unansweredMessage(answer), 'The check failed: Connection got disposed.');
  // A cancelled request's error has no message of its own.
  const stopped = await answerOf(Promise.reject(new Error('')), CLAIM, 60_000);
  assert.equal(unansweredMessage(stopped), 'The check failed: the request was stopped.');
});

test('Claim Check view: a request that never answers times out, cancels itself and says so', async () => {
  let cancelled = false;
  const never = new Promise<CheckClaimResult>(() => undefined);
  const answer = await answerOf(never, CLAIM, 20, () => {
    cancelled = true;
  });
  assert.equal(answer.state, 'failed');
  assert.ok(cancelled, 'the request is cancelled');
  assert.match(unansweredMessage(answer) ?? '', /^No answer from the Triangulate server within 0.02 s/);
});

test('Claim Check view: an answer is passed through; each state has its words', async () => {
  assert.deepEqual(await answerOf(Promise.resolve(OK), CLAIM, 60_000), OK);
  assert.equal(claimStatus(null, ''), 'checking…');
  assert.equal(claimStatus(OK, '5 sources'), 'claim · 5 sources');
  assert.equal(unansweredMessage(OK), null);
  const cancelled: CheckClaimResult = { state: 'cancelled', claim: CLAIM, sources: [] };
  assert.equal(claimStatus(cancelled, ''), 'cancelled');
  assert.match(unansweredMessage(cancelled) ?? '', /cancelled/);
  const invalid: CheckClaimResult = { state: 'invalid', claim: '', message: 'Type a claim.', sources: [] };
  assert.equal(claimStatus(invalid, ''), 'not checked');
  assert.equal(unansweredMessage(invalid), 'Type a claim.');
});

test('Claim Check view: the Silent group counts every silent source and ends with “… and N more”', () => {
  const row = (verdict: 'agrees' | 'silent', n: number) => ({
    uri: `file:///w/${verdict}-${n}.txt`,
    source: `${verdict} ${n}`,
    path: `${verdict}-${n}.txt`,
    verdict,
  });
  const answer: CheckClaimResult = {
    state: 'ok',
    claim: CLAIM,
    sources: [row('agrees', 1), row('silent', 1), row('silent', 2)],
    silentCount: 11_000,
  };
  assert.equal(verdictCount(answer, 'silent'), 11_000);
  assert.equal(verdictCount(answer, 'agrees'), 1);
  assert.equal(sourceCount(answer), 11_001);
  assert.equal(unlistedSilent(answer), 10_998);
  assert.equal(unlistedSilent({ ...answer, silentCount: undefined }), 0, 'an answer that lists them all');
});
