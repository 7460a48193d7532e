import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import type { EntityCorrections } from '../core/entities/corrections';
import type { Entity } from '../core/entities/resolve';
import { ClientCommands, type CorrectionResult, type MergeEntitiesParams } from '../protocol';
import type { ServerContext } from './context';
import { findingCodeActions } from './reviewActions';
import type { WorkspaceFile } from './workspaceFile';

/**
 * Quick fixes: on a Triangulate diagnostic, the review actions; on an entity, "Ignore this entity"
 * and "Merge with…" (recorded in the corrections file).
 */
export function codeActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  const reviewActions = findingCodeActions(params);
  const doc = ctx.fresh(params.textDocument.uri);
  if (!doc) return reviewActions;
  const offset = ctx.lines(doc).offsetAt(params.range.start);
  const mention = ctx.index.mentionAt(doc.uri, offset);
  const entity = mention && ctx.index.entity(mention.entityId);
  if (!entity) return reviewActions;
  const name = entity.name.length > 60 ? `${entity.name.slice(0, 59)}…` : entity.name;
  return [
    ...reviewActions,
    {
      title: `Triangulate: Ignore “${name}” (not an entity)`,
      kind: CodeActionKind.QuickFix,
      command: { title: 'Ignore this entity', command: ClientCommands.ignoreEntity, arguments: [entity.id] },
    },
    {
      title: `Triangulate: Merge “${name}” with…`,
      kind: CodeActionKind.QuickFix,
      command: { title: 'Merge with…', command: ClientCommands.mergeEntity, arguments: [entity.id] },
    },
  ];
}

function namesOf(e: Entity): string[] {
  return [e.name, ...e.aliases];
}

export function ignoreEntity(
  ctx: ServerContext,
  file: WorkspaceFile<EntityCorrections>,
  entityId: string,
): Promise<CorrectionResult> {
  const entity = ctx.index.entity(entityId);
  if (!entity) return Promise.resolve({ ok: false, message: 'That entity is no longer in the index.' });
  return applied(
    ctx,
    file,
    file.update(
      (c): EntityCorrections => ({ ...c, ignore: [...c.ignore, ...namesOf(entity)] }),
      `“${entity.name}” is ignored`,
    ),
  );
}

export function mergeEntities(
  ctx: ServerContext,
  file: WorkspaceFile<EntityCorrections>,
  params: MergeEntitiesParams,
): Promise<CorrectionResult> {
  const from = ctx.index.entity(params.fromId);
  const into = ctx.index.entity(params.intoId);
  if (!from || !into)
    return Promise.resolve({ ok: false, message: 'One of the entities is no longer in the index.' });
  if (from.id === into.id)
    return Promise.resolve({ ok: false, message: 'An entity cannot be merged with itself.' });
  return applied(
    ctx,
    file,
    file.update((c): EntityCorrections => {
      // Extend an existing group of the target rather than adding a second, overlapping one.
      const names = new Set([...namesOf(into), ...namesOf(from)]);
      const existing = c.merge.findIndex((g) => g.some((n) => names.has(n)));
      const merge = c.merge.map((g) => [...g]);
      if (existing >= 0)
        merge[existing] = [merge[existing]![0]!, ...new Set([...merge[existing]!.slice(1), ...names])].filter(
          (n, i) => i === 0 || n !== merge[existing]![0],
        );
      else merge.push([into.name, ...[...names].filter((n) => n !== into.name)]);
      const ignore = c.ignore.filter((n) => !names.has(n));
      return { ...c, merge, ignore };
    }, `“${from.name}” is merged into “${into.name}”`),
  );
}

/** Once the corrections are saved, the index applies them (no document is re-analysed). */
async function applied(
  ctx: ServerContext,
  file: WorkspaceFile<EntityCorrections>,
  result: Promise<CorrectionResult>,
): Promise<CorrectionResult> {
  const r = await result;
  if (r.ok) ctx.index.setCorrections(file.value);
  return r;
}
