import { claimId, resolveClaim } from '../core/claims/claimView';
import { predicateText } from '../core/claims/predicate';
import type { ArgumentRole, ClaimHedge, ClaimSpan, ClaimVerb } from '../core/claims/types';
import type { Reviews } from '../core/contradictions/reviews';
import { sourceName } from '../core/contradictions/sources';
import { counted } from '../core/counted';
import type { Entity } from '../core/entities/resolve';
import { ENTITY_TYPES } from '../core/entities/types';
import type { IndexedDocument, WorkspaceIndex } from '../core/index/workspaceIndex';
import { MatchService } from '../core/matching/documentMatches';
import { type JsonContradiction, type JsonSingleSource, textFindings, workspaceFindings } from './findings';

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
  claims: Array<{
    id: string;
    path: string;
    start: number;
    end: number;
    text: string;
    subject: string | null;
    predicate: string;
    object: string | null;
    recipient: string | null;
    polarity: 'affirmed' | 'negated';
    certainty: 'asserted' | 'hedged' | 'reported';
    attribution: { source: string; start: number; end: number } | null;
    quantities: Array<{
      value: number;
      unit: string | null;
      counts: string | null;
      start: number;
      end: number;
    }>;
    dates: Array<{ value: string; start: number; end: number }>;
    verb: Omit<ClaimVerb, 'span'> | null;
    negations: ClaimSpan[];
    hedges: ClaimHedge[];
    arguments: Array<{ role: ArgumentRole; text: string; entity: string | null; start: number; end: number }>;
    places: Array<{ entity: string; start: number; end: number }>;
  }>;
  matches: Array<{
    a: { path: string; start: number; end: number; claim: string | null };
    b: { path: string; start: number; end: number; claim: string | null };
    score: number;
    relation: 'duplicate' | 'paraphrase' | 'same-event';
  }>;
  contradictions: JsonContradiction[];
  singleSource: JsonSingleSource[];
  /** Office holders titled out of their term: the passage and, in `reason`, who held the office when. */
  anachronisms: JsonSingleSource[];
}

export function jsonReport(index: WorkspaceIndex, reviews?: Reviews): JsonReport {
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
    claims: jsonClaims(index),
    matches: jsonMatches(index),
    ...workspaceFindings(index, reviews),
  };
}

function jsonClaims(index: WorkspaceIndex): JsonReport['claims'] {
  const out: JsonReport['claims'] = [];
  for (const doc of index.documents()) {
    doc.analysis.claims.forEach((claim, sentence) => {
      if (!claim.verb) return;
      const rc = resolveClaim(index, doc.uri, sentence)!;
      const speaker = claim.attribution?.speaker;
      out.push({
        id: rc.id,
        path: doc.relativePath,
        start: claim.start,
        end: claim.end,
        text: doc.text.slice(claim.start, claim.end),
        subject: rc.subjectEntity ?? claim.subject?.text ?? null,
        predicate: predicateText(claim),
        object: rc.objectEntity ?? claim.object?.text ?? null,
        recipient: rc.recipientEntity ?? claim.recipient?.text ?? null,
        polarity: claim.polarity,
        certainty: claim.certainty,
        attribution: speaker ? { source: speaker.text, start: speaker.start, end: speaker.end } : null,
        quantities: rc.figures,
        dates: rc.times.map((t) => ({ value: t.value, start: t.start, end: t.end })),
        verb: verbFields(claim.verb),
        negations: claim.negations,
        hedges: claim.hedges,
        arguments: rc.arguments.map((a) => ({ role: a.role, entity: a.entity, ...a.span })),
        places: rc.places.map((p) => ({ entity: p.entityId, start: p.start, end: p.end })),
      });
    });
  }
  return out;
}

/** The verb's parts; its span is the claim's already. */
function verbFields(v: ClaimVerb | null): JsonReport['claims'][number]['verb'] {
  if (!v) return null;
  return {
    lemma: v.lemma,
    adjective: v.adjective,
    particle: v.particle,
    preposition: v.preposition,
    transfer: v.transfer,
  };
}

function jsonMatches(index: WorkspaceIndex): JsonReport['matches'] {
  const service = new MatchService(index);
  const end = (uri: string, sentence: number) => {
    const d = index.document(uri)!;
    const s = d.analysis.sentences[sentence]!;
    const claim = d.analysis.claims[sentence]?.verb ? claimId(d.relativePath, sentence) : null;
    return { path: d.relativePath, start: s.start, end: s.end, claim };
  };
  return service
    .allPairs()
    .map(({ a, b, match }) => ({
      a: end(a.uri, a.sentence),
      b: end(b.uri, b.sentence),
      score: match.score,
      relation: match.relation,
    }))
    .sort((x, y) => x.a.path.localeCompare(y.a.path) || x.a.start - y.a.start || y.score - x.score);
}

function sortedEntities(entities: Entity[]): Entity[] {
  return [...entities].sort(
    (a, b) =>
      ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) ||
      b.mentions.length - a.mentions.length ||
      a.name.localeCompare(b.name),
  );
}

/**
 * A source in the text report's lists: as an analyst names it when its metadata names the outlet
 * (“Fox News, 2010-07-04 (005.html)”), else its path, the one name it surely has.
 */
function sourceLabel(index: WorkspaceIndex, d: IndexedDocument): string {
  return d.analysis.metadata.publisher ? `${sourceName(index, d.uri)} (${d.relativePath})` : d.relativePath;
}

export function textReport(index: WorkspaceIndex, reviews?: Reviews): string {
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
        `  ${e.name}${value} — ${counted(e.mentions.length, 'mention')} in ${counted(sources, 'source')}${aliases}`,
      );
    }
  }
  const pairs = new MatchService(index).allPairs();
  if (pairs.length > 0) {
    lines.push('', `Cross-source matches (${pairs.length})`);
    const quote = (uri: string, sentence: number) => {
      const d = index.document(uri)!;
      const s = d.analysis.sentences[sentence]!;
      const text = d.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      return `${sourceLabel(index, d)}: “${text.length > 90 ? `${text.slice(0, 89)}…` : text}”`;
    };
    for (const { a, b, match } of pairs.sort((x, y) => y.match.score - x.match.score)) {
      lines.push(
        `  ${match.relation} ${match.score.toFixed(2)}`,
        `    ${quote(a.uri, a.sentence)}`,
        `    ${quote(b.uri, b.sentence)}`,
      );
    }
  }
  const byPath = new Map(docs.map((d) => [d.relativePath, d]));
  const labelOf = (path: string) => {
    const d = byPath.get(path);
    return d ? sourceLabel(index, d) : path;
  };
  lines.push(...textFindings(workspaceFindings(index, reviews), labelOf));
  return `${lines.join('\n')}\n`;
}
