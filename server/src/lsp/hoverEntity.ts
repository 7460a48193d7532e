import type { Hover, HoverParams } from 'vscode-languageserver';
import { claimsAbout } from '../core/claims/claimView';
import { claimStructure } from '../core/claims/summary';
import { sourceName } from '../core/contradictions/sources';
import { counted } from '../core/counted';
import { entityAtPosition, type ServerContext } from './context';
import { escapeMarkdown, fileLink } from './markdown';

const MAX_SOURCES_LISTED = 12;
const MAX_ALIASES_LISTED = 10;
const MAX_CLAIMS_LISTED = 3;

/**
 * Hover on an entity: canonical name and type, the other names it goes by, how often and in how
 * many sources it is mentioned, a link to its first mention in each source, and the top claims
 * about it. All text taken from articles is escaped; links are file URIs built here.
 */
export function entityHover(ctx: ServerContext, params: HoverParams): Hover | null {
  const hit = entityAtPosition(ctx, params.textDocument.uri, params.position);
  if (!hit) return null;
  const { entity, mention, doc } = hit;
  const { index } = ctx;
  const bySource = new Map<string, typeof entity.mentions>();
  for (const m of entity.mentions) {
    if (!bySource.has(m.uri)) bySource.set(m.uri, []);
    bySource.get(m.uri)!.push(m);
  }
  const total = index.documents().length;
  const lines: string[] = [];
  const value =
    entity.value !== null && String(entity.value) !== entity.name
      ? ` = ${escapeMarkdown(String(entity.value))}`
      : '';
  // Each header line is its own paragraph: single newlines would run them together.
  lines.push(`**${escapeMarkdown(entity.name)}**${value} — *${entity.type}*`, '');
  if (entity.aliases.length > 0) {
    const shown = entity.aliases.slice(0, MAX_ALIASES_LISTED).map((a) => escapeMarkdown(a, 80));
    const more =
      entity.aliases.length > MAX_ALIASES_LISTED
        ? `, +${entity.aliases.length - MAX_ALIASES_LISTED} more`
        : '';
    lines.push(`Also written: ${shown.join(', ')}${more}`, '');
  }
  const n = entity.mentions.length;
  lines.push(`${counted(n, 'mention')} in ${bySource.size} of ${counted(total, 'source')}`);
  lines.push('', '---', '');
  const sources = [...bySource.keys()].sort(index.compareByPublication);
  for (const uri of sources.slice(0, MAX_SOURCES_LISTED)) {
    const mentions = bySource.get(uri)!;
    const source = index.document(uri);
    if (!source) continue;
    const first = mentions[0]!;
    const line = ctx.lines(source).positionAt(first.start).line;
    const here = uri === doc.uri ? ' (this source)' : '';
    lines.push(`- ${fileLink(sourceName(index, uri), uri, line)}${here} — ${mentions.length}×`);
  }
  if (sources.length > MAX_SOURCES_LISTED)
    lines.push(`- … and ${counted(sources.length - MAX_SOURCES_LISTED, 'more source', 'more sources')}`);
  const claims =
    entity.type === 'date' || entity.type === 'quantity'
      ? []
      : claimsAbout(index, entity.id, MAX_CLAIMS_LISTED);
  if (claims.length > 0) {
    lines.push('', '**Claims about it**', '');
    for (const rc of claims) {
      const source = index.document(rc.uri)!;
      const line = ctx.lines(source).positionAt(rc.claim.start).line;
      lines.push(
        `- ${escapeMarkdown(claimStructure(index, rc), 160)} — ${fileLink(sourceName(index, rc.uri), rc.uri, line)}`,
      );
    }
  }
  return {
    contents: { kind: 'markdown', value: lines.join('\n') },
    range: ctx.lines(doc).range(mention.start, mention.end),
  };
}
