import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/index/analyzeDocument';
import { indexWorkspace } from '../../server/src/core/index/indexer';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { InMemoryWorkspace } from '../../server/src/core/workspace';
import { AnalysisPool } from '../../server/src/node/analysisPool';
import { seedFiles } from '../helpers/seeds';

const WORKER = join(__dirname, '..', '..', 'dist', 'analysisWorker.js');

test('the worker pool gives the same analyses as this thread, and serves repeats from the disk cache', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'triangulate-pool-'));
  const durations: number[] = [];
  const pool = new AnalysisPool(WORKER, { dir: cache, read: true }, 2, undefined, (_, ms) =>
    durations.push(ms),
  );
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

test('when the workers cannot run, every document is still analysed on the indexing thread', async () => {
  const pool = new AnalysisPool(join(__dirname, 'no-such-worker.js'), undefined, 2);
  const ws = new InMemoryWorkspace();
  for (const f of seedFiles()) ws.set(`mem:///${f.name}`, f.name, f.text);
  const index = new WorkspaceIndex();
  try {
    const result = await indexWorkspace(ws, index, {
      maxFileBytes: 5_000_000,
      analyze: (path, text, key) => pool.analyze(path, text, {}, key),
      analyzeFrom: 0,
    });
    assert.deepEqual(result, { analysed: 5, skipped: 0, cancelled: false });
    assert.ok(index.entities().some((e) => e.name === 'Benjamin Netanyahu'));
  } finally {
    await pool.close();
  }
});
