import type { Entity } from '../core/entities/resolve';
import { ENTITY_TYPES } from '../core/entities/types';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';

/** The CLI's JSON report, schema version 1. Fields are only ever added, never renamed. */
export interface JsonReport {
  version: 1;
  documents: Array<{
    path: string;
    title: string | null;
    published: string | null;
    publisher: string | null;
    author: string | null;
  }>;
  entities: Array<{
    id: string;
    type: string;
    name: string;
    aliases: string[];
    value: string | number | null;
    mentions: Array<{ path: string; start: number; end: number; text: string }>;
  }>;
}

export function jsonReport(index: WorkspaceIndex): JsonReport {
  const docs = index.documents();
  const pathOf = new Map(docs.map((d) => [d.uri, d]));
  return {
    version: 1,
    documents: docs.map((d) => ({ path: d.relativePath, ...d.analysis.metadata })),
    entities: sortedEntities(index.entities()).map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      value: e.value,
      mentions: e.mentions.map((m) => {
        const d = pathOf.get(m.uri)!;
        return { path: d.relativePath, start: m.start, end: m.end, text: d.text.slice(m.start, m.end) };
      }),
    })),
  };
}

function sortedEntities(entities: Entity[]): Entity[] {
  return [...entities].sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) ||
      b.mentions.length - a.mentions.length ||
      a.name.localeCompare(b.name),
  );
}

export function textReport(index: WorkspaceIndex): string {
  const lines: string[] = [];
  const docs = index.documents();
  lines.push(`Sources (${docs.length})`);
  for (const d of docs) {
    const m = d.analysis.metadata;
    const facts = [m.published, m.publisher, m.author].filter(Boolean).join(' · ');
    lines.push(`  ${d.relativePath}${m.title ? ` — ${m.title}` : ''}${facts ? ` (${facts})` : ''}`);
    if (d.analysis.truncated) lines.push(`    ! ${d.analysis.truncated}`);
  }
  for (const s of index.skipped()) lines.push(`  ${s.relativePath} — ${s.reason}`);
  const entities = sortedEntities(index.entities());
  for (const type of ENTITY_TYPES) {
    const ofType = entities.filter((e) => e.type === type);
    if (ofType.length === 0) continue;
    lines.push('', `${type[0]!.toUpperCase()}${type.slice(1)} (${ofType.length})`);
    for (const e of ofType) {
      const sources = new Set(e.mentions.map((m) => m.uri)).size;
      const value = e.value !== null && String(e.value) !== e.name ? ` = ${e.value}` : '';
      const aliases = e.aliases.length ? `  [${e.aliases.join(', ')}]` : '';
      lines.push(
        `  ${e.name}${value} — ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}${aliases}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
