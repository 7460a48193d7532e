import { applyReviews, type ReviewedFinding } from '../contradictions/reviews';
import type { Finding, FindingKind, Passage } from '../contradictions/types';
import type { SentenceRef } from '../matching/sentenceIndex';
import type { BriefInputs } from './types';

/** Kinds that do not pit one source's claim against another's. */
const NOT_BETWEEN_SOURCES: ReadonlySet<FindingKind> = new Set([
  'single-source',
  'anachronism',
  'name-variant',
  'self-contradiction',
]);

export const isBetweenSources = (kind: FindingKind): boolean => !NOT_BETWEEN_SOURCES.has(kind);

/** One key per sentence of a document. */
export const sentenceKey = (uri: string, sentence: number): string => `${sentence}\u0000${uri}`;

/** What other sources make of each sentence of a set of documents. */
export interface Evidence {
  /** For each sentence, the sentences of other sources matching it (either side's matches). */
  partners: Map<string, Map<string, SentenceRef>>;
  /** For each sentence, the sentences of other sources a contradiction pits it against. */
  conflicts: Map<string, Set<string>>;
  /** Sentences with a single-source finding. */
  onlyHere: Set<string>;
  /** Sentences with an anachronism finding, with its explanation. */
  anachronisms: Map<string, string>;
}

/** A document's findings as the editor shows them: dismissed ones and ignored kinds dropped. */
export function reviewedFindingsOf(inputs: BriefInputs, uri: string, raw?: Finding[]): ReviewedFinding[] {
  const doc = inputs.index.document(uri);
  if (!doc) return [];
  return applyReviews(raw ?? inputs.findings.findings(uri), inputs.reviews, doc.relativePath);
}

/** The sentence a passage is, or the one it starts in. */
export function sentenceOf(inputs: BriefInputs, p: Passage): number {
  return p.sentence ?? inputs.index.sentenceAt(p.uri, p.start);
}

function addTo<K, V>(map: Map<string, K>, key: string, make: () => K, add: (k: K) => V): V {
  let entry = map.get(key);
  if (!entry) {
    entry = make();
    map.set(key, entry);
  }
  return add(entry);
}

/**
 * The findings of `uris`, each complete: a document asked early learns of conflicts later ones
 * find with it (and is then no longer single-source there), so all are asked twice; the second
 * time is a cache hit but for those that learnt late. Pauses (yields) after each document, so a
 * caller can stop or let others run in between.
 */
export function* completingFindings(
  inputs: BriefInputs,
  uris: readonly string[],
): Generator<void, Map<string, Finding[]>> {
  const out = new Map<string, Finding[]>();
  for (const pass of [1, 2]) {
    for (const uri of uris) {
      const found = inputs.findings.findings(uri);
      if (pass === 2) out.set(uri, found);
      yield;
    }
  }
  return out;
}

/** `completingFindings` run through; null when `cancelled` says so between documents. */
export function completeFindings(
  inputs: BriefInputs,
  uris: readonly string[],
  cancelled: () => boolean = () => false,
): Map<string, Finding[]> | null {
  const steps = completingFindings(inputs, uris);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (cancelled()) return null;
  }
}

/**
 * The evidence about the sentences of `uris`, from their matches and reviewed findings (`findings`:
 * those of `completeFindings`). Both sides of a match or a conflict are marked, so a conflict
 * found from either document counts.
 */
export function gatherEvidence(
  inputs: BriefInputs,
  uris: readonly string[],
  findings: ReadonlyMap<string, Finding[]> = completeFindings(inputs, uris)!,
): Evidence {
  const evidence: Evidence = {
    partners: new Map(),
    conflicts: new Map(),
    onlyHere: new Set(),
    anachronisms: new Map(),
  };
  const link = (a: SentenceRef, b: SentenceRef) =>
    addTo(
      evidence.partners,
      sentenceKey(a.uri, a.sentence),
      () => new Map(),
      (m) => m.set(sentenceKey(b.uri, b.sentence), b),
    );
  const conflict = (a: string, b: string) =>
    addTo(
      evidence.conflicts,
      a,
      () => new Set(),
      (s) => s.add(b),
    );
  for (const uri of uris) {
    for (const { sentence, matches } of inputs.matches.matches(uri)) {
      for (const m of matches) {
        if (m.other.uri === uri) continue;
        link({ uri, sentence }, m.other);
        link(m.other, { uri, sentence });
      }
    }
    for (const f of reviewedFindingsOf(inputs, uri, findings.get(uri) ?? [])) {
      const own = sentenceKey(f.a.uri, sentenceOf(inputs, f.a));
      if (f.kind === 'single-source') evidence.onlyHere.add(own);
      if (f.kind === 'anachronism' && !evidence.anachronisms.has(own))
        evidence.anachronisms.set(own, f.message);
      if (!isBetweenSources(f.kind)) continue;
      for (const o of f.others) {
        if (o.uri === f.a.uri) continue;
        const other = sentenceKey(o.uri, sentenceOf(inputs, o));
        conflict(own, other);
        conflict(other, own);
      }
    }
  }
  return evidence;
}
