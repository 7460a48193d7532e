import { resolveClaim } from '../core/claims/claimView';
import { claimQualifiers, claimStructure } from '../core/claims/summary';
import { sourceName } from '../core/contradictions/sources';
import { isOneSided } from '../core/contradictions/types';
import type { Entity } from '../core/entities/resolve';
import { printable } from '../core/printable';
import type {
  DocumentMatchesResult,
  EntityMentionsResult,
  EntitySummary,
  SentenceMatches,
} from '../protocol';
import { reviewedFindings, type ServerContext } from './context';

const MAX_TEXT = 400;
const MAX_MENTIONS_PER_SOURCE = 200;

/** Article text for a view: printable, one line, cut at `max` characters. */
export const clip = (s: string, max = MAX_TEXT): string => {
  const t = printable(s).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The data of the Cross-source matches view for one document. */
export function documentMatches(
  ctx: ServerContext,
  uri: string,
  indexing: boolean,
  isArticle: boolean,
): DocumentMatchesResult {
  const doc = ctx.fresh(uri);
  if (!doc)
    return { uri, state: indexing ? 'indexing' : isArticle ? 'indexing' : 'notArticle', sentences: [] };
  const lines = ctx.lines(doc);
  const sentences: SentenceMatches[] = [];
  // Dismissed conflicts are gone and reviewed ones are not flagged, as in the Problems panel.
  const findings = reviewedFindings(ctx, doc).filter((f) => !isOneSided(f.kind) && !f.reviewed);
  const conflictWith = (sentence: number, otherUri: string, otherSentence: number) =>
    findings.find(
      (f) =>
        f.a.sentence === sentence && f.others.some((o) => o.uri === otherUri && o.sentence === otherSentence),
    );
  for (const s of ctx.matches.matches(uri)) {
    const range = doc.analysis.sentences[s.sentence]!;
    const rc = resolveClaim(ctx.index, uri, s.sentence);
    sentences.push({
      sentence: s.sentence,
      range: lines.range(range.start, range.end),
      text: clip(doc.text.slice(range.start, range.end)),
      claim: rc ? claimStructure(ctx.index, rc) : '',
      qualifiers: rc ? claimQualifiers(rc) : '',
      matches: s.matches.flatMap((m) => {
        const other = ctx.index.document(m.other.uri);
        const o = other?.analysis.sentences[m.other.sentence];
        if (!other || !o) return [];
        const conflict = conflictWith(s.sentence, m.other.uri, m.other.sentence);
        return [
          {
            ...(conflict ? { conflict: { kind: conflict.kind, message: conflict.message } } : {}),
            uri: other.uri,
            source: sourceName(ctx.index, other.uri),
            range: ctx.lines(other).range(o.start, o.end),
            text: clip(other.text.slice(o.start, o.end)),
            relation: m.relation,
            score: m.score,
          },
        ];
      }),
    });
  }
  return { uri, state: 'ok', sentences };
}

export function entitySummary(ctx: ServerContext, e: Entity): EntitySummary {
  const first = ctx.index.definitionOf(e);
  const doc = first && ctx.index.document(first.uri);
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentions: e.mentions.length,
    sources: new Set(e.mentions.map((m) => m.uri)).size,
    first: first && doc ? { uri: first.uri, range: ctx.lines(doc).range(first.start, first.end) } : null,
  };
}

/** Every mention of an entity grouped by source (earliest source first), for the Entities view. */
export function entityMentions(ctx: ServerContext, entityId: string): EntityMentionsResult | null {
  const entity = ctx.index.entity(entityId);
  if (!entity) return null;
  const bySource = new Map<string, typeof entity.mentions>();
  for (const m of entity.mentions) {
    if (!bySource.has(m.uri)) bySource.set(m.uri, []);
    bySource.get(m.uri)!.push(m);
  }
  const sources = [...bySource.keys()].sort(ctx.index.compareByPublication).flatMap((uri) => {
    const doc = ctx.index.document(uri);
    if (!doc) return [];
    const lines = ctx.lines(doc);
    return [
      {
        uri,
        source: sourceName(ctx.index, uri),
        mentions: bySource
          .get(uri)!
          .slice(0, MAX_MENTIONS_PER_SOURCE)
          .map((m) => {
            // The mention in its sentence, so the analyst sees the context in the tree.
            const s = doc.analysis.sentences[ctx.index.sentenceAt(uri, m.start)];
            const text = s ? doc.text.slice(s.start, s.end) : doc.text.slice(m.start, m.end);
            return { range: lines.range(m.start, m.end), text: clip(text, 160) };
          }),
      },
    ];
  });
  return { entity: entitySummary(ctx, entity), sources };
}
