import { join } from 'node:path';
import {
  type CancellationToken,
  CodeActionKind,
  createConnection,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FindingService } from './core/contradictions/service';
import type { AnalysisStore } from './core/index/analysisStore';
import { WorkspaceIndex } from './core/index/workspaceIndex';
import { MatchService } from './core/matching/documentMatches';
import { AnalystFiles } from './lsp/analystFiles';
import { checkClaimRequest } from './lsp/checkClaim';
import { codeActions, ignoreEntity, mergeEntities } from './lsp/codeActions';
import { compareAt } from './lsp/compare';
import { guarded, linesOf, outgoing, type ServerContext } from './lsp/context';
import { diagnosticsFor } from './lsp/diagnostics';
import { hover } from './lsp/hover';
import { definition, references } from './lsp/navigation';
import { reportRequest } from './lsp/report';
import { recordReview, sharedToo } from './lsp/reviewActions';
import { reviewList } from './lsp/reviewList';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './lsp/semanticTokens';
import { DEFAULT_SETTINGS, readSettings } from './lsp/settings';
import { documentMatches, entityMentions, entitySummary } from './lsp/sidebar';
import { sourceProfilesOf } from './lsp/sources';
import { documentStory } from './lsp/story';
import { documentSymbols, workspaceSymbols } from './lsp/symbols';
import { TeamCorpus } from './lsp/teamCorpus';
import { timelineOf } from './lsp/timeline';
import { checkWorkspace } from './lsp/workspaceCheck';
import { WorkspaceSync } from './lsp/workspaceSync';
import { FileAnalysisStore } from './node/fileAnalysisStore';
import {
  CheckClaimRequest,
  CheckWorkspaceRequest,
  CompareRequest,
  type CompareResult,
  CorpusDocumentRequest,
  CorpusPasswordNotification,
  DocumentMatchesRequest,
  type DocumentMatchesResult,
  DocumentStoryRequest,
  type DocumentStoryResult,
  EntityListRequest,
  EntityMentionsRequest,
  type EntitySummary,
  IgnoreEntityRequest,
  MergeEntitiesRequest,
  RefreshCorpusRequest,
  ReindexRequest,
  ReportRequest,
  type ReportResult,
  type ReviewEntry,
  ReviewListRequest,
  ReviewRequest,
  SourceProfilesRequest,
  type SourceProfilesResult,
  TimelineRequest,
  type TimelineResult,
  type TriangulateSettings,
} from './protocol';

// The thin LSP layer: wires protocol handlers to the analysis core. Nothing here analyses text.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const index = new WorkspaceIndex({ maxChars: 2_000_000 });
let folders: WorkspaceFolder[] = [];
let files = new AnalystFiles(null, () => undefined);
let sync: WorkspaceSync;
let settings: TriangulateSettings = DEFAULT_SETTINGS;
/** The analysis cache's folder, named by the client at start (empty: no disk cache). */
let cacheFolder = '';

const matches = new MatchService(index);
const ctx: ServerContext = {
  connection,
  documents,
  index,
  matches,
  findings: new FindingService(index, matches),
  settings: () => settings,
  files: () => files,
  reviews: () => corpus.reviews(files.reviews.value),
  fresh: (uri) => sync.fresh(uri),
  lines: linesOf,
  logError: (where, error) =>
    connection.console.error(`${where} failed: ${(error as Error)?.stack ?? String(error)}`),
};
const getCtx = () => ctx;
// `sync` is made at initialize; the corpus reaches it through this view.
const corpus = new TeamCorpus(getCtx, {
  whenReady: () => sync.whenReady(),
  get holdRefreshes() {
    return sync.holdRefreshes;
  },
  set holdRefreshes(on: boolean) {
    sync.holdRefreshes = on;
  },
  sourcesChanged: () => sync.sourcesChanged(),
});

process.on('uncaughtException', (e) => ctx.logError('uncaught exception', e));
process.on('unhandledRejection', (e) => ctx.logError('unhandled rejection', e));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  const options = params.initializationOptions as { cacheFolder?: unknown } | undefined;
  cacheFolder = typeof options?.cacheFolder === 'string' ? options.cacheFolder : '';
  files = new AnalystFiles(folders[0]?.uri ?? null, (problem) => connection.console.warn(problem));
  sync = new WorkspaceSync(getCtx, files);
  sync.onLocalFiled = (uri) => corpus.localFiled(uri);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      referencesProvider: true,
      definitionProvider: true,
      workspaceSymbolProvider: true,
      documentSymbolProvider: { label: 'Triangulate' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      diagnosticProvider: {
        identifier: 'triangulate',
        interFileDependencies: true,
        workspaceDiagnostics: false,
      },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
    },
    serverInfo: { name: 'Triangulate', version: '0.1.0' },
  };
});

/**
 * Reads the settings and indexes the workspace. A Re-index (`fresh`) forgets every analysis and
 * reads none from the disk cache, so whatever went wrong in the cache is recomputed (and rewritten).
 */
async function rescan(fresh = false): Promise<void> {
  settings = await readSettings(connection);
  // Analyses persist across restarts (and crashes) in the folder the client names at start: the
  // extension's storage or the user's own setting. A `cacheFolder` from workspace/configuration is
  // ignored: a workspace must not choose where Triangulate writes.
  const storeDir = cacheFolder ? join(cacheFolder, 'analyses') : undefined;
  const store = storeDir ? new FileAnalysisStore(storeDir, (p) => connection.console.warn(p)) : undefined;
  if (fresh) index.forgetAll();
  index.useStore(store && fresh ? writeOnly(store) : store);
  sync.configure(folders, settings, storeDir, fresh);
  try {
    await sync.scan();
  } finally {
    index.useStore(store);
  }
  // The team corpus after the local files, so a local copy is known before its corpus twin.
  void corpus.configure(settings, fresh);
}

/** A store that is written but not read: the Re-index computes every analysis again. */
function writeOnly(store: AnalysisStore): AnalysisStore {
  return { get: () => undefined, put: (key, analysis) => store.put(key, analysis) };
}

connection.onInitialized(() => {
  void rescan().catch((e) => ctx.logError('indexing', e));
});
connection.onDidChangeConfiguration(() => {
  void rescan().catch((e) => ctx.logError('indexing', e));
});
connection.onDidChangeWatchedFiles(
  guarded(getCtx, 'file events', undefined, (p) => sync.watchedFilesChanged(p)),
);

documents.onDidOpen((e) => sync.scheduleOpen(e.document.uri));
documents.onDidChangeContent((e) => sync.scheduleOpen(e.document.uri));
documents.onDidClose((e) => void sync.closed(e.document.uri).catch((err) => ctx.logError('close', err)));

connection.onHover(guarded(getCtx, 'hover', null, (p) => hover(ctx, p)));
connection.onReferences(guarded(getCtx, 'references', [], (p) => references(ctx, p)));
connection.onDefinition(guarded(getCtx, 'definition', null, (p) => definition(ctx, p)));
connection.onWorkspaceSymbol(guarded(getCtx, 'workspace symbols', [], (p) => workspaceSymbols(ctx, p)));
connection.onDocumentSymbol(guarded(getCtx, 'document symbols', [], (p) => documentSymbols(ctx, p)));
connection.onCodeAction(guarded(getCtx, 'code actions', [], (p) => codeActions(ctx, p)));
connection.languages.diagnostics.on(
  guarded(getCtx, 'diagnostics', { kind: 'full', items: [] } as DocumentDiagnosticReport, (p) => ({
    kind: 'full',
    items: diagnosticsFor(ctx, p.textDocument.uri),
  })),
);
/** Once the initial scan has filed every source, or the request is cancelled. */
const readyOrCancelled = (token: CancellationToken): Promise<void> =>
  Promise.race([
    sync.whenReady(),
    new Promise<void>((resolve) => token.onCancellationRequested(() => resolve())),
  ]);

connection.onRequest(CheckWorkspaceRequest, async (p, token) => {
  try {
    // Every source, so not before the scan has filed them all.
    await readyOrCancelled(token);
    return outgoing(await checkWorkspace(ctx, Array.isArray(p?.openUris) ? p.openUris : [], token));
  } catch (e) {
    ctx.logError('workspace check', e);
    return { files: [], findings: 0, cancelled: true };
  }
});
connection.onRequest(CheckClaimRequest, async (p, token) => {
  const claim = p?.claim;
  try {
    // Every source has a verdict, so not before the scan has filed them all.
    await readyOrCancelled(token);
    return outgoing(checkClaimRequest(ctx, claim, token));
  } catch (e) {
    ctx.logError('claim check', e);
    return outgoing({
      state: 'invalid' as const,
      claim: typeof claim === 'string' ? claim : '',
      message: 'The claim could not be checked; see the Triangulate output for details.',
      sources: [],
    });
  }
});
connection.languages.semanticTokens.on(
  guarded(getCtx, 'semantic tokens', { data: [] }, (p) => semanticTokens(ctx, p)),
);

connection.onRequest(
  EntityListRequest,
  guarded(getCtx, 'entity list', [] as EntitySummary[], () =>
    index.entities().map((e) => entitySummary(ctx, e)),
  ),
);
connection.onRequest(
  DocumentMatchesRequest,
  guarded(
    getCtx,
    'document matches',
    { uri: '', state: 'indexing', sentences: [] } as DocumentMatchesResult,
    (p) => documentMatches(ctx, p.uri, sync.indexing, sync.isArticle(p.uri)),
  ),
);
connection.onRequest(
  DocumentStoryRequest,
  guarded(getCtx, 'document story', { uri: '', state: 'indexing', story: null } as DocumentStoryResult, (p) =>
    documentStory(ctx, p.uri, sync.indexing, sync.isArticle(p.uri)),
  ),
);
connection.onRequest(
  CompareRequest,
  guarded(getCtx, 'compare', { uri: '', state: 'indexing', pairs: [], legend: [] } as CompareResult, (p) =>
    compareAt(ctx, p.uri, p.position, sync.indexing, sync.isArticle(p.uri)),
  ),
);
connection.onRequest(
  SourceProfilesRequest,
  guarded(
    getCtx,
    'source profiles',
    { uri: '', state: 'indexing', story: null } as SourceProfilesResult,
    (p) => sourceProfilesOf(ctx, p.uri, sync.indexing, sync.isArticle(p.uri)),
  ),
);
connection.onRequest(
  TimelineRequest,
  guarded(
    getCtx,
    'timeline',
    { uri: '', state: 'indexing', story: null, lanes: [], items: [] } as TimelineResult,
    (p) => timelineOf(ctx, p.uri, sync.indexing, sync.isArticle(p.uri)),
  ),
);
connection.onRequest(ReportRequest, async (p, token) => {
  try {
    // The report tells every source, so not before the scan has filed them all.
    await readyOrCancelled(token);
    return outgoing(
      await reportRequest(ctx, p, folders[0]?.name ?? 'workspace', (uri) => sync.isArticle(uri), token),
    );
  } catch (e) {
    ctx.logError('report', e);
    const message = 'The report could not be made; see the Triangulate output for details.';
    return { state: 'refused', message } as ReportResult;
  }
});
connection.onRequest(
  EntityMentionsRequest,
  guarded(getCtx, 'entity mentions', null, (p) => entityMentions(ctx, p.entityId)),
);
const failed = {
  ok: false,
  message: 'The correction could not be saved; see the Triangulate output for details.',
};
const announced = <T>(result: T): T => {
  sync.announce();
  return result;
};
connection.onRequest(
  MergeEntitiesRequest,
  guarded(getCtx, 'merge', failed, async (p) => announced(await mergeEntities(ctx, files.corrections, p))),
);
connection.onRequest(
  IgnoreEntityRequest,
  guarded(getCtx, 'ignore', failed, async (p) =>
    announced(await ignoreEntity(ctx, files.corrections, p.entityId)),
  ),
);
connection.onRequest(
  ReviewRequest,
  guarded(getCtx, 'review', failed, async (p) =>
    announced(await sharedToo(ctx, (d) => corpus.share(d), p, await recordReview(ctx, p))),
  ),
);
connection.onRequest(
  CorpusDocumentRequest,
  guarded(getCtx, 'corpus document', null, (p) => {
    const text = corpus.text(typeof p?.uri === 'string' ? p.uri : '');
    return text === null ? null : { text };
  }),
);
connection.onRequest(RefreshCorpusRequest, async () => outgoing(await corpus.refresh()));
connection.onNotification(CorpusPasswordNotification, (p) => {
  void corpus.setPassword(typeof p?.password === 'string' ? p.password : '');
});
connection.onRequest(
  ReviewListRequest,
  guarded(getCtx, 'review list', [] as ReviewEntry[], async () => reviewList(ctx)),
);
connection.onRequest(ReindexRequest, async () => {
  try {
    await rescan(true);
  } catch (e) {
    ctx.logError('re-index', e);
  }
  return outgoing(sync.status());
});

documents.listen(connection);
connection.listen();
