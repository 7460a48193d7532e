import { predicateText } from '../claims/predicate';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { findingKey } from './detect';
import type { Finding } from './types';

/** Verbs of specific, checkable action (as opposed to framing: reflect, underscore, signal…). */
const EVENT_VERBS = new Set(
  `accuse|attack|kill|withhold|deliver|sell|buy|breach|give|leak|meet|sign|approve|reject|launch|strike|share|send|
  supply|ship|provide|arrest|seize|capture|fire|bomb|invade|raid|announce|order|ban|block|halt|suspend|delay|cancel|
  resume|release|transfer|pay|fund|offer|request|seek|threaten|confirm|deny|suffer|die|injure|wound|destroy|build|
  deploy|withdraw|enter|travel|visit|hold|vote|pass|win|lose|agree|sanction|impose|lift|freeze|cut|raise|spend`.split(
    /\s*\|\s*/,
  ),
);
const OPINION =
  /\b(should|must|ought|we|our|i|my|crucial|significant|profound|noteworthy|remarkable|arguably|perhaps)\b/i;

/**
 * Check-worthy claims that no other source reports: figures, and named actors doing something
 * specific. Headings, questions, hedged and opinion sentences are not check-worthy.
 */
export function singleSourceClaims(
  index: WorkspaceIndex,
  uri: string,
  matchedSentences: Set<number>,
): Finding[] {
  const doc = index.document(uri);
  if (!doc) return [];
  const headings = doc.analysis.sections.map((s) => [s.headingStart, s.headingEnd] as const);
  const findings: Finding[] = [];
  const mentions = doc.analysis.mentions;
  let cursor = 0;
  doc.analysis.claims.forEach((claim, sentence) => {
    if (matchedSentences.has(sentence) || !claim.verb || claim.certainty === 'hedged') return;
    const range = doc.analysis.sentences[sentence]!;
    const text = doc.text.slice(range.start, range.end);
    if (/\?\s*$/.test(text) || OPINION.test(text)) return;
    if (headings.some(([s, e]) => range.start >= s && range.end <= e)) return;
    // Mentions are sorted by start and sentences come in order: advance one cursor, never rescan.
    while (cursor < mentions.length && mentions[cursor]!.start < range.start) cursor++;
    const inside: typeof mentions = [];
    for (let k = cursor; k < mentions.length && mentions[k]!.start < range.end; k++) {
      if (mentions[k]!.end <= range.end) inside.push(mentions[k]!);
    }
    // A figure worth checking: written in digits or at least three ("two countries" is not one).
    const figure = inside.find(
      (m) => m.kind === 'quantity' && m.counts && (/\d/.test(m.surface) || (m.value as number) >= 3),
    );
    const verb = claim.verb.lemma;
    const actor =
      claim.subject &&
      inside.some((m) => m.kind === 'name' && m.start >= claim.subject!.start && m.end <= claim.subject!.end);
    let reason: string | null = null;
    if (figure) reason = `a figure (${figure.surface}) that no other source in this workspace gives`;
    else if (actor && EVENT_VERBS.has(verb))
      reason = `a specific claim (${claim.subject!.text} → ${predicateText(claim)}) that no other source in this workspace reports`;
    if (!reason) return;
    findings.push({
      key: findingKey('single-source', text, ''),
      kind: 'single-source',
      a: { uri, start: range.start, end: range.end, sentence },
      others: [],
      message: `Only this source: ${reason}.`,
      confidence: 0.5,
    });
  });
  return findings;
}
