import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyReviews, type ReviewedFinding, type Reviews } from '../core/contradictions/reviews';
import type { FindingService } from '../core/contradictions/service';
import type { Entity, EntityMention } from '../core/entities/resolve';
import type { IndexedDocument, WorkspaceIndex } from '../core/index/workspaceIndex';
import type { MatchService } from '../core/matching/documentMatches';
import { printableDeep } from '../core/printable';
import type { TriangulateSettings } from '../protocol';
import type { AnalystFiles } from './analystFiles';
import { LineIndex } from './lineIndex';

/** What every feature handler needs: the connection, open documents and the index. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  index: WorkspaceIndex;
  /** Cross-source matches, computed per document on demand. */
  matches: MatchService;
  /** Contradictions and single-source claims, per document on demand. */
  findings: FindingService;
  settings(): TriangulateSettings;
  /** The analyst's corrections and review decisions. */
  files(): AnalystFiles;
  /** The review decisions in force: the review file's, with the team corpus's merged in. */
  reviews(): Reviews;
  /** Brings the index up to date with the editor's text of `uri` (pending edits are analysed now). */
  fresh(uri: string): IndexedDocument | undefined;
  lines(doc: IndexedDocument): LineIndex;
  /** Log a failure of one request without taking the server down. */
  logError(where: string, error: unknown): void;
}

const lineIndexes = new WeakMap<IndexedDocument, LineIndex>();

export function linesOf(doc: IndexedDocument): LineIndex {
  let li = lineIndexes.get(doc);
  if (!li) {
    li = new LineIndex(doc.text);
    lineIndexes.set(doc, li);
  }
  return li;
}

/** The findings of a document with the analyst's review decisions applied (dismissed ones dropped). */
export function reviewedFindings(ctx: ServerContext, doc: IndexedDocument): ReviewedFinding[] {
  return applyReviews(ctx.findings.findings(doc.uri), ctx.reviews(), doc.relativePath);
}

/** The entity under the cursor, with the mention that was hit. */
export function entityAtPosition(
  ctx: ServerContext,
  uri: string,
  position: { line: number; character: number },
): { doc: IndexedDocument; mention: EntityMention; entity: Entity } | undefined {
  const doc = ctx.fresh(uri);
  if (!doc) return undefined;
  const offset = ctx.lines(doc).offsetAt(position);
  const mention = ctx.index.mentionAt(uri, offset);
  const entity = mention && ctx.index.entity(mention.entityId);
  return mention && entity ? { doc, mention, entity } : undefined;
}

/** Fields the client sends back as they are (identifiers, command arguments): never rewritten. */
const IDENTIFIERS: ReadonlySet<string> = new Set([
  'uri',
  'targetUri',
  'id',
  'entityId',
  'fromId',
  'intoId',
  'key',
  'data',
  'command',
  'arguments',
]);

/** What leaves the server: every display string through the one sanitiser (`core/printable.ts`). */
export function outgoing<T>(value: T): T {
  return printableDeep(value, IDENTIFIERS);
}

/** Runs a request handler; an exception is logged and answered with `fallback`. Answers are made printable. */
export function guarded<P, R>(
  ctx: () => ServerContext,
  where: string,
  fallback: R,
  handler: (params: P) => R | Promise<R>,
) {
  return async (params: P): Promise<R> => {
    try {
      return outgoing(await handler(params));
    } catch (e) {
      ctx().logError(where, e);
      return fallback;
    }
  };
}
