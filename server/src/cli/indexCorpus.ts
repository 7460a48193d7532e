import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { counted } from '../core/counted';
import { ANALYZER_VERSION } from '../core/index/analyzeDocument';
import { AnalysisPool, defaultPoolSize } from '../node/analysisPool';
import { openCorpusDatabase, reason } from '../node/corpus/corpusDatabase';
import { type ClaimedDocument, CorpusQueue } from '../node/corpus/corpusQueue';
import { migrate } from '../node/corpus/migrate';
import { folderDocuments } from './corpusFolders';
import { CLI_ANALYZE_OPTIONS } from './indexFolder';

export interface CorpusIndexOptions {
  url: string;
  folders: string[];
  /** Analysis threads in this process. */
  workers: number;
  /** How long a claimed document stays this worker's without a renewal. */
  leaseSeconds: number;
  maxFileBytes: number;
}

const DEFAULT_LEASE_SECONDS = 120;

/**
 * Test-only: milliseconds each document waits before it is stored, so a test can kill a worker
 * mid-way (TRIANGULATE_CORPUS_TEST_DELAY_MS). Unset in normal use; it changes nothing else.
 */
const testDelayMs = (): number => Number(process.env.TRIANGULATE_CORPUS_TEST_DELAY_MS) || 0;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const say = (line: string): boolean => process.stderr.write(`${line}\n`);

/** `--workers`, `--lease` and `--max-file-size` of an index command line, or a message for a bad one. */
export function corpusIndexOptions(
  rest: string[],
  url: string,
  folders: string[],
): CorpusIndexOptions | string {
  const value = (flag: string, fallback: number): number => {
    const i = rest.indexOf(flag);
    return i >= 0 ? Number(rest[i + 1]) : fallback;
  };
  const workers = value('--workers', defaultPoolSize());
  const leaseSeconds = value('--lease', DEFAULT_LEASE_SECONDS);
  const maxMb = value('--max-file-size', 5);
  if (!Number.isInteger(workers) || workers < 1) return '--workers needs a whole number of at least 1.';
  if (!Number.isFinite(leaseSeconds) || leaseSeconds < 1)
    return '--lease needs a number of seconds of at least 1.';
  if (!Number.isFinite(maxMb) || maxMb <= 0) return '--max-file-size needs a positive number of megabytes.';
  return {
    url,
    folders: folders.map((f) => resolve(f)),
    workers,
    leaseSeconds,
    maxFileBytes: maxMb * 1024 * 1024,
  };
}

/**
 * `triangulate index <folder…> --db <url>`: adds the folders' articles to the shared corpus, then
 * analyses pending documents until none is left (its own claims, and others' once their lease has
 * expired). Any number of these may run at once, on any machine.
 */
export async function indexCorpus(options: CorpusIndexOptions): Promise<number> {
  const started = performance.now();
  const pool = await openCorpusDatabase(options.url, options.workers + 2);
  try {
    const applied = await migrate(pool);
    if (applied.length) say(`corpus: applied schema migration(s) ${applied.join(', ')}`);
    const queue = new CorpusQueue(
      pool,
      `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
      options.leaseSeconds,
    );
    const added = await addFolders(queue, options);
    const reopened = await queue.reopenStale(ANALYZER_VERSION);
    if (reopened)
      say(`corpus: ${counted(reopened, 'document')} analysed by an older analyser will be analysed again`);
    const analysed = await analysePending(queue, options, started);
    await summary(queue, added, analysed, started);
    return 0;
  } finally {
    await pool.end();
  }
}

async function addFolders(queue: CorpusQueue, options: CorpusIndexOptions): Promise<number> {
  let added = 0;
  let seen = 0;
  const onProblem = (path: string, problem: string) => say(`${path}: ${problem}`);
  for await (const batch of folderDocuments(options.folders, options.maxFileBytes, onProblem)) {
    added += await queue.add(batch);
    seen += batch.length;
  }
  say(`corpus: ${counted(seen, 'article')} read, ${added} new`);
  return added;
}

interface Tally {
  analysed: number;
  failed: number;
  takenOver: number;
  lastProgress: number;
}

/** Claims, analyses and stores documents until the corpus has none pending. */
async function analysePending(
  queue: CorpusQueue,
  options: CorpusIndexOptions,
  started: number,
): Promise<Tally> {
  const analysis = new AnalysisPool(join(__dirname, 'analysisWorker.js'), undefined, options.workers, say);
  const renewal = setInterval(
    () => queue.renewLeases().catch(() => undefined),
    (options.leaseSeconds * 1000) / 3,
  );
  const tally: Tally = { analysed: 0, failed: 0, takenOver: 0, lastProgress: 0 };
  const claims = new Claims(queue, options.workers * 2);
  // Twice as many lanes as threads: while one lane stores its document, the thread analyses another's.
  const lane = async (): Promise<void> => {
    for (let doc = await claims.next(); doc; doc = await claims.next()) {
      await analyseOne(queue, analysis, doc, tally);
      await progress(queue, tally, started);
    }
  };
  try {
    for (;;) {
      await Promise.all(Array.from({ length: options.workers * 2 }, lane));
      const counts = await queue.counts();
      if (!counts.leased) return tally;
      // Others are analysing the rest: wait for them, or for their lease to expire (a worker that died).
      await sleep(Math.min(1000, Math.max(50, (counts.nextExpirySeconds ?? 1) * 1000)));
    }
  } finally {
    clearInterval(renewal);
    await analysis.close();
  }
}

/** Documents claimed a small batch at a time, one claim in flight, handed to the lanes one by one. */
class Claims {
  private readonly claimed: ClaimedDocument[] = [];
  private claiming: Promise<ClaimedDocument[]> | null = null;

  constructor(
    private readonly queue: CorpusQueue,
    private readonly batch: number,
  ) {}

  /** The next document to analyse; undefined when nothing is claimable now. */
  async next(): Promise<ClaimedDocument | undefined> {
    while (!this.claimed.length) {
      if (!this.claiming) {
        this.claiming = this.queue.claim(this.batch);
        this.claiming.then(
          (docs) => {
            this.claimed.push(...docs);
            this.claiming = null;
          },
          () => {
            this.claiming = null;
          },
        );
      }
      if (!(await this.claiming).length) return this.claimed.shift();
    }
    return this.claimed.shift();
  }
}

async function analyseOne(
  queue: CorpusQueue,
  pool: AnalysisPool,
  doc: ClaimedDocument,
  tally: Tally,
): Promise<void> {
  let result: Awaited<ReturnType<AnalysisPool['analyze']>>;
  try {
    result = await pool.analyze(doc.path, doc.text, CLI_ANALYZE_OPTIONS);
  } catch (e) {
    tally.failed++;
    say(`${doc.path}: skipped: the analysis failed (${reason(e)})`);
    await queue.fail(doc.id, `the analysis failed (${reason(e)})`);
    return;
  }
  if (testDelayMs()) await sleep(testDelayMs());
  if (await queue.store(doc.id, result)) tally.analysed++;
  else tally.takenOver++;
}

/** One progress line on stderr at most every second. */
async function progress(queue: CorpusQueue, tally: Tally, started: number): Promise<void> {
  const now = performance.now();
  if (now - tally.lastProgress < 1000) return;
  tally.lastProgress = now;
  const c = await queue.counts();
  say(
    `corpus: ${c.done + c.failed}/${c.documents} analysed (${tally.analysed} here, ${rate(tally.analysed, now - started)})`,
  );
}

const rate = (n: number, ms: number): string => `${(n / Math.max(ms / 1000, 0.001)).toFixed(1)} articles/s`;

async function summary(queue: CorpusQueue, added: number, tally: Tally, started: number): Promise<void> {
  const c = await queue.counts();
  const ms = performance.now() - started;
  say(
    `Corpus: ${counted(c.documents, 'document')}, ${c.done} analysed, ${c.failed} failed, ${c.pending} pending; ` +
      `this run added ${added} and analysed ${tally.analysed} (${tally.failed} failed, ${tally.takenOver} taken over by another worker) ` +
      `in ${(ms / 1000).toFixed(2)} s, ${rate(tally.analysed, ms)}.`,
  );
}
