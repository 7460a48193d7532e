import {
  SemanticTokensBuilder,
  type SemanticTokensLegend,
  type SemanticTokensParams,
} from 'vscode-languageserver';
import { ENTITY_TOKEN_MODIFIERS, ENTITY_TOKEN_TYPES } from '../protocol';
import type { ServerContext } from './context';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...ENTITY_TOKEN_TYPES],
  tokenModifiers: [...ENTITY_TOKEN_MODIFIERS],
};

/** One token per entity mention, coloured by entity type; mentions across lines are split per line. */
export function semanticTokens(ctx: ServerContext, params: SemanticTokensParams) {
  const builder = new SemanticTokensBuilder();
  const doc = ctx.fresh(params.textDocument.uri);
  if (!doc) return builder.build();
  const lines = ctx.lines(doc);
  for (const m of ctx.index.mentionsIn(doc.uri)) {
    const entity = ctx.index.entity(m.entityId);
    if (!entity) continue;
    const type = ENTITY_TOKEN_TYPES.indexOf(entity.type);
    const start = lines.positionAt(m.start);
    const end = lines.positionAt(m.end);
    if (start.line === end.line) {
      builder.push(start.line, start.character, end.character - start.character, type, 0);
      continue;
    }
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const lineEnd =
        line === end.line
          ? end.character
          : lines.offsetAt({ line: line + 1, character: 0 }) - lines.offsetAt({ line, character: 0 });
      if (lineEnd > from) builder.push(line, from, lineEnd - from, type, 0);
    }
  }
  return builder.build();
}
