import type { DetectContext } from '../contradictions/context';
import type { Finding } from '../contradictions/types';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { MatchService } from '../matching/documentMatches';
import { pairMarks } from './marks';
import { segmentsOf } from './segments';
import {
  type ComparedPair,
  DIFFERENCE_INFO,
  type DifferenceKind,
  type SentenceRef,
  type Version,
} from './types';

/** What a comparison reads: the index, the matches, and a document's findings as the analyst sees them. */
export interface CompareInputs {
  index: WorkspaceIndex;
  matches: MatchService;
  context: DetectContext;
  /** Findings of a document with review decisions applied (dismissed ones left out). */
  findings(uri: string): readonly Finding[];
}

interface OtherVersion {
  ref: SentenceRef;
  relation: ComparedPair['relation'];
  score: number | null;
  conflict: ComparedPair['conflict'];
}

/**
 * Every other source's version of one sentence, each compared with it: the sentences the matcher
 * links to it and those a finding pits against it, conflicts first, then by match score.
 */
export function compareSentence(inputs: CompareInputs, anchor: SentenceRef): ComparedPair[] {
  const others = otherVersions(inputs, anchor);
  const pairs: ComparedPair[] = [];
  for (const o of others) {
    const marks = pairMarks(inputs.context, anchor, o.ref);
    const a = marks && version(inputs.index, anchor, marks.a);
    const b = marks && version(inputs.index, o.ref, marks.b);
    if (!a || !b) continue;
    pairs.push({
      anchor: a,
      other: b,
      relation: o.relation,
      score: o.score,
      conflict: o.conflict,
      differences: kindsIn(a, b),
    });
  }
  return pairs.sort((x, y) => Number(!!y.conflict) - Number(!!x.conflict) || (y.score ?? 0) - (x.score ?? 0));
}

function otherVersions(inputs: CompareInputs, anchor: SentenceRef): OtherVersion[] {
  const byRef = new Map<string, OtherVersion>();
  const keyOf = (r: SentenceRef) => `${r.sentence}\u0000${r.uri}`;
  for (const m of inputs.matches.sentenceMatches(anchor.uri, anchor.sentence)) {
    byRef.set(keyOf(m.other), { ref: m.other, relation: m.relation, score: m.score, conflict: null });
  }
  for (const f of inputs.findings(anchor.uri)) {
    if (inputs.index.sentenceAt(anchor.uri, f.a.start) !== anchor.sentence) continue;
    for (const p of f.others) {
      if (p.uri === anchor.uri) continue;
      const ref = { uri: p.uri, sentence: p.sentence ?? inputs.index.sentenceAt(p.uri, p.start) };
      if (ref.sentence < 0) continue;
      const known = byRef.get(keyOf(ref));
      const conflict = known?.conflict ?? { key: f.key, kind: f.kind, message: p.message ?? f.message };
      byRef.set(keyOf(ref), {
        ref,
        relation: known?.relation ?? null,
        score: known?.score ?? null,
        conflict,
      });
    }
  }
  return [...byRef.values()];
}

function version(
  index: WorkspaceIndex,
  ref: SentenceRef,
  marks: Parameters<typeof segmentsOf>[0],
): Version | null {
  const s = index.document(ref.uri)?.analysis.sentences[ref.sentence];
  if (!s) return null;
  return { ...ref, start: s.start, end: s.end, segments: segmentsOf(marks, s.start, s.end) };
}

function kindsIn(a: Version, b: Version): DifferenceKind[] {
  const seen = new Set(
    [...a.segments, ...b.segments].map((s) => s.difference).filter((d) => d !== undefined),
  );
  return DIFFERENCE_INFO.map((d) => d.kind).filter((k) => seen.has(k));
}
