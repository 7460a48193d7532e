// Worker thread of the analysis pool: analyses documents (or reads their analysis from the disk
// cache) off the language server's main thread. Bundled as dist/analysisWorker.js.
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisStore } from '../core/index/analysisStore';
import { analyzeDocument } from '../core/index/analyzeDocument';
import type { AnalysisJob, AnalysisReply } from './analysisPool';
import { FileAnalysisStore } from './fileAnalysisStore';

const { storeDir, readStore } = workerData as { storeDir?: string; readStore?: boolean };
const problems: string[] = [];
const store: AnalysisStore | undefined = storeDir
  ? new FileAnalysisStore(storeDir, (p) => problems.push(p))
  : undefined;

parentPort!.on('message', (job: AnalysisJob) => {
  let reply: AnalysisReply;
  const started = performance.now();
  try {
    let analysis = job.storeKey && readStore ? store?.get(job.storeKey, job.text) : undefined;
    const cached = !!analysis;
    if (!analysis) {
      analysis = analyzeDocument(job.path, job.text, job.options);
      if (job.storeKey) store?.put(job.storeKey, analysis);
    }
    const ms = Math.round(performance.now() - started);
    reply = { id: job.id, analysis, cached, ms, problems: problems.splice(0) };
  } catch (e) {
    reply = { id: job.id, error: (e as Error)?.message ?? String(e), problems: problems.splice(0) };
  }
  parentPort!.postMessage(reply);
});
