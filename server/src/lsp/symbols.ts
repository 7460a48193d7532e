import {
  type DocumentSymbol,
  type DocumentSymbolParams,
  SymbolKind,
  type WorkspaceSymbol,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { counted } from '../core/counted';
import type { Entity } from '../core/entities/resolve';
import type { EntityType } from '../core/entities/types';
import { printable } from '../core/printable';
import type { ServerContext } from './context';

export const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Class,
  organization: SymbolKind.Namespace,
  place: SymbolKind.Enum,
  equipment: SymbolKind.Field,
  quantity: SymbolKind.Number,
  date: SymbolKind.Event,
};

const MAX_WORKSPACE_SYMBOLS = 500;

/** Subsequence match, the way VS Code's own pickers filter ("bnet" finds "Benjamin Netanyahu"). */
function fuzzyMatches(query: string, candidate: string): boolean {
  let i = 0;
  const c = candidate.toLowerCase();
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    i = c.indexOf(ch, i) + 1;
    if (i === 0) return false;
  }
  return true;
}

/** Ctrl+T: the workspace's entities, at their defining mention. */
export function workspaceSymbols(ctx: ServerContext, params: WorkspaceSymbolParams): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  const entities = ctx.index.entities().sort((a, b) => b.mentions.length - a.mentions.length);
  for (const e of entities) {
    if (params.query && ![e.name, ...e.aliases].some((n) => fuzzyMatches(params.query, n))) continue;
    const first = ctx.index.definitionOf(e);
    const doc = first && ctx.index.document(first.uri);
    if (!first || !doc) continue;
    out.push({
      name: visibleName(e.name, e.type),
      kind: SYMBOL_KIND[e.type],
      containerName: `${e.type} · ${counted(e.mentions.length, 'mention')}`,
      location: { uri: first.uri, range: ctx.lines(doc).range(first.start, first.end) },
    });
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
  }
  return out;
}

/** Outline: the document's sections (headline first) with the entities each introduces. */
export function documentSymbols(ctx: ServerContext, params: DocumentSymbolParams): DocumentSymbol[] {
  const doc = ctx.fresh(params.textDocument.uri);
  if (!doc) return [];
  const lines = ctx.lines(doc);
  const roots: DocumentSymbol[] = [];
  const open: Array<{ level: number; symbol: DocumentSymbol; end: number }> = [];
  const sections = doc.analysis.sections;
  const mentions = ctx.index.mentionsIn(doc.uri);
  const seen = new Set<string>();
  let m = 0;

  const addEntities = (until: number): void => {
    for (; m < mentions.length && mentions[m]!.start < until; m++) {
      const mention = mentions[m]!;
      if (seen.has(mention.entityId)) continue;
      seen.add(mention.entityId);
      const entity = ctx.index.entity(mention.entityId);
      if (!entity) continue;
      const symbol = entitySymbol(entity, lines.range(mention.start, mention.end));
      childrenOf(open[open.length - 1]?.symbol, roots).push(symbol);
    }
  };

  for (const section of sections) {
    addEntities(section.headingStart);
    while (open.length > 0 && open[open.length - 1]!.level >= section.level) open.pop();
    const symbol: DocumentSymbol = {
      // Cleaned here too: VS Code rejects a symbol whose name is empty (a heading of invisible characters).
      name: visibleName(section.title, '(untitled section)'),
      detail: section.level === 1 ? 'headline' : '',
      kind: section.level === 1 ? SymbolKind.File : SymbolKind.String,
      range: lines.range(section.start, section.end),
      selectionRange: lines.range(section.headingStart, section.headingEnd),
      children: [],
    };
    childrenOf(open[open.length - 1]?.symbol, roots).push(symbol);
    open.push({ level: section.level, symbol, end: section.end });
    // Entities after this heading belong to it; a new section of the same level closes it.
    seen.clear();
  }
  addEntities(Number.POSITIVE_INFINITY);
  return roots;
}

/** A symbol name that stays non-empty once made printable. */
function visibleName(name: string, fallback: string): string {
  return printable(name).trim() || fallback;
}

/** Where a new symbol goes: under the innermost open section, else at the top. */
function childrenOf(parent: DocumentSymbol | undefined, roots: DocumentSymbol[]): DocumentSymbol[] {
  if (!parent) return roots;
  parent.children ??= [];
  return parent.children;
}

function entitySymbol(entity: Entity, range: DocumentSymbol['range']): DocumentSymbol {
  return {
    name: visibleName(entity.name, entity.type),
    detail: entity.type,
    kind: SYMBOL_KIND[entity.type],
    range,
    selectionRange: range,
  };
}
