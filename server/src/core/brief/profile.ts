import { sourceName } from '../contradictions/sources';
import { type Evidence, gatherEvidence, sentenceKey } from './evidence';
import type { BriefInputs, ClaimProfile, SourceProfile } from './types';

/** A source's profile with the claims it counts. */
export interface ProfileDetail {
  profile: SourceProfile;
  claims: ClaimProfile[];
}

/** The sentences of a document that carry a claim (a verb), as the CLI's `claims` lists them. */
export function claimSentences(inputs: BriefInputs, uri: string): number[] {
  const claims = inputs.index.document(uri)?.analysis.claims ?? [];
  const out: number[] = [];
  claims.forEach((claim, sentence) => {
    if (claim.verb) out.push(sentence);
  });
  return out;
}

/**
 * The sources of a match group with the earliest publication day (all of them on a tie); undated
 * sources are never first, so a group of undated sources has none.
 */
function firstReporters(inputs: BriefInputs, uris: Iterable<string>): Array<{ uri: string; source: string }> {
  let earliest: string | null = null;
  let first: string[] = [];
  for (const uri of new Set(uris)) {
    const day = inputs.index.document(uri)?.analysis.metadata.published?.slice(0, 10);
    if (!day) continue;
    if (earliest === null || day < earliest) {
      earliest = day;
      first = [uri];
    } else if (day === earliest) first.push(uri);
  }
  return first
    .map((uri) => ({ uri, source: sourceName(inputs.index, uri) }))
    .sort((a, b) => a.source.localeCompare(b.source));
}

/** One claim: corroborated by a match no conflict pits against it, contradicted, only here, first reported by. */
function claimProfile(inputs: BriefInputs, evidence: Evidence, uri: string, sentence: number): ClaimProfile {
  const key = sentenceKey(uri, sentence);
  const partners = evidence.partners.get(key) ?? new Map();
  const conflicts = evidence.conflicts.get(key) ?? new Set<string>();
  const s = inputs.index.document(uri)!.analysis.sentences[sentence]!;
  const group = [uri, ...[...partners.values()].map((p) => p.uri)];
  return {
    uri,
    sentence,
    start: s.start,
    end: s.end,
    corroborated: [...partners.keys()].some((p) => !conflicts.has(p)),
    contradicted: conflicts.size > 0,
    onlyHere: evidence.onlyHere.has(key),
    firstReporters: partners.size > 0 ? firstReporters(inputs, group) : [],
  };
}

function profileOf(inputs: BriefInputs, uri: string, claims: ClaimProfile[]): SourceProfile {
  const doc = inputs.index.document(uri)!;
  const { published, publisher } = doc.analysis.metadata;
  const count = (is: (c: ClaimProfile) => boolean) => claims.filter(is).length;
  return {
    uri,
    path: doc.relativePath,
    source: sourceName(inputs.index, uri),
    title: inputs.index.label(uri),
    published: published?.slice(0, 10) ?? null,
    publisher,
    claims: claims.length,
    corroborated: count((c) => c.corroborated),
    contradicted: count((c) => c.contradicted),
    onlyHere: count((c) => c.onlyHere),
    firstReports: count((c) => c.firstReporters.some((r) => r.uri === uri)),
  };
}

/** Profiles of `uris` (a story's documents, or the workspace's) with each source's claims. */
export function profileDetails(
  inputs: BriefInputs,
  uris: readonly string[],
  evidence?: Evidence,
): ProfileDetail[] {
  const ev = evidence ?? gatherEvidence(inputs, uris);
  return uris
    .filter((uri) => inputs.index.document(uri))
    .map((uri) => {
      const claims = claimSentences(inputs, uri).map((s) => claimProfile(inputs, ev, uri, s));
      return { profile: profileOf(inputs, uri, claims), claims };
    });
}

/** The profile of each source of `uris`: how many of its claims others corroborate, contradict, or no one else reports. */
export function sourceProfiles(inputs: BriefInputs, uris: readonly string[]): SourceProfile[] {
  return profileDetails(inputs, uris).map((d) => d.profile);
}
