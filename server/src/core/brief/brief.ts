import type { ReviewedFinding } from '../contradictions/reviews';
import { sourceName } from '../contradictions/sources';
import type { Finding, Passage } from '../contradictions/types';
import { completeFindings, gatherEvidence, reviewedFindingsOf } from './evidence';
import { pairFindings } from './findingPairs';
import { profileDetails } from './profile';
import { storyTimeline, timelineLanes } from './timeline';
import type {
  Brief,
  BriefDecision,
  BriefFinding,
  BriefInputs,
  BriefPassage,
  BriefReview,
  BriefSingleSource,
  BriefStory,
} from './types';

function briefPassage(inputs: BriefInputs, p: Passage): BriefPassage {
  const doc = inputs.index.document(p.uri)!;
  return {
    uri: p.uri,
    path: doc.relativePath,
    source: sourceName(inputs.index, p.uri),
    start: p.start,
    end: p.end,
    text: doc.text.slice(p.start, p.end).replace(/\s+/g, ' ').trim(),
  };
}

/** The decisions of the reviews file, oldest first (undated ones last), then by key. */
function decisions(inputs: BriefInputs): BriefDecision[] {
  return inputs.reviews.decisions
    .map((d) => ({
      key: d.key,
      kind: d.kind,
      decision: d.decision,
      path: d.path ?? null,
      at: d.at ?? null,
      a: d.a,
      b: d.b,
    }))
    .sort(
      (x, y) =>
        Number(x.at === null) - Number(y.at === null) ||
        (x.at ?? '').localeCompare(y.at ?? '') ||
        x.key.localeCompare(y.key),
    );
}

/**
 * The whole workspace as a brief: per story (biggest first; a story of one article is one too) its
 * sources' profiles, its conflicts — one per pair of passages, whichever side found it, with the
 * review decision on its key —, its single-source claims and its timeline. A conflict between two
 * stories is told in the story of its first passage. `findings`: the workspace's complete findings
 * when the caller has them (`completingFindings`); null when `cancelled` says so.
 */
export function buildBrief(
  inputs: BriefInputs,
  folder: string,
  options: { cancelled?: () => boolean; findings?: ReadonlyMap<string, Finding[]> } = {},
): Brief | null {
  const uris = inputs.index.documents().map((d) => d.uri);
  const all = options.findings ?? completeFindings(inputs, uris, options.cancelled);
  if (!all || options.cancelled?.()) return null;
  const reviewed = new Map<string, ReviewedFinding[]>();
  for (const doc of inputs.index.documents())
    reviewed.set(doc.uri, reviewedFindingsOf(inputs, doc.uri, all.get(doc.uri) ?? []));
  const paired = pairFindings(inputs.index, (uri) => reviewed.get(uri) ?? []);
  const decided = new Map(decisions(inputs).map((d) => [d.key, d]));
  const reviewOf = (key: string): BriefReview | null => {
    const d = decided.get(key);
    return d ? { decision: d.decision, at: d.at } : null;
  };
  const stories = inputs.matches.stories.all();
  const storyIdOf = new Map(stories.flatMap((s) => s.uris.map((u) => [u, s.id] as const)));
  const findings = new Map<string, BriefFinding[]>();
  for (const { finding, a, b, message } of paired.conflicts) {
    const id = storyIdOf.get(a.uri) ?? '';
    if (!findings.has(id)) findings.set(id, []);
    findings.get(id)!.push({
      key: finding.key,
      kind: finding.kind,
      a: briefPassage(inputs, a),
      b: briefPassage(inputs, b),
      message,
      confidence: finding.confidence,
      review: reviewOf(finding.key),
    });
  }
  const byStory = (list: typeof paired.singleSource) => {
    const out = new Map<string, BriefSingleSource[]>();
    for (const f of list) {
      const id = storyIdOf.get(f.a.uri) ?? '';
      if (!out.has(id)) out.set(id, []);
      out
        .get(id)!
        .push({ key: f.key, passage: briefPassage(inputs, f.a), reason: f.message, review: reviewOf(f.key) });
    }
    return out;
  };
  const singles = byStory(paired.singleSource);
  const anachronisms = byStory(paired.anachronisms);
  const briefStories = stories.map((story): BriefStory => {
    const uris = [...story.uris].sort((a, b) =>
      inputs.index.document(a)!.relativePath.localeCompare(inputs.index.document(b)!.relativePath),
    );
    const evidence = gatherEvidence(inputs, uris, all);
    return {
      id: story.id,
      label: story.label,
      sources: profileDetails(inputs, uris, evidence).map((d) => d.profile),
      findings: findings.get(story.id) ?? [],
      singleSource: singles.get(story.id) ?? [],
      anachronisms: anachronisms.get(story.id) ?? [],
      timeline: storyTimeline(inputs, uris, evidence),
      lanes: timelineLanes(inputs, uris),
    };
  });
  return { folder, stories: briefStories, decisions: decisions(inputs) };
}
