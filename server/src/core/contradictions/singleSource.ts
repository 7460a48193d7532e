import { type Alignment, align } from '../alignment/align';
import type { Unit } from '../alignment/view';
import type { Claim } from '../claims/types';
import type { SentenceMatches } from '../matching/documentMatches';
import type { SentenceMatch } from '../matching/matcher';
import { type Candidate, mostSimilar } from '../matching/sentenceIndex';
import { type CheckWorthy, checkWorthy } from './checkWorthy';
import type { DetectContext } from './context';
import { findingKey } from './detect';
import type { Finding } from './types';

/** Share of a claim's weight another source's sentence must align to count as reporting it. */
export const REPORTED_COVER = 0.6;
/** …or this much when it gives the same figure of the same thing: "10,000 jobs go", "10,000 job cuts". */
export const FIGURE_REPORTED_COVER = 0.2;
/** Candidates less similar than this are not aligned (they share a rare word or two at most). */
const MIN_CANDIDATE_COSINE = 0.1;

/**
 * Check-worthy claims (`checkWorthy.ts`) that no other source reports: no match at paraphrase level
 * or above, and no candidate sentence of another source (the lists matching already computed)
 * whose alignment covers most of the claim.
 */
/** Candidates that may report a claim: the most similar few (each is aligned with the claim). */
const REPORTING_CANDIDATES = 8;

export function singleSourceClaims(
  ctx: DetectContext,
  uri: string,
  matches: readonly SentenceMatches[],
  candidates: readonly Candidate[][],
): Finding[] {
  const doc = ctx.index.document(uri);
  if (!doc) return [];
  const matchesOf = new Map(matches.map((s) => [s.sentence, s.matches]));
  const findings: Finding[] = [];
  doc.analysis.sentences.forEach((range, sentence) => {
    if (reportedInOtherWords(matchesOf.get(sentence))) return;
    const worthy = checkWorthy(ctx, uri, sentence);
    if (!worthy || alignedElsewhere(ctx, uri, sentence, worthy, candidates[sentence] ?? [])) return;
    findings.push({
      key: findingKey('single-source', doc.text.slice(range.start, range.end), ''),
      kind: 'single-source',
      a: { uri, start: range.start, end: range.end, sentence },
      others: [],
      message: singleSourceMessage(worthy),
      confidence: 0.5,
    });
  });
  return findings;
}

/** The finding's message, quoting the sentence's own words. */
export function singleSourceMessage(worthy: CheckWorthy): string {
  return worthy.kind === 'figure'
    ? `Only this source: a figure (“${worthy.quote}”) no other source gives.`
    : `Only this source: “${worthy.quote}” — no other source reports it.`;
}

const reportedInOtherWords = (matches: readonly SentenceMatch[] | undefined): boolean =>
  (matches ?? []).some((m) => m.relation === 'duplicate' || m.relation === 'paraphrase');

function alignedElsewhere(
  ctx: DetectContext,
  uri: string,
  sentence: number,
  worthy: CheckWorthy,
  candidates: readonly Candidate[],
): boolean {
  const own = ctx.view(uri, sentence);
  const claim = ctx.index.document(uri)?.analysis.claims[sentence];
  if (!own || !claim) return false;
  return mostSimilar(candidates, REPORTING_CANDIDATES).some((c) => {
    if (c.cosine < MIN_CANDIDATE_COSINE || c.ref.uri === uri) return false;
    const other = ctx.view(c.ref.uri, c.ref.sentence);
    if (!other) return false;
    const al = align(own, other);
    const cover = claimCover(al, claim);
    return cover >= REPORTED_COVER || (cover >= FIGURE_REPORTED_COVER && sameFigure(al, worthy));
  });
}

/** The other sentence gives the quoted figure itself, of the same counted thing. */
function sameFigure(al: Alignment, worthy: CheckWorthy): boolean {
  if (worthy.kind !== 'figure') return false;
  const linked = new Set(al.links.map((l) => l.a));
  const at = al.a.units.findIndex((u) => u.kind === 'number' && u.start >= worthy.start);
  const figure = al.a.units[at];
  const counted = al.a.units[at + 1];
  return figure !== undefined && linked.has(figure) && (counted === undefined || linked.has(counted));
}

/** Share of the claim's own weight (its attribution left out) that the other sentence aligns. */
export function claimCover(al: Alignment, claim: Claim): number {
  const attribution = claim.attribution?.speaker;
  const inClaim = (u: Unit) =>
    u.weight > 0 &&
    u.start >= claim.start &&
    u.end <= claim.end &&
    !(attribution && u.start >= attribution.start && u.end <= attribution.end);
  const linked = new Set(al.links.map((l) => l.a));
  let total = 0;
  let aligned = 0;
  for (const u of al.a.units) {
    if (!inClaim(u)) continue;
    total += u.weight;
    if (linked.has(u)) aligned += u.weight;
  }
  return total > 0 ? aligned / total : 0;
}
