import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runSoak } from '../helpers/soak';

// CI scale; `npm run soak` runs the full scale (1,000 documents, 10,000 requests) and prints the curve.
test('soak: 2,000 requests interleaved with edits on 200 documents — no failure, bounded memory, fresh-index results', async () => {
  const r = await runSoak({ documents: 200, requests: 2000, open: 10 });
  assert.equal(r.failures, 0);
  const warm = r.rss[2]!;
  const peak = Math.max(...r.rss);
  assert.ok(peak < warm * 1.5 + 50, `RSS grew from ${warm} MB to ${peak} MB: ${r.rss.join(' ')}`);
  assert.deepEqual(r.final, r.fresh, 'the edited documents end with the diagnostics a fresh index gives');
});
