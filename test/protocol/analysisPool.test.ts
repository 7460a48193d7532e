import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/index/analyzeDocument';
import { AnalysisPool } from '../../server/src/node/analysisPool';
import { seedFiles } from '../helpers/seeds';

const WORKER = join(__dirname, '..', '..', 'dist', 'analysisWorker.js');

test('the worker pool gives the same analyses as this thread, and serves repeats from the disk cache', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'triangulate-pool-'));
  const durations: number[] = [];
  const pool = new AnalysisPool(WORKER, cache, 2, undefined, (_, ms) => durations.push(ms));
  try {
    const files = seedFiles();
    const analyses = await Promise.all(files.map((f) => pool.analyze(f.name, f.text, {}, `k-${f.name}`)));
    for (const [i, f] of files.entries()) assert.deepEqual(analyses[i], analyzeDocument(f.name, f.text));
    assert.equal(durations.length, files.length, 'each analysis reports its time (slow files are named)');
    const again = await pool.analyze(files[0]!.name, files[0]!.text, {}, `k-${files[0]!.name}`);
    assert.deepEqual(again, analyses[0]);
  } finally {
    await pool.close();
    rmSync(cache, { recursive: true, force: true });
  }
});

test('a closed pool refuses work with a reason instead of hanging', async () => {
  const pool = new AnalysisPool(WORKER, undefined, 1);
  const pending = assert.rejects(pool.analyze('a.txt', 'Some text.', {}), /closed/);
  await pool.close();
  await pending;
  await assert.rejects(pool.analyze('b.txt', 'More text.', {}), /closed/);
});
