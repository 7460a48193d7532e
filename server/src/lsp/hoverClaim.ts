import type { Hover, HoverParams } from 'vscode-languageserver';
import { resolveClaim } from '../core/claims/claimView';
import { claimQualifiers, claimStructure } from '../core/claims/summary';
import { sourceName } from '../core/contradictions/sources';
import type { ServerContext } from './context';
import { escapeMarkdown, fileLink } from './markdown';

const QUOTE_LENGTH = 140;

/**
 * Hover on a sentence: its claim (who → what → whom, certainty, attribution), then every other
 * source that reports it, with the relation, the score and a short escaped quote, each linked to
 * the exact line of the other source.
 */
export function claimHover(ctx: ServerContext, params: HoverParams): Hover | null {
  const doc = ctx.fresh(params.textDocument.uri);
  if (!doc) return null;
  const lines = ctx.lines(doc);
  const sentence = ctx.index.sentenceAt(doc.uri, lines.offsetAt(params.position));
  const rc = sentence >= 0 ? resolveClaim(ctx.index, doc.uri, sentence) : null;
  if (!rc) return null;
  const out: string[] = [];
  out.push(`**Claim:** ${escapeMarkdown(claimStructure(ctx.index, rc), 240)}`, '');
  out.push(`*${escapeMarkdown(claimQualifiers(rc), 240)}*`, '');
  const matches = ctx.matches.sentenceMatches(doc.uri, sentence);
  if (matches.length === 0) {
    out.push('No other source in this workspace reports this.');
  } else {
    out.push('---', '', '**Also reported by**', '');
    for (const m of matches) {
      const other = ctx.index.document(m.other.uri);
      const s = other?.analysis.sentences[m.other.sentence];
      if (!other || !s) continue;
      const quote = other.text.slice(s.start, s.end);
      const line = ctx.lines(other).positionAt(s.start).line;
      out.push(
        `- ${fileLink(sourceName(ctx.index, other.uri), other.uri, line)} — ${m.relation} · ${m.score.toFixed(2)} — “${escapeMarkdown(quote, QUOTE_LENGTH)}”`,
      );
    }
  }
  const claim = rc.claim;
  return {
    contents: { kind: 'markdown', value: out.join('\n') },
    range: lines.range(claim.start, claim.end),
  };
}
