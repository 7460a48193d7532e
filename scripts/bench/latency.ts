// Interactive latency through the real protocol: the bundled server (dist/server.js) is spawned over
// stdio on a folder and driven the way an editor drives it — open a long article, ask for tokens,
// hovers, diagnostics and the sidebar, type into it — timing each answer.
// Usage: npx tsx scripts/bench/latency.ts <folder>   (needs `npm run build` first; prints JSON)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { RequestType } from 'vscode-languageserver-protocol';
import {
  DiagnosticRefreshRequest,
  DidChangeTextDocumentNotification,
  type DidChangeTextDocumentParams,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  HoverRequest,
  type Position,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { DocumentMatchesRequest, ENTITY_TOKEN_TYPES } from '../../server/src/protocol';
import { SERVER_BUNDLE, startServer, type TestServer } from '../../test/helpers/lspClient';
import { describeDiagnostics, procStatusMB } from '../../test/helpers/soak';
// Seeded, so every run types the same edits and hovers the same places.
import { random } from './corpus';
import { measureViews, VIEW_NAMES, type ViewName } from './viewLatency';

export interface LatencyOptions {
  /** Folder holding the workspace (e.g. 1,000 articles); will be opened as the workspace folder. Do not modify files in it except the one article you create, see below. */
  folder: string;
  /** Text of a ~5,000-word article to open. It is written into `folder` as `bench-long-article.txt` before the server starts (so it is part of the workspace) and removed at the end. */
  longArticle: string;
  /** Optional cache folder passed as initializationOptions.cacheFolder (omit for none). */
  cacheFolder?: string;
  /** Extra arguments for the main server's node process, e.g. `--cpu-prof` to profile it. */
  serverArgs?: string[];
  log?: (line: string) => void;
}

export interface Percentiles {
  p50: number;
  p95: number;
}

export interface LatencyResult {
  documents: number;
  indexSeconds: number;
  probeMaxStallMs: number;
  firstDiagnosticsMs: number;
  tokensMs: Percentiles;
  hoverMs: Percentiles;
  editDiagnosticsMs: Percentiles;
  sidebarMs: Percentiles;
  /** The Compare, Timeline, Sources and Story views' requests (half of them after an edit). */
  views: ViewLatency;
  rapidEdits: {
    edits: number;
    drainMs: number;
    /** From the last edit until the workspace-wide update that follows typing is done. */
    settledMs: number;
    finalCorrect: boolean;
    rssBeforeMB: number;
    rssAfterMB: number;
  };
  serverPeakRssMB: number;
}

/** The views' answer times on the article of a large story, and the rows their answers held in all. */
export interface ViewLatency {
  /** Other sources of the story the views showed. */
  storySources: number;
  ms: Record<ViewName, Percentiles>;
  rows: Record<ViewName, number>;
}

export const LONG_ARTICLE_NAME = 'bench-long-article.txt';
const INDEX_TIMEOUT_MS = 30 * 60_000;
const REQUEST_TIMEOUT_MS = 120_000;
const PROBE_EVERY_MS = 25;
const TOKEN_RUNS = 20;
const HOVERS = 200;
const EDITS = 50;
/** Sidebar requests with no edit before them; the rest follow an edit (as after `matchesChanged`). */
const SIDEBAR_STEADY = 10;
const SIDEBAR_AFTER_EDIT = 40;
const RAPID_EDITS = 1000;

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
const summary = (samples: number[]): Percentiles => ({
  p50: round(percentile(samples, 50)),
  p95: round(percentile(samples, 95)),
});

/** Every wait ends: a request that does not answer fails the run instead of hanging it. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Milliseconds from the start of `run` to its answer. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The editor's copy of the long article: text and version, changed with incremental edits as VS Code sends them. */
class EditorDocument {
  version = 1;
  constructor(
    readonly uri: string,
    public text: string,
  ) {}

  /** Replaces `length` characters at `offset` with `insert`; returns the didChange to send. */
  edit(offset: number, length: number, insert: string): DidChangeTextDocumentParams {
    const lines = new LineIndex(this.text);
    const range = { start: lines.positionAt(offset), end: lines.positionAt(offset + length) };
    this.text = this.text.slice(0, offset) + insert + this.text.slice(offset + length);
    return {
      textDocument: { uri: this.uri, version: ++this.version },
      contentChanges: [{ range, text: insert }],
    };
  }
}

/** One keystroke somewhere in the text: a letter typed, or the character before the cursor deleted. */
function keystroke(doc: EditorDocument, next: () => number, offset: number): DidChangeTextDocumentParams {
  const at = Math.max(1, Math.min(offset, doc.text.length));
  if (next() < 0.55) return doc.edit(at, 0, 'etaoinshr'[Math.floor(next() * 9)]!);
  return doc.edit(at - 1, 1, '');
}

/** A bench session on one server: typed requests with timeouts. */
class Session {
  constructor(
    readonly server: TestServer,
    readonly doc: EditorDocument,
  ) {
    // The server asks editors to re-pull after index changes; answer like an editor would.
    server.connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  }

  get pid(): number {
    return this.server.process.pid!;
  }

  open(): Promise<void> {
    return this.server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {
        uri: this.doc.uri,
        languageId: 'plaintext',
        version: this.doc.version,
        text: this.doc.text,
      },
    });
  }

  change(params: DidChangeTextDocumentParams): Promise<void> {
    return this.server.connection.sendNotification(DidChangeTextDocumentNotification.type, params);
  }

  async diagnostics(uri = this.doc.uri): Promise<FullDocumentDiagnosticReport> {
    const report = this.server.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri },
    });
    return (await within(report, REQUEST_TIMEOUT_MS, 'diagnostics')) as FullDocumentDiagnosticReport;
  }

  async tokens(): Promise<number[]> {
    const request = this.server.connection.sendRequest(SemanticTokensRequest.type, {
      textDocument: { uri: this.doc.uri },
    });
    return (await within(request, REQUEST_TIMEOUT_MS, 'semantic tokens'))?.data ?? [];
  }

  hover(position: Position): Promise<unknown> {
    const request = this.server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: this.doc.uri },
      position,
    });
    return within(request, REQUEST_TIMEOUT_MS, 'hover');
  }

  sidebar(uri = this.doc.uri): Promise<unknown> {
    return within(
      this.server.connection.sendRequest(DocumentMatchesRequest, { uri }),
      REQUEST_TIMEOUT_MS,
      'documentMatches',
    );
  }

  request<P, R>(type: RequestType<P, R, void>, params: P, what: string): Promise<R> {
    const answer = this.server.connection.sendRequest(type.method, params) as Promise<R>;
    return within(answer, REQUEST_TIMEOUT_MS, what);
  }

  private stopped = false;

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await within(this.server.stop(), 10_000, 'shutdown').catch(() => this.server.process.kill('SIGKILL'));
  }
}

/** Starts a server on the folder and waits (with probes) until its first scan is done. */
async function startIndexed(
  options: LatencyOptions,
  doc: EditorDocument,
): Promise<{ session: Session; documents: number; indexSeconds: number; probeMaxStallMs: number }> {
  const folderUri = pathToFileURL(resolve(options.folder)).href;
  const started = performance.now();
  const server = await within(
    startServer(
      folderUri,
      {},
      options.cacheFolder ? { cacheFolder: resolve(options.cacheFolder) } : {},
      options.serverArgs ?? [],
    ),
    60_000,
    'initialize',
  );
  const session = new Session(server, doc);
  // Probes ask for the matches of a file that does not exist: answered at once unless the thread is busy.
  const probeUri = pathToFileURL(join(resolve(options.folder), 'bench-probe-no-such-file.txt')).href;
  const stalls: Array<Promise<{ at: number; ms: number }>> = [];
  const probe = async () => {
    const at = performance.now() - started;
    return { at, ms: await timed(() => session.sidebar(probeUri)) };
  };
  const cadence = setInterval(() => stalls.push(probe()), PROBE_EVERY_MS);
  try {
    const ready = await server.status((s) => s.state === 'ready', INDEX_TIMEOUT_MS);
    const indexSeconds = (performance.now() - started) / 1000;
    clearInterval(cadence);
    const worst = (await Promise.all(stalls)).reduce((a, b) => (b.ms > a.ms ? b : a), { at: 0, ms: 0 });
    options.log?.(
      `indexed ${ready.documents} documents in ${indexSeconds.toFixed(1)} s; ${stalls.length} probes, ` +
        `the slowest (${worst.ms.toFixed(0)} ms) sent ${(worst.at / 1000).toFixed(1)} s after start`,
    );
    return { session, documents: ready.documents, indexSeconds, probeMaxStallMs: worst.ms };
  } catch (e) {
    clearInterval(cadence);
    await session.stop();
    throw e;
  }
}

/** Start positions of the entity tokens in a semantic-tokens response (relative encoding, 5 numbers a token). */
function entityPositions(data: number[]): Position[] {
  const out: Position[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    if (data[i + 3]! < ENTITY_TOKEN_TYPES.length)
      out.push({ line, character: character + Math.floor(data[i + 2]! / 2) });
  }
  return out;
}

/** Half the hovers on entity mentions (spread over the article), half on random words. */
function hoverPositions(doc: EditorDocument, tokens: number[]): Position[] {
  const entities = entityPositions(tokens);
  const step = Math.max(1, entities.length / (HOVERS / 2));
  const out: Position[] = [];
  for (let i = 0; out.length < HOVERS / 2 && Math.floor(i) < entities.length; i += step)
    out.push(entities[Math.floor(i)]!);
  const lines = new LineIndex(doc.text);
  const next = random(11);
  while (out.length < HOVERS) {
    const offset = Math.floor(next() * doc.text.length);
    if (/\w/.test(doc.text[offset] ?? '')) out.push(lines.positionAt(offset));
  }
  return out;
}

/** `count` runs of `run`, each timed. */
async function repeat(count: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timed(() => run(i)));
  return samples;
}

/** Edits followed at once by a diagnostic pull (timed from the edit), then by the sidebar request. */
async function editLoop(s: Session): Promise<{ diagnostics: number[]; sidebar: number[] }> {
  const next = random(23);
  const diagnostics: number[] = [];
  const sidebar: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const change = keystroke(s.doc, next, Math.floor(next() * s.doc.text.length));
    diagnostics.push(
      await timed(async () => {
        await s.change(change);
        await s.diagnostics();
      }),
    );
    if (i < SIDEBAR_AFTER_EDIT) sidebar.push(await timed(() => s.sidebar()));
  }
  return { diagnostics, sidebar };
}

/** The views' requests on a story's article, every other round after a keystroke in the open one. */
async function viewLoop(s: Session, folder: string): Promise<ViewLatency> {
  const next = random(29);
  const samples = await measureViews(
    {
      request: (type, params, what) => s.request(type, params, what),
      edit: async () => {
        await s.change(keystroke(s.doc, next, Math.floor(next() * s.doc.text.length)));
        await s.diagnostics();
      },
    },
    folder,
    timed,
  );
  const ms = Object.fromEntries(VIEW_NAMES.map((v) => [v, summary(samples.ms[v])])) as Record<
    ViewName,
    Percentiles
  >;
  return { storySources: samples.storySources, ms, rows: samples.rows };
}

/** Diagnostics described for comparison (as the soak test compares them). */
const describe = (report: FullDocumentDiagnosticReport): string[] => describeDiagnostics(report.items);

/** What the edited server and the fresh one disagree on, for whoever must debug it. */
function logDifferences(edited: string[], fresh: string[], log: (line: string) => void): void {
  const onlyEdited = edited.filter((d) => !fresh.includes(d));
  const onlyFresh = fresh.filter((d) => !edited.includes(d));
  if (onlyEdited.length + onlyFresh.length === 0) return;
  log(`diagnostics differ: ${edited.length} after edits, ${fresh.length} from a fresh server`);
  for (const d of onlyEdited.slice(0, 10)) log(`  only after edits: ${d}`);
  for (const d of onlyFresh.slice(0, 10)) log(`  only fresh:       ${d}`);
}

/** 1,000 keystrokes back to back (typing in bursts at a moving cursor), then a hover and a pull. */
async function rapidEdits(
  s: Session,
  log: (line: string) => void,
): Promise<{ drainMs: number; settledMs: number; final: string[] }> {
  const next = random(37);
  // Typing leaves the workspace-wide update for later; the final state is compared once it is done.
  const unsettled = s.server.status((st) => !st.settled, REQUEST_TIMEOUT_MS, true);
  const settled = unsettled.then(() => s.server.status((st) => st.settled, REQUEST_TIMEOUT_MS, true));
  const started = performance.now();
  let cursor = Math.floor(s.doc.text.length / 2);
  for (let i = 0; i < RAPID_EDITS; i++) {
    if (i % 40 === 0) cursor = Math.floor(next() * s.doc.text.length);
    const before = s.doc.text.length;
    await s.change(keystroke(s.doc, next, cursor));
    cursor = Math.max(1, cursor + (s.doc.text.length - before));
  }
  const sent = performance.now();
  log(`${RAPID_EDITS} edits sent in ${(sent - started).toFixed(0)} ms`);
  const [, report] = await Promise.all([
    s.hover(new LineIndex(s.doc.text).positionAt(cursor)),
    s.diagnostics(),
  ]);
  const drainMs = performance.now() - sent;
  await settled;
  const settledMs = performance.now() - sent;
  log(`settled ${settledMs.toFixed(0)} ms after the last edit`);
  const after = await s.diagnostics();
  const final = describe(after);
  if (JSON.stringify(final) !== JSON.stringify(describe(report)))
    log('the workspace-wide update after typing changed the diagnostics');
  return { drainMs, settledMs, final };
}

/** The diagnostics a server that never saw the edits gives the final text. */
async function freshDiagnostics(options: LatencyOptions, text: string, uri: string): Promise<string[]> {
  const doc = new EditorDocument(uri, text);
  // No cache either: every analysis is computed again.
  const { session } = await startIndexed({ folder: options.folder, longArticle: text }, doc);
  try {
    await session.open();
    return describe(await session.diagnostics());
  } finally {
    await session.stop();
  }
}

/** Everything measured on the main server, in the order an analyst would meet it. */
async function measure(options: LatencyOptions, doc: EditorDocument): Promise<LatencyResult> {
  const log = options.log ?? (() => undefined);
  const { session: s, documents, indexSeconds, probeMaxStallMs } = await startIndexed(options, doc);
  try {
    const firstDiagnosticsMs = await timed(async () => {
      await s.open();
      await s.diagnostics();
    });
    log(`first diagnostics ${firstDiagnosticsMs.toFixed(0)} ms`);
    const tokensSamples = await repeat(TOKEN_RUNS, () => s.tokens());
    const positions = hoverPositions(doc, await s.tokens());
    let answered = 0;
    const hoverSamples = await repeat(positions.length, async (i) => {
      if (await s.hover(positions[i]!)) answered++;
    });
    log(`tokens done; ${answered} of ${positions.length} hovers had content`);
    const steadySidebar = await repeat(SIDEBAR_STEADY, () => s.sidebar());
    const edits = await editLoop(s);
    log(`${EDITS} edits done`);
    const views = await viewLoop(s, options.folder);
    log(
      `views on a story of ${views.storySources + 1} sources: ` +
        VIEW_NAMES.map((v) => `${v} p95 ${views.ms[v].p95} ms, ${views.rows[v]} rows`).join('; '),
    );
    const rssBeforeMB = procStatusMB(s.pid, 'VmRSS');
    const rapid = await rapidEdits(s, log);
    const rssAfterMB = procStatusMB(s.pid, 'VmRSS');
    const serverPeakRssMB = procStatusMB(s.pid, 'VmHWM');
    log(`${RAPID_EDITS} rapid edits drained in ${rapid.drainMs.toFixed(0)} ms`);
    await s.stop();
    const fresh = await freshDiagnostics(options, doc.text, doc.uri);
    logDifferences(rapid.final, fresh, log);
    return {
      documents,
      indexSeconds: round(indexSeconds),
      probeMaxStallMs: round(probeMaxStallMs),
      firstDiagnosticsMs: round(firstDiagnosticsMs),
      tokensMs: summary(tokensSamples),
      hoverMs: summary(hoverSamples),
      editDiagnosticsMs: summary(edits.diagnostics),
      sidebarMs: summary([...steadySidebar, ...edits.sidebar]),
      views,
      rapidEdits: {
        edits: RAPID_EDITS,
        drainMs: round(rapid.drainMs),
        settledMs: round(rapid.settledMs),
        finalCorrect: JSON.stringify(rapid.final) === JSON.stringify(fresh),
        rssBeforeMB,
        rssAfterMB,
      },
      serverPeakRssMB,
    };
  } finally {
    await s.stop(); // after a failure; a no-op after success
  }
}

/**
 * Measures interactive latency on `options.folder` through a spawned bundled server. The long
 * article is written into the folder first (so it is indexed like any other source) and removed at
 * the end; a file of that name that was there before is put back.
 */
export async function measureLatency(options: LatencyOptions): Promise<LatencyResult> {
  if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const path = join(resolve(options.folder), LONG_ARTICLE_NAME);
  const previous = existsSync(path) ? readFileSync(path) : null;
  writeFileSync(path, options.longArticle);
  try {
    return await measure(options, new EditorDocument(pathToFileURL(path).href, options.longArticle));
  } finally {
    if (previous) writeFileSync(path, previous);
    else rmSync(path, { force: true });
  }
}

/** The seeds, concatenated and repeated to about 5,000 words (standalone runs only). */
export function seedsLongArticle(words = 5000): string {
  const seeds = join(__dirname, '..', '..', 'seeds');
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seeds, f), 'utf8').trim());
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = texts[i % texts.length]!;
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return `${parts.join('\n\n')}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  const args = process.argv.slice(2);
  const profileAt = args.indexOf('--profile');
  // --profile <dir>: the main server writes a V8 CPU profile there when it exits.
  const profileDir = profileAt >= 0 ? args.splice(profileAt, 2)[1] : undefined;
  const [folder, cacheFolder] = args;
  if (!folder) {
    console.error('usage: npx tsx scripts/bench/latency.ts <folder> [cacheFolder] [--profile <dir>]');
    process.exit(2);
  }
  measureLatency({
    folder,
    longArticle: seedsLongArticle(),
    ...(cacheFolder ? { cacheFolder } : {}),
    ...(profileDir ? { serverArgs: ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] } : {}),
    log: (line) => console.error(line),
  }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
