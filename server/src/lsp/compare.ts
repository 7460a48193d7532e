import { compareSentence } from '../core/compare/compare';
import { type ComparedPair, DIFFERENCE_INFO, type Version } from '../core/compare/types';
import { DetectContext } from '../core/contradictions/context';
import { sourceName } from '../core/contradictions/sources';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import type { CompareResult, CompareVersion, ComparePair as ProtocolPair } from '../protocol';
import { reviewedFindings, type ServerContext } from './context';

const LEGEND = DIFFERENCE_INFO.map(({ kind, label, summary }) => ({ kind, label, summary }));
const LABEL = new Map<string, string>(DIFFERENCE_INFO.map((d) => [d.kind, d.label]));

const RELATION_WORDS = {
  duplicate: 'A near copy of this sentence',
  paraphrase: 'The same claim in other words',
  'same-event': 'The same event, told differently',
} as const;

/** One detection context per index: its sentence views stay cached between requests. */
const contexts = new WeakMap<WorkspaceIndex, DetectContext>();
const contextOf = (index: WorkspaceIndex): DetectContext => {
  let c = contexts.get(index);
  if (!c) {
    c = new DetectContext(index);
    contexts.set(index, c);
  }
  return c;
};

/** The Compare view's data: the sentence at a position beside every other source's version of it. */
export function compareAt(
  ctx: ServerContext,
  uri: string,
  position: { line: number; character: number },
  indexing: boolean,
  isArticle: boolean,
): CompareResult {
  const empty = { uri, pairs: [], legend: LEGEND };
  const doc = ctx.fresh(uri);
  if (!doc) return { ...empty, state: indexing || isArticle ? 'indexing' : 'notArticle' };
  const sentence = ctx.index.sentenceAt(uri, ctx.lines(doc).offsetAt(position));
  const s = doc.analysis.sentences[sentence];
  if (sentence < 0 || !s) return { ...empty, state: 'noSentence' };
  const inputs = {
    index: ctx.index,
    matches: ctx.matches,
    context: contextOf(ctx.index),
    findings: (u: string) => {
      const other = ctx.index.document(u);
      return other ? reviewedFindings(ctx, other) : [];
    },
  };
  const pairs = compareSentence(inputs, { uri, sentence }).map((p) => protocolPair(ctx, p));
  const text = doc.text.slice(s.start, s.end);
  return {
    ...empty,
    state: 'ok',
    sentence: { range: ctx.lines(doc).range(s.start, s.end), text, source: sourceName(ctx.index, uri) },
    pairs,
  };
}

function protocolPair(ctx: ServerContext, p: ComparedPair): ProtocolPair {
  return {
    anchor: protocolVersion(ctx, p.anchor),
    other: protocolVersion(ctx, p.other),
    relation: p.relation,
    score: p.score,
    ...(p.conflict ? { conflict: { kind: p.conflict.kind, message: p.conflict.message } } : {}),
    differences: p.differences,
    explanation: explanation(p),
  };
}

/** The finding's own words when one pits them; else how they relate and what the marks show. */
function explanation(p: ComparedPair): string {
  if (p.conflict) return p.conflict.message;
  const relation = p.relation ? RELATION_WORDS[p.relation] : 'Reported by the other source';
  const shown = p.differences.filter((d) => d !== 'only').map((d) => LABEL.get(d)!.toLowerCase());
  return shown.length ? `${relation}; marked: ${shown.join(', ')}.` : `${relation}.`;
}

function protocolVersion(ctx: ServerContext, v: Version): CompareVersion {
  const doc = ctx.index.document(v.uri)!;
  return {
    uri: v.uri,
    source: sourceName(ctx.index, v.uri),
    published: doc.analysis.metadata.published,
    range: ctx.lines(doc).range(v.start, v.end),
    segments: v.segments.map((s) => ({
      text: doc.text.slice(s.start, s.end),
      ...(s.link ? { link: s.link } : {}),
      ...(s.difference ? { difference: s.difference } : {}),
    })),
  };
}
