import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type DidChangeWatchedFilesParams,
  FileChangeType,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { counted } from '../core/counted';
import type { DocumentAnalysis } from '../core/index/analyzeDocument';
import { indexFile, indexWorkspace, sizeLimitReason, yieldToEventLoop } from '../core/index/indexer';
import type { IndexedDocument } from '../core/index/workspaceIndex';
import { AnalysisPool, defaultPoolSize, PARALLEL_FROM_FILES } from '../node/analysisPool';
import { FileWorkspace } from '../node/fileWorkspace';
import {
  type IndexStatus,
  MatchesChangedNotification,
  StatusNotification,
  type TriangulateSettings,
} from '../protocol';
import type { AnalystFiles } from './analystFiles';
import { outgoing, type ServerContext } from './context';
import { OFF_THREAD_FROM_CHARS, OffThreadAnalysis } from './offThread';
import { DEFAULT_SETTINGS } from './settings';

/** The analysis worker's bundle, next to the server's. */
const ANALYSIS_WORKER = join(__dirname, 'analysisWorker.js');
/** The setting that raises the size cap, named in every skip reason. */
const SIZE_SETTING = 'triangulate.maxFileSizeKB';
/** Editing pauses this long before a document is re-analysed. */
const EDIT_DEBOUNCE_MS = 150;
/**
 * Typing is resolved against the workspace's entities one document at a time; the full
 * cross-document resolution runs once editing has paused this long.
 */
const SETTLE_DELAY_MS = 1200;
/** Index changes are announced (status, token refresh) at most this often. */
const ANNOUNCE_DEBOUNCE_MS = 250;
/** A document slower than this to analyse is named in the status. */
const SLOW_DOCUMENT_MS = 500;

interface Folder {
  uri: string;
  name: string;
  files: FileWorkspace;
}

/**
 * Keeps the index in step with the workspace: the initial scan (bounded concurrency, progress,
 * cancellable), edits in open editors (debounced, one document re-analysed), and files created,
 * changed or deleted on disk.
 */
export class WorkspaceSync {
  private folders: Folder[] = [];
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private announceTimer: NodeJS.Timeout | null = null;
  private settleTimer: NodeJS.Timeout | null = null;
  /** The index changed since the last announcement (not only the status). */
  private refreshDue = false;
  private state: IndexStatus['state'] = 'starting';
  private progress: IndexStatus['progress'];
  private slowest: IndexStatus['slowest'];
  private scanGeneration = 0;
  /** Documents changed since the last announcement, whose match partners must refresh. */
  private readonly changedUris = new Set<string>();
  private everythingChanged = false;

  get indexing(): boolean {
    return this.state !== 'ready';
  }

  private readyWaiters: Array<() => void> = [];
  private resolving: Promise<boolean> | null = null;

  /** The workspace resolution in slices; callers arriving while one runs share it. */
  private resolveEntities(): Promise<boolean> {
    this.resolving ??= this.ctx()
      .index.resolveInSlices(yieldToEventLoop)
      .finally(() => {
        this.resolving = null;
      });
    return this.resolving;
  }

  /** Resolves once the current scan is done (at once when none runs): a whole-workspace check waits for it. */
  whenReady(): Promise<void> {
    if (this.state === 'ready') return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Big editor texts are analysed on a worker thread. */
  private readonly offThread: OffThreadAnalysis;

  constructor(
    private readonly ctx: () => ServerContext,
    private readonly files: AnalystFiles,
  ) {
    this.offThread = new OffThreadAnalysis(
      ANALYSIS_WORKER,
      () => this.ctx().index.analyzeOptions,
      (uri, text, analysis) => this.analysedOffThread(uri, text, analysis),
      (problem) => this.ctx().connection.console.warn(problem),
    );
  }

  private settings: TriangulateSettings = DEFAULT_SETTINGS;

  /** Where the analysis workers read and write cached analyses (none: no disk cache). */
  private storeDir: string | undefined;

  /** The next scan's workers analyse every file again instead of reading the disk cache. */
  private refreshStore = false;

  configure(
    folders: WorkspaceFolder[],
    settings: TriangulateSettings,
    storeDir?: string,
    refresh = false,
  ): void {
    this.settings = settings;
    this.storeDir = storeDir;
    this.refreshStore = refresh;
    this.folders = folders
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => ({
        uri: f.uri,
        name: f.name,
        files: new FileWorkspace(fileURLToPath(f.uri), {
          include: settings.include.length ? settings.include : undefined,
          exclude: settings.exclude.length ? settings.exclude : undefined,
        }),
      }));
  }

  private get maxFileBytes(): number {
    return Math.max(1, this.settings.maxFileSizeKB) * 1024;
  }

  /** Path shown to the analyst: relative to its folder (prefixed by the folder name when there are several). */
  private locate(uri: string): { folder: Folder; relativePath: string } | null {
    if (!uri.startsWith('file:')) return null;
    const path = fileURLToPath(uri);
    for (const folder of this.folders) {
      const rel = folder.files.relativePath(path);
      if (rel !== null)
        return { folder, relativePath: this.folders.length > 1 ? `${folder.name}/${rel}` : rel };
    }
    return null;
  }

  /** Whether a document belongs to the analysed set (inside a folder, matching include/exclude). */
  isArticle(uri: string): boolean {
    const where = this.locate(uri);
    if (!where) return false;
    const rel =
      this.folders.length > 1 ? where.relativePath.slice(where.folder.name.length + 1) : where.relativePath;
    return where.folder.files.matches(rel);
  }

  /** Scans every folder from scratch. A newer scan cancels an older one. */
  async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    try {
      await this.scanFolders(generation);
    } finally {
      // Whatever happened, a finished newest scan leaves the server ready (and its waiters answered).
      if (generation === this.scanGeneration && this.state !== 'ready') {
        this.state = 'ready';
        for (const resolve of this.readyWaiters.splice(0)) resolve();
        this.announce();
      }
    }
  }

  private async scanFolders(generation: number): Promise<void> {
    const ctx = this.ctx();
    const isStale = (): boolean => generation !== this.scanGeneration;
    this.state = 'indexing';
    this.slowest = undefined;
    this.announce();
    await this.files.loadAll(ctx.index);
    const progress = await ctx.connection.window.createWorkDoneProgress();
    progress.begin('Triangulate: indexing articles', 0, 'listing files…', true);
    const started = Date.now();
    let total = 0;
    let done = 0;
    // Bulk analysis runs on worker threads; this thread only files the results and answers requests.
    const pool = new AnalysisPool(
      ANALYSIS_WORKER,
      this.storeDir ? { dir: this.storeDir, read: !this.refreshStore } : undefined,
      defaultPoolSize(),
      (p) => ctx.connection.console.warn(p),
      (path, ms) => {
        if (ms > SLOW_DOCUMENT_MS && (!this.slowest || ms > this.slowest.ms)) this.slowest = { path, ms };
      },
    );
    try {
      for (const folder of this.folders) {
        const view = this.folders.length > 1 ? prefixed(folder) : folder.files;
        const result = await indexWorkspace(view, ctx.index, {
          maxFileBytes: this.maxFileBytes,
          sizeLimitHint: SIZE_SETTING,
          analyze: (path, text, key) => pool.analyze(path, text, ctx.index.analyzeOptions, key),
          analyzeFrom: PARALLEL_FROM_FILES,
          concurrency: pool.size * 2 + 2,
          signal: {
            get isCancellationRequested() {
              return isStale() || progress.token.isCancellationRequested;
            },
          },
          onProgress: (n, count, file) => {
            done = n;
            total = count;
            this.progress = { done: n, total: count };
            progress.report(
              Math.round((n / Math.max(1, count)) * 100),
              `${n} / ${count} · ${file.relativePath}`,
            );
            if (n % 25 === 0) this.announce();
          },
          onProblem: (file, problem) => ctx.connection.console.warn(`${file.relativePath}: ${problem}`),
        });
        if (result.cancelled) return;
      }
      // Editors opened during the scan hold newer text than the disk.
      for (const doc of ctx.documents.all()) this.analyseOpen(doc.uri);
      // Entities across all documents, in slices: requests are answered meanwhile.
      progress.report(100, `resolving entities across ${counted(done, 'document')}…`);
      const resolving = performance.now();
      await this.resolveEntities();
      if (isStale()) return;
      ctx.connection.console.info(
        `Resolved entities in ${((performance.now() - resolving) / 1000).toFixed(1)} s (in slices).`,
      );
      ctx.connection.console.info(
        `Indexed ${done} of ${counted(total, 'file')} in ${((Date.now() - started) / 1000).toFixed(1)} s; ${counted(ctx.index.entities().length, 'entity', 'entities')}.`,
      );
    } finally {
      void pool.close();
      progress.done();
      if (generation === this.scanGeneration) {
        this.state = 'ready';
        for (const resolve of this.readyWaiters.splice(0)) resolve();
        this.progress = undefined;
        this.everythingChanged = true;
        this.announce();
      }
    }
  }

  /** An editor's text changed: re-analyse that document once typing pauses. */
  scheduleOpen(uri: string): void {
    if (!this.isArticle(uri)) return;
    const existing = this.pending.get(uri);
    if (existing) clearTimeout(existing);
    this.pending.set(
      uri,
      setTimeout(() => this.analyseOpen(uri), EDIT_DEBOUNCE_MS),
    );
    this.announce(false); // the status shows the edit as pending
  }

  /**
   * The index entry for `uri`, analysing pending edits first so answers match the editor. While a
   * big text is analysed on the worker, there is no entry: no answer rather than one about other text.
   */
  fresh(uri: string): IndexedDocument | undefined {
    if (this.pending.has(uri)) this.analyseOpen(uri);
    else if (!this.ctx().index.document(uri) && this.ctx().documents.get(uri)) this.analyseOpen(uri);
    return this.offThread.pending(uri) ? undefined : this.ctx().index.document(uri);
  }

  private analyseOpen(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
    const ctx = this.ctx();
    const doc = ctx.documents.get(uri);
    const where = this.locate(uri);
    if (!doc || !where || !this.isArticle(uri)) return;
    const text = doc.getText();
    if (text.length > this.maxFileBytes) {
      ctx.index.setSkipped(
        uri,
        where.relativePath,
        sizeLimitReason(text.length, this.maxFileBytes, SIZE_SETTING),
      );
      this.filed(uri);
    } else if (text.length >= OFF_THREAD_FROM_CHARS && ctx.index.document(uri)?.text !== text) {
      this.offThread.analyse(uri, where.relativePath, text);
      this.announce(false); // the status shows the analysis as pending
    } else this.file(uri, where.relativePath, text);
  }

  /** Files an editor's text (with its analysis when a worker computed it). */
  private file(uri: string, relativePath: string, text: string, analysis?: DocumentAnalysis): void {
    const ctx = this.ctx();
    // Keep the disk's read warning while the text is unchanged; typing is transient.
    const previous = ctx.index.document(uri);
    const unchanged = previous?.text === text;
    ctx.index.setDocument(
      uri,
      relativePath,
      text,
      unchanged ? previous?.readWarning : null,
      !unchanged,
      analysis,
    );
    this.filed(uri);
  }

  /** A worker's analysis of a big editor text, filed when the editor still holds that text. */
  private analysedOffThread(uri: string, text: string, analysis: DocumentAnalysis | null): void {
    const where = this.locate(uri);
    if (!where || this.ctx().documents.get(uri)?.getText() !== text) return;
    this.file(uri, where.relativePath, text, analysis ?? undefined);
  }

  private filed(uri: string): void {
    this.onLocalFiled?.(uri);
    this.changedUris.add(uri);
    this.announce();
    if (!this.ctx().index.isSettled) this.scheduleSettle();
  }

  /** Once edits pause: the full resolution, so every answer equals a fresh index's again. */
  private scheduleSettle(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      if (this.pending.size > 0) return this.scheduleSettle();
      const ctx = this.ctx();
      if (ctx.index.isSettled) return this.announce(false);
      const started = performance.now();
      // In slices; the patched entities keep answering until the new resolution replaces them.
      void this.resolveEntities().then((done) => {
        if (!done) return; // typing resumed: its own pause settles it
        const ms = performance.now() - started;
        if (ms > SLOW_DOCUMENT_MS)
          ctx.connection.console.info(`Workspace entities re-resolved in ${ms.toFixed(0)} ms (in slices).`);
        // Matches anywhere may have changed with the exact resolution: every view refreshes.
        this.everythingChanged = true;
        this.announce();
      });
    }, SETTLE_DELAY_MS);
  }

  /** An editor closed: the disk is the truth again (unsaved edits were discarded). */
  async closed(uri: string): Promise<void> {
    const timer = this.pending.get(uri);
    if (timer) clearTimeout(timer);
    this.pending.delete(uri);
    await this.reloadFromDisk(uri);
  }

  /** Sources or decisions changed outside the workspace (the team corpus): every view refreshes. */
  sourcesChanged(): void {
    this.holdRefreshes = false;
    this.everythingChanged = true;
    this.announce();
  }

  async watchedFilesChanged(params: DidChangeWatchedFilesParams): Promise<void> {
    const ctx = this.ctx();
    for (const change of params.changes) {
      if (await this.files.changed(change.uri, ctx.index)) {
        this.everythingChanged = true;
        this.announce();
        continue;
      }
      if (ctx.documents.get(change.uri)) continue; // the editor's text wins while it is open
      if (change.type === FileChangeType.Deleted) {
        ctx.index.remove(change.uri);
        this.changedUris.add(change.uri);
        this.announce();
      } else await this.reloadFromDisk(change.uri);
    }
  }

  private async reloadFromDisk(uri: string): Promise<void> {
    const ctx = this.ctx();
    const where = this.locate(uri);
    if (!where || !this.isArticle(uri)) return;
    const view = this.folders.length > 1 ? prefixed(where.folder) : where.folder.files;
    try {
      const s = await stat(fileURLToPath(uri));
      const file = { uri, relativePath: where.relativePath, size: s.size };
      const problem = await indexFile(view, ctx.index, file, this.maxFileBytes, SIZE_SETTING);
      if (problem) ctx.connection.console.warn(`${where.relativePath}: ${problem}`);
      this.onLocalFiled?.(uri);
    } catch {
      ctx.index.remove(uri); // gone
    }
    this.changedUris.add(uri);
    this.announce();
  }

  status(): IndexStatus {
    const index = this.ctx().index;
    const skipped = index.skipped().map((s) => ({ path: s.relativePath, reason: s.reason }));
    const truncated = index
      .documents()
      .filter((d) => d.analysis.truncated)
      .map((d) => ({ path: d.relativePath, reason: d.analysis.truncated! }));
    const status: IndexStatus = {
      state: this.state,
      documents: index.documents().length,
      entities: this.state === 'ready' ? index.entities().length : 0,
      skipped,
      truncated,
      // Pending edits and a due workspace resolution both mean "answers may still change".
      settled: index.isSettled && this.pending.size === 0 && !this.settleTimer && !this.offThread.busy,
    };
    if (this.progress) status.progress = this.progress;
    if (this.slowest) status.slowest = this.slowest;
    return status;
  }

  /**
   * Tells the client about index changes: status item, and (when the index changed, not only its
   * status) re-colouring and re-checking of open editors.
   */
  announce(indexChanged = true): void {
    if (indexChanged) this.refreshDue = true;
    if (this.announceTimer) return;
    this.announceTimer = setTimeout(() => {
      this.announceTimer = null;
      void this.flushAnnouncement();
    }, ANNOUNCE_DEBOUNCE_MS);
  }

  /**
   * Sources are being filed from elsewhere (the team corpus): announcements wait for
   * `sourcesChanged` — no status (its entity count would resolve the partial index at once), no
   * resolution, preparation or refresh on every partial state while documents keep arriving.
   */
  holdRefreshes = false;

  /** A workspace file was filed after the scan: the team corpus drops a copy of the same text. */
  onLocalFiled: ((uri: string) => void) | undefined;

  private async flushAnnouncement(): Promise<void> {
    const ctx = this.ctx();
    if (this.holdRefreshes) return;
    // A change that dropped the entities (files, corrections): resolve them in slices first, so
    // the requests the refresh triggers find them ready instead of computing them at once.
    if (this.state === 'ready' && this.refreshDue && !ctx.index.hasResolution) await this.resolveEntities();
    // Likewise the stories, the event index and the people, which the first diagnostics would build at once.
    if (this.state === 'ready' && this.refreshDue) await ctx.findings.prepareInSlices(yieldToEventLoop);
    void ctx.connection.sendNotification(StatusNotification, outgoing(this.status()));
    if (this.state !== 'ready' || !this.refreshDue) return;
    this.refreshDue = false;
    void ctx.connection.languages.semanticTokens.refresh().catch(() => undefined);
    // Any change may add or remove a conflict in another document: editors re-pull their diagnostics.
    void ctx.connection.languages.diagnostics.refresh().catch(() => undefined);
    // The edited documents, and those matched to them before or after the edit.
    const uris = new Set<string>();
    if (!this.everythingChanged) {
      for (const uri of this.changedUris) {
        uris.add(uri);
        for (const partner of ctx.matches.affectedBy(uri)) uris.add(partner);
      }
    }
    if (this.everythingChanged || uris.size > 0) {
      void ctx.connection.sendNotification(MatchesChangedNotification, { uris: [...uris] });
    }
    this.changedUris.clear();
    this.everythingChanged = false;
  }
}

/** A folder's files with paths prefixed by the folder name (multi-root workspaces). */
function prefixed(folder: Folder) {
  return {
    listFiles: async () =>
      (await folder.files.listFiles()).map((f) => ({
        ...f,
        relativePath: `${folder.name}/${f.relativePath}`,
      })),
    readFile: (uri: string) => folder.files.readFile(uri),
  };
}
