import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions, DocumentAnalysis } from '../core/index/analyzeDocument';

export interface AnalysisJob {
  id: number;
  path: string;
  text: string;
  options: AnalyzeOptions;
  /** Key in the disk cache: read before analysing, written after. */
  storeKey?: string;
}

export type AnalysisReply =
  | { id: number; analysis: DocumentAnalysis; cached: boolean; ms: number; problems: string[] }
  | { id: number; error: string; problems: string[] };

interface Slot {
  worker: Worker;
  busy: { job: AnalysisJob; resolve: (a: DocumentAnalysis) => void; reject: (e: Error) => void } | null;
}

/** Below this many files a scan analyses on its own thread: worker start-up (a model each) costs more. */
export const PARALLEL_FROM_FILES = 32;

/** One worker per core by default, capped: each holds its own NLP model (~100 MB). */
export const defaultPoolSize = (): number => Math.max(1, Math.min(4, availableParallelism()));

/**
 * Worker threads for the initial index: documents are analysed in parallel on every core while
 * the language server's main thread stays free to answer requests. Jobs queue here (the caller
 * bounds how many are in flight); a worker that dies fails its one job and is replaced.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<NonNullable<Slot['busy']>> = [];
  private nextId = 0;
  private closed = false;

  constructor(
    private readonly workerFile: string,
    /** The disk cache the workers write (and read, unless `read` is false: a Re-index). */
    private readonly store: { dir: string; read: boolean } | undefined,
    readonly size: number = defaultPoolSize(),
    private readonly report: (problem: string) => void = () => undefined,
    /** Told how long each analysis took in its worker (for naming slow files). */
    private readonly onAnalysed: (path: string, ms: number) => void = () => undefined,
  ) {}

  /** Analyses a document in a worker (or returns its cached analysis). */
  analyze(path: string, text: string, options: AnalyzeOptions, storeKey?: string): Promise<DocumentAnalysis> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise((resolve, reject) => {
      const job: AnalysisJob = { id: this.nextId++, path, text, options };
      if (storeKey) job.storeKey = storeKey;
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      slot.busy = this.queue.shift()!;
      slot.worker.postMessage(slot.busy.job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerFile, {
      workerData: { storeDir: this.store?.dir, readStore: this.store?.read ?? false },
    });
    const slot: Slot = { worker, busy: null };
    worker.on('message', (reply: AnalysisReply) => {
      const busy = slot.busy;
      slot.busy = null;
      for (const p of reply.problems) this.report(p);
      if (busy && busy.job.id === reply.id) {
        if ('error' in reply) busy.reject(new Error(reply.error));
        else {
          this.onAnalysed(busy.job.path, reply.ms);
          busy.resolve(reply.analysis);
        }
      }
      this.dispatch();
    });
    const fail = (error: Error): void => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.busy?.reject(error);
      slot.busy = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`the analysis worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Stops the workers (their memory is returned); queued jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiting of this.queue.splice(0)) waiting.reject(new Error('the analysis pool is closed'));
    const slots = this.slots.splice(0);
    for (const s of slots) s.busy?.reject(new Error('the analysis pool is closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
