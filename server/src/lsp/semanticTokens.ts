import {
  SemanticTokensBuilder,
  type SemanticTokensLegend,
  type SemanticTokensParams,
} from 'vscode-languageserver';
import type { Claim } from '../core/claims/types';
import { ENTITY_TOKEN_MODIFIERS, TOKEN_TYPES } from '../protocol';
import { reviewedFindings, type ServerContext } from './context';
import type { LineIndex } from './lineIndex';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...ENTITY_TOKEN_MODIFIERS],
};

const CONTRADICTED = 1 << ENTITY_TOKEN_MODIFIERS.indexOf('contradicted');
const SINGLE_SOURCE = 1 << ENTITY_TOKEN_MODIFIERS.indexOf('singleSource');
const CLAIM = TOKEN_TYPES.indexOf('claim');
const HEADING = TOKEN_TYPES.indexOf('heading');

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/**
 * One token per entity mention, coloured by entity type. Claims that another source contradicts,
 * or that only this source reports, carry the `contradicted` / `singleSource` modifier on their
 * entities, and their verb becomes a `claim` token, so they stand out while reading.
 */
export function semanticTokens(ctx: ServerContext, params: SemanticTokensParams) {
  const builder = new SemanticTokensBuilder();
  const doc = ctx.fresh(params.textDocument.uri);
  if (!doc) return builder.build();
  // An anachronism is about the title, not the claim: its entities are not marked.
  const affected = reviewedFindings(ctx, doc)
    .filter((f) => !f.reviewed && f.kind !== 'anachronism')
    .map((f) => ({
      start: f.a.start,
      end: f.a.end,
      sentence: f.a.sentence,
      modifier: f.kind === 'single-source' ? SINGLE_SOURCE : CONTRADICTED,
    }));
  const modifiersAt = (start: number, end: number) =>
    affected.reduce((bits, a) => (start >= a.start && end <= a.end ? bits | a.modifier : bits), 0);
  const tokens: Token[] = [];
  for (const m of ctx.index.mentionsIn(doc.uri)) {
    const entity = ctx.index.entity(m.entityId);
    if (entity)
      tokens.push({
        start: m.start,
        end: m.end,
        type: TOKEN_TYPES.indexOf(entity.type),
        modifiers: modifiersAt(m.start, m.end),
      });
  }
  for (const a of affected) {
    const verb =
      a.sentence === undefined
        ? null
        : claimAt(doc.analysis.claims[a.sentence], a.start, a.end)?.predicateSpan;
    if (verb && !tokens.some((t) => t.start < verb.end && verb.start < t.end)) {
      tokens.push({ start: verb.start, end: verb.end, type: CLAIM, modifiers: a.modifier });
    }
  }
  tokens.sort((x, y) => x.start - y.start);
  const all = withHeadings(tokens, doc.analysis.sections);
  for (const t of all) pushToken(builder, ctx.lines(doc), t);
  return builder.build();
}

/**
 * Adds `heading` tokens for the headings ingest found (page furniture never is one) in the gaps
 * the entity and claim tokens leave, since semantic tokens cannot overlap. Both lists are in
 * document order, so one cursor walks them.
 */
function withHeadings(
  tokens: Token[],
  headings: ReadonlyArray<{ headingStart: number; headingEnd: number }>,
) {
  const out: Token[] = [];
  let i = 0;
  for (const h of [...headings].sort((a, b) => a.headingStart - b.headingStart)) {
    while (i < tokens.length && tokens[i]!.end <= h.headingStart) out.push(tokens[i++]!);
    let from = h.headingStart;
    while (i < tokens.length && tokens[i]!.start < h.headingEnd) {
      const t = tokens[i++]!;
      if (t.start > from) out.push({ start: from, end: t.start, type: HEADING, modifiers: 0 });
      out.push(t);
      from = Math.max(from, t.end);
    }
    if (from < h.headingEnd) out.push({ start: from, end: h.headingEnd, type: HEADING, modifiers: 0 });
  }
  while (i < tokens.length) out.push(tokens[i++]!);
  return out;
}

/** The claim (main or embedded) that spans exactly the passage, else the sentence's main claim. */
function claimAt(main: Claim | undefined, start: number, end: number): Claim | undefined {
  return main?.embedded?.find((c) => c.start === start && c.end === end) ?? main;
}

/** Semantic tokens cannot span lines: a mention across a line break becomes one token per line. */
function pushToken(builder: SemanticTokensBuilder, lines: LineIndex, t: Token): void {
  const start = lines.positionAt(t.start);
  const end = lines.positionAt(t.end);
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    const to =
      line === end.line
        ? end.character
        : lines.offsetAt({ line: line + 1, character: 0 }) - lines.offsetAt({ line, character: 0 }) - 1;
    if (to > from) builder.push(line, from, to - from, t.type, t.modifiers);
  }
}
