import type { DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver';
import type { EntityMention } from '../core/entities/resolve';
import { entityAtPosition, type ServerContext } from './context';

function toLocation(ctx: ServerContext, m: EntityMention): Location | null {
  const doc = ctx.index.document(m.uri);
  return doc ? { uri: m.uri, range: ctx.lines(doc).range(m.start, m.end) } : null;
}

/** Find All References: every mention of the entity in every indexed document. */
export function references(ctx: ServerContext, params: ReferenceParams): Location[] {
  const hit = entityAtPosition(ctx, params.textDocument.uri, params.position);
  if (!hit) return [];
  return hit.entity.mentions.map((m) => toLocation(ctx, m)).filter((l): l is Location => l !== null);
}

/** Go to Definition: the entity's first mention in the earliest-published source. */
export function definition(ctx: ServerContext, params: DefinitionParams): Location | null {
  const hit = entityAtPosition(ctx, params.textDocument.uri, params.position);
  if (!hit) return null;
  const first = ctx.index.definitionOf(hit.entity);
  return first ? toLocation(ctx, first) : null;
}
