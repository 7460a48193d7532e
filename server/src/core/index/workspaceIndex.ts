import { BoundedMap } from '../boundedMap';
import { EMPTY_CORRECTIONS, type EntityCorrections } from '../entities/corrections';
import {
  type Entity,
  type EntityMention,
  type Resolution,
  resolutionSteps,
  resolveDocument,
} from '../entities/resolve';
import { SentenceIndex } from '../matching/sentenceIndex';
import { AnalysisMemo } from './analysisMemo';
import { type AnalysisStore, storeKey } from './analysisStore';
import { type AnalyzeOptions, analyzeDocument, type DocumentAnalysis, hashText } from './analyzeDocument';

export interface IndexedDocument {
  uri: string;
  relativePath: string;
  text: string;
  analysis: DocumentAnalysis;
  /** A problem reading the file that did not stop its analysis ("invalid UTF-8 … replaced"). */
  readWarning?: string;
}

export interface SkippedDocument {
  uri: string;
  relativePath: string;
  reason: string;
}

/** Index of the range (sorted, not overlapping) that contains `offset`, ends included; -1 if none. */
function indexContaining(ranges: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset > r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function contentKey(relativePath: string, text: string): { ext: string; hash: string } {
  return { ext: relativePath.slice(relativePath.lastIndexOf('.') + 1).toLowerCase(), hash: hashText(text) };
}

/** Analyses are reused by content: reopening or reverting a file costs nothing. */
const ANALYSIS_CACHE_SIZE = 4096;
/** Documents typed in at once whose last analysis is kept in pieces (the analyst's open editors). */
const TYPED_MEMOS = 4;
/**
 * …within a budget of analysed characters (an analysis takes roughly ten times its text in memory),
 * so a thousand versions of one big file cannot pile up.
 */
const ANALYSIS_CACHE_CHARS = 16_000_000;
/** The characters an analysis covers: its last sentence's end (a fixed cost for empty ones). */
const analysedChars = (a: DocumentAnalysis): number => 1000 + (a.sentences.at(-1)?.end ?? 0);

/**
 * The workspace's documents, their analyses and the entities resolved across them. Documents are
 * analysed one at a time as they change; the cross-document resolution is recomputed lazily, once,
 * after any number of changes.
 */
export class WorkspaceIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly skippedDocs = new Map<string, SkippedDocument>();
  /** Most recently used last: a hit is taken out and put back. */
  private readonly cache = new BoundedMap<string, DocumentAnalysis>(
    ANALYSIS_CACHE_SIZE,
    analysedChars,
    ANALYSIS_CACHE_CHARS,
  );
  private readonly terms = new Map<string, string>();
  private corrections: EntityCorrections = EMPTY_CORRECTIONS;
  private resolved: Resolution | null = null;
  /** Edits patched the resolution; a full one is due (see settle). */
  private unsettled = false;
  private changeCount = 0;
  /** Changes that are not typing (files, corrections, the settle after typing). */
  private fullChangeCount = 0;
  /** Documents edited by typing since the last full change. */
  private readonly typed = new Set<string>();
  /** Document order by path; recomputed only when documents come, go or move. */
  private sortedUris: string[] | null = null;
  /** Sentence terms of every document, for cross-source matching (updated per document). */
  readonly sentences = new SentenceIndex();

  constructor(
    private readonly options: AnalyzeOptions = {},
    /** A persistent store of analyses (the disk cache), consulted after the memory cache. */
    private store?: AnalysisStore,
  ) {}

  /** Sets (or removes) the persistent store; analyses already in memory are kept. */
  useStore(store: AnalysisStore | undefined): void {
    this.store = store;
  }

  /** Increases on every change; lets callers drop results computed for an older state. */
  get generation(): number {
    return this.changeCount;
  }

  /**
   * Increases on every change except typing. Between two full generations only the documents in
   * `typedSince` changed, so caches of other documents may be kept (see MatchService.sync).
   */
  get fullGeneration(): number {
    return this.fullChangeCount;
  }

  /** Documents changed by typing since the last full change. */
  get typedDocuments(): ReadonlySet<string> {
    return this.typed;
  }

  /**
   * Analyses (or reuses the analysis of) a document's text. `transient` text — an editor's unsaved
   * state while typing — is not kept in the content cache: every keystroke is a new version, and
   * caching them would only grow memory.
   */
  /** Per typed document, the pieces of its last analysis (see AnalysisMemo); a few documents at most. */
  private readonly memos = new BoundedMap<string, AnalysisMemo>(TYPED_MEMOS);

  private memoOf(uri: string): AnalysisMemo {
    let memo = this.memos.get(uri);
    if (!memo) {
      memo = new AnalysisMemo();
      this.memos.set(uri, memo);
    }
    return memo;
  }

  setDocument(
    uri: string,
    relativePath: string,
    text: string,
    readWarning?: string | null,
    transient = false,
    /** The analysis of `text` when it was computed elsewhere (an analysis worker). */
    precomputed?: DocumentAnalysis,
  ): IndexedDocument {
    const existing = this.docs.get(uri);
    if (
      existing &&
      existing.text === text &&
      existing.relativePath === relativePath &&
      existing.readWarning === (readWarning ?? undefined)
    )
      return existing;
    const { ext, hash } = contentKey(relativePath, text);
    const cacheKey = `${ext}:${hash}`;
    let analysis = precomputed?.contentHash === hash ? precomputed : this.cache.get(cacheKey);
    if (analysis) this.cache.delete(cacheKey);
    else {
      const key = storeKey(hash, ext, this.options.maxChars);
      analysis = transient ? undefined : this.store?.get(key, text);
      if (!analysis) {
        analysis = analyzeDocument(
          relativePath,
          text,
          this.options,
          transient ? this.memoOf(uri) : undefined,
        );
        if (!transient) this.store?.put(key, analysis);
      }
    }
    if (!transient) {
      this.cache.set(cacheKey, analysis);
    }
    const doc: IndexedDocument = {
      uri,
      relativePath,
      text,
      analysis,
      ...(readWarning ? { readWarning } : {}),
    };
    if (existing?.relativePath !== relativePath) this.sortedUris = null;
    this.internTerms(analysis);
    this.docs.set(uri, doc);
    this.sentences.setDocument(uri, analysis.sentences);
    this.skippedDocs.delete(uri);
    if (transient && existing && this.resolved) {
      // Typing: resolve this document against the workspace's entities now, the workspace later.
      this.patchResolution(
        this.resolved,
        uri,
        resolveDocument(this.resolved, {
          uri,
          text,
          sentences: analysis.sentences,
          mentions: analysis.mentions,
        }),
      );
      this.changeCount++;
      this.typed.add(uri);
      this.unsettled = true;
    } else this.changed();
    return doc;
  }

  /**
   * The analysis of a text if it is in memory or in the persistent store; otherwise the key under
   * which whoever analyses it should store it. Reading a stored analysis here is cheaper than in a
   * worker: a worker would parse it and then copy it across threads.
   */
  lookup(relativePath: string, text: string): { analysis?: DocumentAnalysis; storeKey: string } {
    const { ext, hash } = contentKey(relativePath, text);
    const key = storeKey(hash, ext, this.options.maxChars);
    const analysis = this.cache.get(`${ext}:${hash}`) ?? this.store?.get(key, text);
    return { ...(analysis ? { analysis } : {}), storeKey: key };
  }

  get analyzeOptions(): AnalyzeOptions {
    return this.options;
  }

  /**
   * One string per distinct term across the workspace: analyses arrive from workers and the disk
   * cache with their own copies, and terms are most of an index's strings.
   */
  private internTerms(analysis: DocumentAnalysis): void {
    for (const s of analysis.sentences) {
      const terms = s.terms;
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i]!;
        const known = this.terms.get(t);
        if (known === undefined) this.terms.set(t, t);
        else terms[i] = known;
      }
    }
  }

  /** Replaces one document's mentions in a resolution, in its per-document and per-entity lists. */
  private patchResolution(resolution: Resolution, uri: string, mentions: EntityMention[]): void {
    const touched = new Set<string>();
    for (const m of resolution.byDocument.get(uri) ?? []) touched.add(m.entityId);
    for (const m of mentions) touched.add(m.entityId);
    resolution.byDocument.set(uri, mentions);
    for (const id of touched) {
      const entity = resolution.entities.get(id);
      if (!entity) continue;
      entity.mentions = entity.mentions
        .filter((m) => m.uri !== uri)
        .concat(mentions.filter((m) => m.entityId === id))
        .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
      // Typed away entirely: gone until the next full resolution brings it back if it returns.
      if (entity.mentions.length === 0) resolution.entities.delete(id);
    }
  }

  setSkipped(uri: string, relativePath: string, reason: string): void {
    this.skippedDocs.set(uri, { uri, relativePath, reason });
    this.forget(uri);
  }

  remove(uri: string): void {
    this.skippedDocs.delete(uri);
    this.forget(uri);
  }

  /** Drops every document and every analysis kept in memory: the next scan analyses all again. */
  forgetAll(): void {
    for (const uri of [...this.docs.keys(), ...this.skippedDocs.keys()]) this.remove(uri);
    this.cache.clear();
  }

  private forget(uri: string): void {
    this.sentences.removeDocument(uri);
    if (this.docs.delete(uri)) {
      this.sortedUris = null;
      this.changed();
    }
  }

  setCorrections(corrections: EntityCorrections): void {
    this.corrections = corrections;
    this.changed();
  }

  getCorrections(): EntityCorrections {
    return this.corrections;
  }

  private changed(): void {
    this.resolved = null;
    this.unsettled = false;
    this.typed.clear();
    this.changeCount++;
    this.fullChangeCount++;
  }

  /** Whether edits were resolved one document at a time and the workspace resolution is due. */
  get isSettled(): boolean {
    return !this.unsettled;
  }

  /**
   * Recomputes what edits only patched (the workspace's entities, everything derived from them), so
   * the state equals a fresh index's. Called once typing pauses; returns whether there was work.
   */
  settle(): boolean {
    if (!this.unsettled) return false;
    this.changed();
    return true;
  }

  document(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  /** Every document by path (cached: callers walk it once per location they report). */
  documents(): IndexedDocument[] {
    if (!this.sortedUris) {
      this.sortedUris = [...this.docs.values()]
        .sort((a, b) => a.relativePath.localeCompare(b.relativePath))
        .map((d) => d.uri);
    }
    return this.sortedUris.map((uri) => this.docs.get(uri)!);
  }

  skippedDocument(uri: string): SkippedDocument | undefined {
    return this.skippedDocs.get(uri);
  }

  skipped(): SkippedDocument[] {
    return [...this.skippedDocs.values()].sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  }

  resolution(): Resolution {
    if (!this.resolved) {
      // A resolution running in slices for this state is finished here rather than started again.
      const steps = this.background?.generation === this.changeCount ? this.background.steps : this.steps();
      this.background = null;
      for (;;) {
        const step = steps.next();
        if (step.done) {
          this.resolved = step.value;
          break;
        }
      }
    }
    return this.resolved;
  }

  private steps(): Generator<void, Resolution> {
    const docs = this.documents().map((d) => ({
      uri: d.uri,
      text: d.text,
      sentences: d.analysis.sentences,
      mentions: d.analysis.mentions,
    }));
    return resolutionSteps(docs, this.corrections);
  }

  /** Whether the entities are resolved for the current state (possibly patched by typing). */
  get hasResolution(): boolean {
    return this.resolved !== null;
  }

  /** A resolution running in slices (see resolveInSlices), for the state it was started in. */
  private background: { generation: number; steps: Generator<void, Resolution> } | null = null;

  /**
   * Computes the workspace resolution in slices of `sliceMs`, awaiting `pause()` in between so a
   * server answers requests meanwhile. After typing (`settle`) the patched resolution keeps serving
   * until the new one is complete. Resolves false when a change superseded the run.
   */
  async resolveInSlices(pause: () => Promise<void>, sliceMs = 15): Promise<boolean> {
    const settling = this.unsettled && this.resolved !== null;
    if (this.resolved && !settling) return true;
    const generation = this.changeCount;
    const steps = this.steps();
    if (!settling) this.background = { generation, steps };
    let deadline = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        if (generation !== this.changeCount) return false;
        if (settling) this.settle();
        this.resolved = step.value;
        this.background = null;
        return true;
      }
      if (performance.now() < deadline) continue;
      await pause();
      // Superseded by a change, or finished by a request that could not wait.
      if (generation !== this.changeCount || (!settling && this.resolved)) return !!this.resolved;
      deadline = performance.now() + sliceMs;
    }
  }

  entities(): Entity[] {
    return [...this.resolution().entities.values()];
  }

  entity(id: string): Entity | undefined {
    return this.resolution().entities.get(id);
  }

  mentionsIn(uri: string): EntityMention[] {
    return this.resolution().byDocument.get(uri) ?? [];
  }

  /** The mention whose range contains `offset` (end inclusive, so a cursor after a name finds it). */
  mentionAt(uri: string, offset: number): EntityMention | undefined {
    const mentions = this.mentionsIn(uri);
    return mentions[indexContaining(mentions, offset)];
  }

  /** Index of the sentence of `uri` that contains `offset`, or -1 (between sentences, in markup). */
  sentenceAt(uri: string, offset: number): number {
    return indexContaining(this.docs.get(uri)?.analysis.sentences ?? [], offset);
  }

  /** Documents in reading order for provenance: earliest publication first, undated last. */
  compareByPublication = (a: string, b: string): number => {
    const da = this.docs.get(a);
    const db = this.docs.get(b);
    const pa = da?.analysis.metadata.published ?? '9999';
    const pb = db?.analysis.metadata.published ?? '9999';
    if (pa !== pb) return pa < pb ? -1 : 1;
    return (da?.relativePath ?? a).localeCompare(db?.relativePath ?? b);
  };

  /** An entity's defining mention: its first mention in the earliest-published source. */
  definitionOf(entity: Entity): EntityMention | undefined {
    return [...entity.mentions].sort(
      (x, y) => this.compareByPublication(x.uri, y.uri) || x.start - y.start,
    )[0];
  }

  /** Title if the document has one, else its file name. */
  label(uri: string): string {
    const d = this.docs.get(uri);
    if (!d) return uri;
    return d.analysis.metadata.title ?? d.relativePath.slice(d.relativePath.lastIndexOf('/') + 1);
  }
}
