import { userInfo } from 'node:os';
import type pg from 'pg';
import type { Reviews } from '../core/contradictions/reviews';
import { type SharedDecision, withSharedDecisions } from '../core/contradictions/sharedReviews';
import { counted } from '../core/counted';
import { yieldToEventLoop } from '../core/index/indexer';
import { CorpusError, openCorpusDatabase, reason, redactedUrl } from '../node/corpus/corpusDatabase';
import { CORPUS_URI_SCHEME, corpusUri, storedDocuments } from '../node/corpus/corpusReader';
import { type NewSharedDecision, shareDecision, sharedDecisions } from '../node/corpus/corpusReviews';
import { checkSchema } from '../node/corpus/migrate';
import { type CorpusStatus, CorpusStatusNotification, type TriangulateSettings } from '../protocol';
import { outgoing, type ServerContext } from './context';

/** A statement running longer than this is cancelled by the database: the editor never waits on one. */
const STATEMENT_TIMEOUT_MS = 60_000;
/** Corpus documents are filed for at most this long before requests get the event loop back. */
const SLICE_MS = 30;
/** Teammates' review decisions are read again this often while the corpus is ready. */
const POLL_MS = 60_000;
const SETTING = 'triangulate.corpus.url';
/** Rows per page: bounds what one query holds in memory and decodes before the slices take over. */
const PAGE_ROWS = 50;

/**
 * The team corpus in the editor: its current analysed documents filed as read-only sources
 * (`triangulate-corpus:/<path>`) in the workspace's own index, so matches, findings, hovers and
 * Check a Claim include them; and review decisions shared with the team. Anything that goes wrong
 * leaves the local workspace working and says why in the status (password masked).
 */
export class TeamCorpus {
  private current: CorpusStatus = { state: 'off', documents: 0, message: '' };
  private url = '';
  private reviewer = '';
  /** The password from the editor's secret storage ('' = PGPASSWORD or ~/.pgpass, as node-postgres reads them). */
  private password = '';
  private pool: pg.Pool | null = null;
  private readonly filed = new Set<string>();
  /** The filed corpus documents by content hash: a workspace file of the same text replaces one. */
  private readonly byHash = new Map<string, string>();
  /** What the last load found, for the ready message. */
  private summary = { url: '', local: 0, outdated: 0 };
  private shared: SharedDecision[] = [];
  private generation = 0;
  private loading: Promise<CorpusStatus> | null = null;
  private poll: NodeJS.Timeout | null = null;

  constructor(
    private readonly ctx: () => ServerContext,
    private readonly sync: {
      /** The local scan is done: local copies are known before corpus documents are compared with them. */
      whenReady(): Promise<void>;
      /** While documents are filed, no resolution or refresh runs on the partial index. */
      holdRefreshes: boolean;
      /** The index or the decisions changed: views and diagnostics refresh (and the hold ends). */
      sourcesChanged(): void;
    },
  ) {}

  private changed(): void {
    this.sync.sourcesChanged();
  }

  get status(): CorpusStatus {
    return this.current;
  }

  /** Applies the settings; reloads when the URL changed or `force` (a Re-index forgot every document). */
  configure(settings: TriangulateSettings, force = false): Promise<CorpusStatus> {
    this.reviewer = settings.corpus.reviewer;
    if (!force && settings.corpus.url === this.url && this.current.state !== 'unreachable')
      return this.loading ?? Promise.resolve(this.current);
    this.url = settings.corpus.url;
    return this.refresh();
  }

  /** The password the client keeps in secret storage; a change connects again. */
  setPassword(password: string): Promise<CorpusStatus> {
    if (password === this.password) return Promise.resolve(this.current);
    this.password = password;
    return this.url ? this.refresh() : Promise.resolve(this.current);
  }

  /** Connects again and reloads every document; a newer refresh supersedes an older one. */
  refresh(): Promise<CorpusStatus> {
    const generation = ++this.generation;
    const load = this.load(generation).then(() => this.current);
    this.loading = load;
    void load.finally(() => {
      if (this.loading === load) this.loading = null;
    });
    return load;
  }

  /** The text of a corpus document (the read-only editor's content), or null. */
  text(uri: string): string | null {
    const prefix = `${CORPUS_URI_SCHEME}:/`;
    if (!uri.startsWith(prefix)) return null;
    // The editor may spell the path's characters otherwise than encodeURI did.
    let filedAs: string;
    try {
      filedAs = corpusUri(decodeURIComponent(uri.slice(prefix.length)));
    } catch {
      return null;
    }
    return this.filed.has(filedAs) ? (this.ctx().index.document(filedAs)?.text ?? null) : null;
  }

  /** The review file's decisions with the team's merged in (newest wins). */
  reviews(local: Reviews): Reviews {
    return withSharedDecisions(local, this.shared);
  }

  /**
   * Writes a decision to the corpus too; says how that went, for the message of the local one.
   * `decision` without a reviewer: this analyst's (the setting, else the OS user name).
   */
  async share(decision: Omit<NewSharedDecision, 'reviewer'>): Promise<string> {
    if (!this.url) return '';
    const pool = this.pool;
    if (!pool) return ' (not shared: the team corpus is not connected)';
    try {
      await shareDecision(pool, { ...decision, reviewer: this.reviewerName() });
      this.shared = await sharedDecisions(pool);
      return '; shared with the team corpus';
    } catch (e) {
      return ` (not shared with the team corpus: ${this.mask(reason(e))})`;
    }
  }

  dispose(): void {
    this.generation++;
    this.stopPolling();
    void this.pool?.end().catch(() => undefined);
    this.pool = null;
  }

  private reviewerName(): string {
    if (this.reviewer) return this.reviewer;
    try {
      return userInfo().username || 'unknown';
    } catch {
      return 'unknown';
    }
  }

  private async load(generation: number): Promise<void> {
    const stale = () => generation !== this.generation;
    // An older load still filing stops at its next document: its hold must not outlive it.
    this.sync.holdRefreshes = false;
    this.stopPolling();
    const previous = this.pool;
    this.pool = null;
    await previous?.end().catch(() => undefined);
    const url = this.url;
    if (!url) {
      this.shared = [];
      this.unfile(new Set());
      this.announce('off', 0, '');
      return this.changed();
    }
    this.announce('connecting', this.filed.size, `connecting to ${redactedUrl(url)}…`);
    let pool: pg.Pool | null = null;
    try {
      pool = await openCorpusDatabase(url, {
        connections: 2,
        statementTimeoutMs: STATEMENT_TIMEOUT_MS,
        ...(this.password ? { password: this.password } : {}),
        source: SETTING,
      });
      if (stale()) return void (await pool.end());
      await checkSchema(pool);
      await this.sync.whenReady();
      if (stale()) return void (await pool.end());
      this.announce('loading', this.filed.size, `loading ${redactedUrl(url)}…`);
      this.sync.holdRefreshes = true;
      const filed = await this.fileDocuments(pool, stale);
      if (!filed) return void (await pool.end());
      const shared = await sharedDecisions(pool);
      if (stale()) return void (await pool.end());
      this.shared = shared;
      this.unfile(filed.uris);
      this.pool = pool;
      this.startPolling(pool, generation);
      this.summary = { url, local: filed.local, outdated: filed.outdated };
      this.announce('ready', filed.uris.size, readyMessage(url, filed));
    } catch (e) {
      await pool?.end().catch(() => undefined);
      if (stale()) return;
      this.shared = [];
      this.unfile(new Set());
      const message = e instanceof CorpusError ? e.message : `cannot read ${redactedUrl(url)}: ${reason(e)}`;
      this.announce('unreachable', 0, `${this.mask(message)}; the local workspace is analysed alone`);
    }
    this.changed();
  }

  /**
   * Files the corpus's stored analyses in slices of SLICE_MS, yielding between them; a document
   * whose text a local file holds is left to the local copy. Null when a newer load superseded it.
   */
  private async fileDocuments(
    pool: pg.Pool,
    stale: () => boolean,
  ): Promise<{ uris: Set<string>; local: number; outdated: number } | null> {
    const index = this.ctx().index;
    const localHashes = new Set(
      index
        .documents()
        .filter((d) => !d.uri.startsWith(`${CORPUS_URI_SCHEME}:`))
        .map((d) => d.analysis.contentHash),
    );
    const uris = new Set<string>();
    let local = 0;
    let outdated = 0;
    let slice = performance.now();
    for await (const doc of storedDocuments(pool, PAGE_ROWS)) {
      if (stale()) return null;
      if (!doc.analysis)
        outdated++; // stored by another analyser version: `triangulate index` redoes it
      else if (localHashes.has(doc.analysis.contentHash)) local++;
      else {
        const uri = corpusUri(doc.path);
        index.setDocument(uri, doc.path, doc.text, null, false, doc.analysis);
        this.filed.add(uri);
        this.byHash.set(doc.analysis.contentHash, uri);
        uris.add(uri);
      }
      if (performance.now() - slice > SLICE_MS) {
        await yieldToEventLoop();
        slice = performance.now();
      }
    }
    return stale() ? null : { uris, local, outdated };
  }

  /** Removes the corpus documents filed before that are not in `keep`. */
  private unfile(keep: ReadonlySet<string>): void {
    const index = this.ctx().index;
    for (const uri of [...this.filed]) {
      if (keep.has(uri)) continue;
      this.filed.delete(uri);
      index.remove(uri);
    }
    for (const [hash, uri] of [...this.byHash]) if (!this.filed.has(uri)) this.byHash.delete(hash);
  }

  /**
   * A workspace file was filed after the load: a corpus document of the same text gives way to it
   * (the local copy wins, as at load time). Refresh brings it back if the file goes.
   */
  localFiled(uri: string): void {
    if (this.current.state !== 'ready' || uri.startsWith(`${CORPUS_URI_SCHEME}:`)) return;
    const hash = this.ctx().index.document(uri)?.analysis.contentHash;
    const twin = hash && this.byHash.get(hash);
    if (!hash || !twin) return;
    this.byHash.delete(hash);
    this.filed.delete(twin);
    this.ctx().index.remove(twin);
    this.summary.local++;
    const { url, local, outdated } = this.summary;
    this.announce('ready', this.filed.size, readyMessage(url, { uris: this.filed, local, outdated }));
    this.changed(); // the twin's partners refresh too
  }

  private startPolling(pool: pg.Pool, generation: number): void {
    this.poll = setInterval(() => {
      void sharedDecisions(pool)
        .then((shared) => {
          if (generation !== this.generation) return;
          if (JSON.stringify(shared) === JSON.stringify(this.shared)) return;
          this.shared = shared;
          this.changed();
        })
        .catch(() => undefined); // the next refresh says what is wrong
    }, POLL_MS);
    this.poll.unref();
  }

  private stopPolling(): void {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
  }

  /** No password appears in a message, whatever the database or the network said. */
  private mask(message: string): string {
    let out = message;
    for (const secret of [this.password, process.env.PGPASSWORD ?? ''])
      if (secret.length >= 3) out = out.split(secret).join('***');
    return out;
  }

  private announce(state: CorpusStatus['state'], documents: number, message: string): void {
    this.current = { state, documents, message };
    void this.ctx().connection.sendNotification(CorpusStatusNotification, outgoing(this.current));
  }
}

function readyMessage(
  url: string,
  filed: { uris: ReadonlySet<string>; local: number; outdated: number },
): string {
  const notes = [
    filed.local ? `${counted(filed.local, 'article')} also in the workspace (the local copy is used)` : '',
    filed.outdated
      ? `${counted(filed.outdated, 'article')} stored by another Triangulate version left out (run \`triangulate index\` to analyse them again)`
      : '',
  ].filter(Boolean);
  return `${counted(filed.uris.size, 'article')} from ${redactedUrl(url)}${notes.length ? `; ${notes.join('; ')}` : ''}`;
}
