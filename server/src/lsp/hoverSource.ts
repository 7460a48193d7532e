import type { Hover, HoverParams } from 'vscode-languageserver';
import { profileDetails } from '../core/brief/profile';
import { profileLine, profileSentences } from '../core/brief/render/words';
import { counted } from '../core/counted';
import type { ServerContext } from './context';
import { escapeMarkdown } from './markdown';
import { briefInputs } from './sources';

/** Claims listed with their first reporter in the hover; the rest are counted. */
const FIRST_REPORTS_LISTED = 6;
const QUOTE_LENGTH = 90;

/**
 * Hover on a source's title line (the line its first sentence starts on, the headline): its
 * profile among the sources of its story — claims corroborated, contradicted, only here — and
 * who reported its shared claims first. Plain, escaped Markdown; no links.
 */
export function sourceHover(ctx: ServerContext, params: HoverParams): Hover | null {
  const doc = ctx.fresh(params.textDocument.uri);
  const first = doc?.analysis.sentences[0];
  if (!doc || !first) return null;
  const lines = ctx.lines(doc);
  const titleLine = lines.positionAt(first.start).line;
  if (params.position.line !== titleLine) return null;
  const story = ctx.matches.stories.storyOf(doc.uri);
  if (!story) return null;
  const detail = profileDetails(briefInputs(ctx), story.uris).find((d) => d.profile.uri === doc.uri);
  if (!detail) return null;
  const { profile, claims } = detail;
  const out = [
    `**Source:** ${escapeMarkdown(profile.source, 120)}`,
    '',
    `${escapeMarkdown(profileLine(profile), 200)} — among ${counted(story.uris.length, 'source')} of its story`,
    '',
    escapeMarkdown(profileSentences(profile).join(' '), 400),
  ];
  const shared = claims.filter((c) => c.firstReporters.length > 0);
  if (shared.length > 0) {
    out.push('', '---', '', '**First reported by**', '');
    for (const c of shared.slice(0, FIRST_REPORTS_LISTED)) {
      const quote = escapeMarkdown(doc.text.slice(c.start, c.end).replace(/\s+/g, ' ').trim(), QUOTE_LENGTH);
      const by = c.firstReporters.map((r) => (r.uri === doc.uri ? 'this source' : r.source)).join(', ');
      out.push(`- “${quote}” — ${escapeMarkdown(by, 160)}`);
    }
    if (shared.length > FIRST_REPORTS_LISTED)
      out.push(`- and ${counted(shared.length - FIRST_REPORTS_LISTED, 'other shared claim')}`);
  }
  const nextLine = lines.offsetAt({ line: titleLine + 1, character: 0 });
  return {
    contents: { kind: 'markdown', value: out.join('\n') },
    range: lines.range(first.start, Math.min(first.end, nextLine)),
  };
}
