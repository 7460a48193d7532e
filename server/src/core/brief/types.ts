import type { Reviews } from '../contradictions/reviews';
import type { FindingService } from '../contradictions/service';
import type { FindingKind } from '../contradictions/types';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { MatchService } from '../matching/documentMatches';

/** What the profiles, the timeline and the brief read: the services the CLI and the server both hold. */
export interface BriefInputs {
  index: WorkspaceIndex;
  matches: MatchService;
  findings: FindingService;
  /** The analyst's decisions: dismissed findings count nowhere, ignored kinds not in their file. */
  reviews: Reviews;
}

/** The marks a claim or a timeline entry carries. */
export type TimelineMark = 'contradicted' | 'singleSource' | 'anachronism';

export interface TimelineEntry {
  /** `published`: the day a source came out; `stated`: a day one of its claims states. */
  kind: 'published' | 'stated';
  /** ISO: YYYY-MM-DD, YYYY-MM or YYYY, as `precision` says. */
  day: string;
  precision: 'day' | 'month' | 'year';
  uri: string;
  /** The source as an analyst names it (`sourceName`). */
  source: string;
  /** File offsets of the sentence (of the first sentence, for a `published` entry). */
  start: number;
  end: number;
  /** Plain text: the sentence, or the source's title for a `published` entry. */
  text: string;
  marks: TimelineMark[];
  /** Why an `anachronism` is one, in words. */
  reason?: string;
}

/** A source's lane on the timeline: dated sources by date first, then the undated. */
export interface TimelineLane {
  uri: string;
  source: string;
  published: string | null;
}

/**
 * One source of a story and what the others make of its claims. Counted over its **claims**: the
 * sentences whose claim has a verb (the CLI's `claims`). A claim may be both corroborated and
 * contradicted (by two other sources); `onlyHere` claims are neither.
 */
export interface SourceProfile {
  uri: string;
  path: string;
  source: string;
  title: string;
  published: string | null;
  publisher: string | null;
  claims: number;
  /** Claims another source's sentence matches, no finding pitting the two. */
  corroborated: number;
  /** Claims in a contradiction (not single-source, name-variant or self-contradiction) with another source. */
  contradicted: number;
  /** Claims with a single-source finding. */
  onlyHere: number;
  /** Matched claims this source published first (see `ClaimProfile.firstReporters`). */
  firstReports: number;
}

/** One claim of a source and what the others make of it. */
export interface ClaimProfile {
  uri: string;
  sentence: number;
  start: number;
  end: number;
  corroborated: boolean;
  contradicted: boolean;
  onlyHere: boolean;
  /**
   * The sources of its match group (the claim and the sentences matching it) with the earliest
   * publication day: all of them on a tie; none when it is unmatched or no source of the group is dated.
   */
  firstReporters: Array<{ uri: string; source: string }>;
}

/** A passage of a finding, as the brief quotes it. */
export interface BriefPassage {
  uri: string;
  path: string;
  source: string;
  start: number;
  end: number;
  text: string;
}

/** The analyst's decision on a finding, when there is one. */
export interface BriefReview {
  decision: 'reviewed' | 'dismissed';
  /** ISO time of the decision, when the file recorded it. */
  at: string | null;
}

/** One conflict between two passages, whichever side found it. */
export interface BriefFinding {
  /** The key `.triangulate/reviews.json` records decisions under (shared by a passage's conflicts). */
  key: string;
  kind: FindingKind;
  a: BriefPassage;
  b: BriefPassage;
  message: string;
  confidence: number;
  review: BriefReview | null;
}

export interface BriefSingleSource {
  key: string;
  passage: BriefPassage;
  reason: string;
  review: BriefReview | null;
}

export interface BriefStory {
  id: string;
  label: string;
  sources: SourceProfile[];
  findings: BriefFinding[];
  singleSource: BriefSingleSource[];
  /** Office holders titled out of their term, in the same shape as single-source claims. */
  anachronisms: BriefSingleSource[];
  timeline: TimelineEntry[];
  lanes: TimelineLane[];
}

/** A decision of the reviews file, listed with its date. */
export interface BriefDecision {
  key: string;
  kind: FindingKind;
  decision: 'reviewed' | 'dismissed';
  path: string | null;
  at: string | null;
  a: string;
  b: string;
}

/** Everything an exported report shows: pure data, rendered by `render/`. */
export interface Brief {
  folder: string;
  stories: BriefStory[];
  decisions: BriefDecision[];
}
