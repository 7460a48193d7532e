import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver';
import {
  isKind as isFindingKind,
  type Reviews,
  withoutDecision,
  withoutIgnoredKind,
} from '../core/contradictions/reviews';
import { type FindingKind, isOneSided } from '../core/contradictions/types';
import type { NewSharedDecision } from '../node/corpus/corpusReviews';
import { ClientCommands, type CorrectionResult, type ReviewParams } from '../protocol';
import type { AnalystFiles } from './analystFiles';
import type { ServerContext } from './context';
import type { FindingData } from './diagnostics';

/**
 * Code actions on a Triangulate diagnostic: go to the conflicting passage, compare the sources side
 * by side, mark it reviewed, say it is not a contradiction, or ignore its kind in this file.
 * Commands carry only our own data (keys, kinds, URIs, positions), never text to be rendered as markup.
 */
export function findingCodeActions(params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== 'triangulate' || !d.data) continue;
    const data = d.data as FindingData;
    const target = d.relatedInformation?.[0]?.location;
    const diagnostics: Diagnostic[] = [d];
    const conflict = !isOneSided(data.kind as FindingKind);
    if (target) {
      actions.push({
        title: `Triangulate: Go to conflicting passage (${data.kind})`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: true,
        command: {
          title: 'Go to conflicting passage',
          command: ClientCommands.openRange,
          arguments: [target.uri, target.range],
        },
      });
    }
    if (conflict) {
      actions.push({
        title: `Triangulate: Compare sources side by side (${data.kind})`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: {
          title: 'Compare sources',
          command: ClientCommands.compare,
          arguments: [params.textDocument.uri, d.range.start],
        },
      });
    }
    const review = (action: 'reviewed' | 'dismissed'): ReviewParams => ({
      action,
      key: data.key,
      kind: data.kind as FindingKind,
      a: data.a,
      b: data.b,
      uri: params.textDocument.uri,
    });
    actions.push(
      {
        title: `Triangulate: Mark “${data.kind}” finding as reviewed`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: {
          title: 'Mark as reviewed',
          command: ClientCommands.review,
          arguments: [review('reviewed')],
        },
      },
      {
        title: conflict
          ? `Triangulate: Not a contradiction (${data.kind})`
          : `Triangulate: Dismiss ${data.kind} finding`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: 'Dismiss', command: ClientCommands.review, arguments: [review('dismissed')] },
      },
      {
        title: `Triangulate: Ignore “${data.kind}” findings in this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: {
          title: 'Ignore this kind in this file',
          command: ClientCommands.review,
          arguments: [
            {
              action: 'ignoreKind',
              uri: params.textDocument.uri,
              kind: data.kind as FindingKind,
            } satisfies ReviewParams,
          ],
        },
      },
    );
  }
  return actions;
}

/** What is wrong with a review request from the client, or null: nothing malformed is acknowledged. */
function invalidReview(params: unknown): string | null {
  const p = (params ?? {}) as Record<string, unknown>;
  if (p.action === 'undo') return typeof p.key === 'string' && p.key ? null : 'the decision key is needed';
  if (!isFindingKind(p.kind)) return `unknown finding kind ${JSON.stringify(p.kind ?? null)}`;
  if (p.action === 'ignoreKind') return typeof p.uri === 'string' ? null : 'a document URI is needed';
  if (p.action !== 'reviewed' && p.action !== 'dismissed')
    return `unknown action ${JSON.stringify(p.action ?? null)} (reviewed, dismissed, ignoreKind or undo)`;
  if (typeof p.key !== 'string' || !p.key) return 'the finding key must be a non-empty string';
  if (typeof p.a !== 'string' || typeof p.b !== 'string') return 'the two claims must be strings';
  return null;
}

/** Records a decision in `.triangulate/reviews.json` (atomically; never over a file it cannot read). */
export function recordReview(ctx: ServerContext, params: ReviewParams): Promise<CorrectionResult> {
  const invalid = invalidReview(params);
  if (invalid) return Promise.resolve({ ok: false, message: `Not recorded: ${invalid}.` });
  const file = ctx.files().reviews;
  const at = new Date().toISOString();
  if (params.action === 'undo') return undoReview(file, params.key);
  if (params.action === 'ignoreKind') {
    const doc = ctx.index.document(params.uri);
    if (!doc) return Promise.resolve({ ok: false, message: 'That document is not in the index.' });
    return file.update(
      (r): Reviews => ({
        ...r,
        ignoredKinds: [...r.ignoredKinds, { path: doc.relativePath, kind: params.kind as FindingKind, at }],
      }),
      `“${params.kind}” findings are ignored in ${doc.relativePath}`,
    );
  }
  const path = params.uri ? ctx.index.document(params.uri)?.relativePath : undefined;
  return file.update(
    (r): Reviews => ({
      ...withoutDecision(r, params.key),
      decisions: [
        ...withoutDecision(r, params.key).decisions,
        {
          key: params.key,
          kind: params.kind as FindingKind,
          decision: params.action,
          a: params.a,
          b: params.b,
          ...(path ? { path } : {}),
          at,
        },
      ],
    }),
    params.action === 'reviewed' ? 'Marked as reviewed' : 'Dismissed',
  );
}

/** Removes a decision (a finding's, or an ignored kind of a file: `ignoredKindKey`). */
function undoReview(file: AnalystFiles['reviews'], key: string): Promise<CorrectionResult> {
  const ignored = parseIgnoredKindKey(key);
  return file.update(
    (r: Reviews): Reviews =>
      ignored ? withoutIgnoredKind(r, ignored.path, ignored.kind) : withoutDecision(r, key),
    'Decision undone',
  );
}

/** The `ReviewEntry.key` of an ignored kind (finding keys are hex digests, never of this shape). */
export const ignoredKindKey = (path: string, kind: FindingKind) => `ignored:${kind}:${path}`;

function parseIgnoredKindKey(key: string): { path: string; kind: FindingKind } | null {
  const m = /^ignored:([a-z-]+):(.+)$/s.exec(key);
  return m && isFindingKind(m[1]) ? { kind: m[1], path: m[2]! } : null;
}

/** A decision for the team corpus: what a finding's decision (or its undoing) shares, or null. */
export function sharedDecisionOf(
  ctx: ServerContext,
  params: ReviewParams,
): Omit<NewSharedDecision, 'reviewer'> | null {
  if (params.action === 'reviewed' || params.action === 'dismissed') {
    const path = params.uri ? ctx.index.document(params.uri)?.relativePath : undefined;
    const { key, kind, a, b, action } = params;
    return { key, kind: kind as FindingKind, decision: action, a, b, ...(path ? { path } : {}) };
  }
  if (params.action !== 'undo') return null; // an ignored kind names a file of this workspace only
  // Still in force after the local undo: a teammate's decision (or this analyst's, shared before).
  const d = ctx.reviews().decisions.find((x) => x.key === params.key);
  return d ? { key: d.key, kind: d.kind, decision: 'undone', a: d.a, b: d.b } : null;
}

/** After a decision is recorded locally, it is written to the team corpus too; the message says so. */
export async function sharedToo(
  ctx: ServerContext,
  share: (decision: Omit<NewSharedDecision, 'reviewer'>) => Promise<string>,
  params: ReviewParams,
  result: CorrectionResult,
): Promise<CorrectionResult> {
  const decision = result.ok ? sharedDecisionOf(ctx, params) : null;
  const note = decision ? await share(decision) : '';
  return note ? { ...result, message: `${result.message}${note}` } : result;
}
