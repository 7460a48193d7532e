import type { AnalyzeOptions, DocumentAnalysis } from '../core/index/analyzeDocument';
import { AnalysisPool } from '../node/analysisPool';

/** Editor texts longer than this are analysed on a worker thread, so other requests are answered meanwhile. */
export const OFF_THREAD_FROM_CHARS = 200_000;
/** The worker (an NLP model of its own) is stopped when no big document was analysed for this long. */
const IDLE_MS = 30_000;

/**
 * Analyses big editor texts on one worker thread, newest text first: while a text is analysed,
 * further edits of the same document wait, and only the latest is analysed next (older ones would
 * be thrown away anyway).
 */
export class OffThreadAnalysis {
  private pool: AnalysisPool | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Documents being analysed: the text in the worker, and the newer one waiting. */
  private readonly running = new Map<string, { text: string; next: string | null }>();

  constructor(
    private readonly workerFile: string,
    private readonly options: () => AnalyzeOptions,
    /** Files the analysis, when the editor still holds this text. */
    private readonly done: (uri: string, text: string, analysis: DocumentAnalysis | null) => void,
    private readonly report: (problem: string) => void,
  ) {}

  /** Whether the analysis of this document's latest text is still to come. */
  pending(uri: string): boolean {
    return this.running.has(uri);
  }

  get busy(): boolean {
    return this.running.size > 0;
  }

  analyse(uri: string, path: string, text: string): void {
    const running = this.running.get(uri);
    if (running) {
      running.next = text === running.text ? null : text;
      return;
    }
    this.running.set(uri, { text, next: null });
    void this.run(uri, path, text);
  }

  private async run(uri: string, path: string, text: string): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.pool ??= new AnalysisPool(this.workerFile, undefined, 1, this.report);
    let analysis: DocumentAnalysis | null = null;
    try {
      analysis = await this.pool.analyze(path, text, this.options());
    } catch (e) {
      this.report(
        `${path}: the analysis worker failed (${(e as Error).message}); analysing on the main thread`,
      );
    }
    const state = this.running.get(uri);
    const next = state?.next ?? null;
    if (state && next !== null) {
      state.text = next;
      state.next = null;
      void this.run(uri, path, next);
      return;
    }
    this.running.delete(uri);
    this.done(uri, text, analysis);
    if (this.running.size === 0) this.idleTimer = setTimeout(() => this.stop(), IDLE_MS);
  }

  stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    void this.pool?.close();
    this.pool = null;
  }
}
