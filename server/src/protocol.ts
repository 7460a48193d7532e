/**
 * Every custom message between the Triangulate client and server. Both sides import this file
 * (esbuild bundles it into each), so a message's name and shape are defined exactly once.
 * Only protocol types are imported here: nothing from `vscode` or the server's core.
 */
import {
  type Diagnostic,
  NotificationType,
  type Range,
  RequestType,
  RequestType0,
} from 'vscode-languageserver-protocol';

export const ENTITY_TOKEN_TYPES = [
  'person',
  'organization',
  'place',
  'equipment',
  'quantity',
  'date',
] as const;
/**
 * Token types of the legend: the entity types, then `claim` (the verb of a contradicted or
 * single-source claim) and `heading` (a headline or subheading as ingest found it; page furniture
 * is never one).
 */
export const TOKEN_TYPES = [...ENTITY_TOKEN_TYPES, 'claim', 'heading'] as const;
/** On tokens of claims another source contradicts, or only this source reports. */
export const ENTITY_TOKEN_MODIFIERS = ['contradicted', 'singleSource'] as const;

export type IndexState = 'starting' | 'indexing' | 'ready';

export interface IndexStatus {
  state: IndexState;
  documents: number;
  entities: number;
  /** Files left out, each with its reason (size cap, binary, unreadable). */
  skipped: Array<{ path: string; reason: string }>;
  /** Files analysed only in part, with the reason. */
  truncated: Array<{ path: string; reason: string }>;
  /** While indexing: files done and files in all. */
  progress?: { done: number; total: number };
  /** Slowest single-document analysis in the last indexing run, when it was slow. */
  slowest?: { path: string; ms: number };
  /**
   * False while recent edits are resolved against the workspace one document at a time; the
   * workspace-wide update follows once typing pauses.
   */
  settled: boolean;
}

/** Server → client whenever the index state or its counts change. */
export const StatusNotification = new NotificationType<IndexStatus>('triangulate/status');

export interface EntitySummary {
  id: string;
  name: string;
  type: (typeof ENTITY_TOKEN_TYPES)[number];
  aliases: string[];
  mentions: number;
  sources: number;
  /** The defining mention (first mention in the earliest-published source). */
  first: {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  } | null;
}

/** Client → server: entities of the workspace, for pickers ("Merge with…", "Find entity"). */
export const EntityListRequest = new RequestType0<EntitySummary[], void>('triangulate/entityList');

export interface MergeEntitiesParams {
  /** The entity to fold into the other; its names become aliases of `intoId`. */
  fromId: string;
  intoId: string;
}

export interface CorrectionResult {
  ok: boolean;
  /** What was written, or why nothing was. */
  message: string;
}

/** Client → server: record a merge in `.triangulate/entities.json`. */
export const MergeEntitiesRequest = new RequestType<MergeEntitiesParams, CorrectionResult, void>(
  'triangulate/mergeEntities',
);

/** Client → server: record an ignored name in `.triangulate/entities.json`. */
export const IgnoreEntityRequest = new RequestType<{ entityId: string }, CorrectionResult, void>(
  'triangulate/ignoreEntity',
);

/** Client → server: forget every analysis and index the workspace again. */
export const ReindexRequest = new RequestType0<IndexStatus, void>('triangulate/reindex');

export type MatchRelation = 'duplicate' | 'paraphrase' | 'same-event';

/** Another source's sentence that reports the same thing. */
export interface MatchItem {
  uri: string;
  /** The other source as an analyst names it: outlet and date when known, else its title or file name. */
  source: string;
  range: Range;
  /** The other sentence (plain text: render it as text, never as markup). */
  text: string;
  relation: MatchRelation;
  score: number;
  /** Set when the two passages conflict: the kind and the plain-text explanation. */
  conflict?: { kind: string; message: string };
}

/** A sentence of the document that other sources also report. */
export interface SentenceMatches {
  sentence: number;
  range: Range;
  text: string;
  /** "subject → predicate → object", plain text. */
  claim: string;
  /** Certainty, polarity, attribution, plain text. */
  qualifiers: string;
  matches: MatchItem[];
}

export interface DocumentMatchesResult {
  uri: string;
  /** `notArticle`: not in the analysed set (another folder, excluded, not .txt/.md/.html). */
  state: 'ok' | 'notArticle' | 'indexing';
  sentences: SentenceMatches[];
}

/** Client → server: the cross-source matches of one document, for the sidebar. */
export const DocumentMatchesRequest = new RequestType<{ uri: string }, DocumentMatchesResult, void>(
  'triangulate/documentMatches',
);

export interface EntityMentionsResult {
  entity: EntitySummary;
  sources: Array<{ uri: string; source: string; mentions: Array<{ range: Range; text: string }> }>;
}

/** Client → server: every mention of an entity, by source, for the Entities view. */
export const EntityMentionsRequest = new RequestType<{ entityId: string }, EntityMentionsResult | null, void>(
  'triangulate/entityMentions',
);

/** Server → client: matches of these documents may have changed (empty: of every document). */
export const MatchesChangedNotification = new NotificationType<{ uris: string[] }>(
  'triangulate/matchesChanged',
);

export const FINDING_KINDS = [
  'role',
  'negation',
  'antonym',
  'number',
  'date',
  'certainty',
  'self-contradiction',
  'name-variant',
  'single-source',
  'anachronism',
] as const;
export type FindingKindName = (typeof FINDING_KINDS)[number];

/**
 * A decision on a finding, from a code action (`uri`: the document it was taken in), or its undoing
 * from the Reviews view (`undo` by the key of its `ReviewEntry`).
 */
export type ReviewParams =
  | {
      action: 'reviewed' | 'dismissed';
      key: string;
      kind: FindingKindName;
      a: string;
      b: string;
      uri?: string;
    }
  | { action: 'ignoreKind'; uri: string; kind: FindingKindName }
  | { action: 'undo'; key: string };

/** One decision of `.triangulate/reviews.json`, for the Reviews view. */
export interface ReviewEntry {
  decision: 'reviewed' | 'dismissed' | 'ignoreKind';
  kind: FindingKindName;
  /** Names the decision for `undo`: the finding's key, or the ignored kind and file. */
  key: string;
  /** When it was decided (ISO), when the file says. */
  at?: string;
  /** The source's relative path and its name as an analyst gives it ("Fox News, 2010-07-04"). */
  path?: string;
  source?: string;
  /** The passage decided on, when the source still reports the finding (else only the file). */
  uri?: string;
  range?: Range;
  /** The finding's two passages as the decision recorded them (empty for an ignored kind). */
  a: string;
  b: string;
  /** Who decided, for a decision shared through the team corpus. */
  reviewer?: string;
}

/** Client → server: every review decision, newest first. */
export const ReviewListRequest = new RequestType0<ReviewEntry[], void>('triangulate/reviewList');

/** Client → server: record a review decision in `.triangulate/reviews.json`. */
export const ReviewRequest = new RequestType<ReviewParams, CorrectionResult, void>('triangulate/review');

export interface WorkspaceCheckResult {
  /** Diagnostics of documents not open in an editor (open ones are pulled by the editor itself). */
  files: Array<{ uri: string; diagnostics: Diagnostic[] }>;
  findings: number;
  cancelled: boolean;
}

/** Client → server: check every document of the workspace (with work-done progress, cancellable). */
export const CheckWorkspaceRequest = new RequestType<{ openUris: string[] }, WorkspaceCheckResult, void>(
  'triangulate/checkWorkspace',
);

/** What a source says about a checked claim, strongest first, and its group in the Claim Check view. */
export const CLAIM_VERDICT_INFO = [
  { verdict: 'contradicts', group: 'Contradict' },
  { verdict: 'agrees', group: 'Agree' },
  { verdict: 'mentions', group: 'Mentions' },
  { verdict: 'silent', group: 'Silent' },
] as const;
export type ClaimVerdictName = (typeof CLAIM_VERDICT_INFO)[number]['verdict'];

/** One source's verdict on a checked claim. */
export interface ClaimSourceVerdict {
  uri: string;
  /** The source as an analyst names it: outlet and date when known, else its title or file name. */
  source: string;
  /** Relative to the workspace folder. */
  path: string;
  verdict: ClaimVerdictName;
  /** The passage that decides the verdict (a contradicting clause or figure, a matching sentence); absent when silent. */
  range?: Range;
  /** The passage's sentence (plain text: render it as text, never as markup). */
  text?: string;
  /** How the passage matches the claim, when it does. */
  relation?: MatchRelation;
  score?: number;
  /** Set when the source contradicts the claim: the kind and the plain-text explanation. */
  conflict?: { kind: FindingKindName; message: string };
}

export interface CheckClaimResult {
  /** `invalid`: nothing to check (the message says why); `cancelled`: a newer check or the client stopped it. */
  state: 'ok' | 'invalid' | 'cancelled';
  /** The claim as checked (whitespace collapsed, a final full stop added). */
  claim: string;
  message?: string;
  /**
   * The sources with something to say, by verdict (strongest evidence first within one), then the
   * first `CLAIM_SILENT_ROWS` silent ones by name (outlet, date).
   */
  sources: ClaimSourceVerdict[];
  /** How many sources are silent, listed or not (absent when the claim was not checked). */
  silentCount?: number;
}

/** Silent sources listed in a claim check's answer: the rest are counted, not sent. */
export const CLAIM_SILENT_ROWS = 50;

/** Client → server: what every source says about a claim (waits for the initial index; cancellable). */
export const CheckClaimRequest = new RequestType<{ claim: string }, CheckClaimResult, void>(
  'triangulate/checkClaim',
);

/** Client commands the server refers to (in code actions). */
export const ClientCommands = {
  ignoreEntity: 'triangulate.ignoreEntity',
  mergeEntity: 'triangulate.mergeEntity',
  review: 'triangulate.review',
  openRange: 'triangulate.openRange',
  compare: 'triangulate.compare',
} as const;

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** Settings the server reads, under the `triangulate` section. */
export interface TriangulateSettings {
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
  /** Severity per finding kind. */
  severity: Record<FindingKindName, SeverityName>;
  /** The team corpus (`triangulate.corpus.*`): a postgres:// URL without password ('' = none), who reviews. */
  corpus: { url: string; reviewer: string };
}

export const DEFAULT_SEVERITY: Record<FindingKindName, SeverityName> = {
  role: 'warning',
  negation: 'warning',
  antonym: 'warning',
  number: 'warning',
  date: 'warning',
  'name-variant': 'warning',
  certainty: 'information',
  'self-contradiction': 'information',
  'single-source': 'information',
  anachronism: 'information',
};

/** One source of a story: an article of the workspace, as an analyst names it. */
export interface StorySource {
  uri: string;
  /** Outlet and date when the metadata gives them, else its (short) headline or file name. */
  source: string;
  /** Its headline or file name (plain text). */
  title: string;
  published: string | null;
  /** Where the article starts (its first sentence), to open it there. */
  range: Range;
}

export interface DocumentStoryResult {
  uri: string;
  /** `notArticle`: not in the analysed set; `indexing`: not analysed yet. */
  state: 'ok' | 'notArticle' | 'indexing';
  /** The story of the document (a story of one when no other article tells it); null unless `ok`. */
  story: {
    id: string;
    /** Its most characteristic names and words (plain text). */
    label: string;
    /** The other articles of the story, earliest published first. */
    sources: StorySource[];
  } | null;
}

/** Client → server: the story a document belongs to and its other sources, for the Story view. */
export const DocumentStoryRequest = new RequestType<{ uri: string }, DocumentStoryResult, void>(
  'triangulate/documentStory',
);

/** One stretch of a compared sentence (plain text: render it as text, never as markup). */
export interface CompareSegment {
  text: string;
  /** The same number on both sides: words that say the same thing. */
  link?: number;
  /** How this stretch differs from the other side (a kind of the result's `legend`). */
  difference?: string;
}

/** One source's version of the compared claim. */
export interface CompareVersion {
  uri: string;
  /** The source as an analyst names it: outlet and date when known, else its title or file name. */
  source: string;
  published: string | null;
  range: Range;
  segments: CompareSegment[];
}

/** The sentence beside one other source's version of it. */
export interface ComparePair {
  anchor: CompareVersion;
  other: CompareVersion;
  /** How the matcher relates them; null when only a finding pits them against each other. */
  relation: MatchRelation | null;
  score: number | null;
  /** The finding between them, when there is one: its kind and plain-text explanation. */
  conflict?: { kind: FindingKindName; message: string };
  /** The kinds of difference marked in this pair, in the legend's order. */
  differences: string[];
  /** The pair in words: the finding's explanation, else how the two relate and what differs. */
  explanation: string;
}

export interface CompareResult {
  uri: string;
  /** `noSentence`: no sentence at the position; `notArticle`/`indexing` as for the other views. */
  state: 'ok' | 'notArticle' | 'indexing' | 'noSentence';
  /** The compared sentence, when there is one. */
  sentence?: { range: Range; text: string; source: string };
  /** Every other source's version, conflicts first; empty when no other source reports it. */
  pairs: ComparePair[];
  /** Every kind of difference with its label and a sentence saying what it means. */
  legend: Array<{ kind: string; label: string; summary: string }>;
}

/** Client → server: the sentence at a position beside every other source's version, for the Compare view. */
export const CompareRequest = new RequestType<
  { uri: string; position: { line: number; character: number } },
  CompareResult,
  void
>('triangulate/compare');

/** One entry of a story's timeline: a source's publication, or a day one of its claims states. */
export interface TimelineItem {
  kind: 'published' | 'stated';
  /** ISO: YYYY-MM-DD, YYYY-MM or YYYY, as `precision` says. */
  day: string;
  precision: 'day' | 'month' | 'year';
  uri: string;
  source: string;
  /** The sentence (the first sentence for a publication), to open it there. */
  range: Range;
  /** Plain text: the sentence, or the source's title for a publication. */
  text: string;
  marks: Array<'contradicted' | 'singleSource' | 'anachronism'>;
  /** Why an anachronism is one, in words. */
  reason?: string;
}

export interface TimelineResult {
  uri: string;
  /** `noEditor`: no article to show the story of. */
  state: 'ok' | 'notArticle' | 'indexing' | 'noEditor';
  story: { id: string; label: string } | null;
  /** The story's sources as lanes: dated ones by publication day, then the undated. */
  lanes: Array<{ uri: string; source: string; published: string | null }>;
  /** In time order; on one day publications first, then by lane. */
  items: TimelineItem[];
  /** Sources of the story left out of a long timeline (the document's own lane is always shown). */
  omitted?: number;
}

/** Client → server: the timeline of the story a document belongs to, for the Timeline view. */
export const TimelineRequest = new RequestType<{ uri: string }, TimelineResult, void>('triangulate/timeline');

/** The formats of an exported report, as the core's `REPORT_FORMATS` (a unit test checks they agree). */
export const REPORT_FORMAT_INFO = [
  { format: 'md', label: 'Markdown', detail: 'the whole report, readable as text' },
  { format: 'html', label: 'HTML', detail: 'one self-contained page: opens offline, prints' },
  { format: 'csv', label: 'CSV', detail: 'the findings, one row each, for a spreadsheet' },
] as const;

export type ReportFormatName = (typeof REPORT_FORMAT_INFO)[number]['format'];

export interface ReportParams {
  format: ReportFormatName;
  /** Where the client means to save it: refused when that is one of the analysed articles. */
  target?: string;
}

export type ReportResult =
  | { state: 'ok'; text: string; fileName: string }
  | { state: 'refused' | 'cancelled'; message: string };

/** Client → server: the workspace's brief (stories, profiles, findings, reviews, timeline) as a file's text. */
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('triangulate/report');

/** A source of a story with what the others make of its claims (the core's `SourceProfile`). */
export interface SourceProfileRow {
  uri: string;
  path: string;
  /** Outlet and date when the metadata gives them, else its (short) headline or file name. */
  source: string;
  title: string;
  published: string | null;
  publisher: string | null;
  /** Sentences with a claim (a verb). */
  claims: number;
  /** Claims another source's sentence matches, no finding pitting the two. */
  corroborated: number;
  /** Claims a contradiction pits against another source's (dismissed ones not counted). */
  contradicted: number;
  /** Claims with a single-source finding. */
  onlyHere: number;
  /** Matched claims this source published first (undated sources never). */
  firstReports: number;
  /** Its first sentence, to open it there. */
  range: Range;
}

export interface SourceProfilesResult {
  uri: string;
  /** `notArticle`: not in the analysed set; `indexing`: not analysed yet. */
  state: 'ok' | 'notArticle' | 'indexing';
  /** The story of the document with every source's profile, the document's own included; null unless `ok`. */
  story: {
    id: string;
    label: string;
    sources: SourceProfileRow[];
    /** Sources of a long story left out (the document's own is always listed). */
    omitted?: number;
  } | null;
}

/** Client → server: the profiles of the sources of a document's story, for the Sources view. */
export const SourceProfilesRequest = new RequestType<{ uri: string }, SourceProfilesResult, void>(
  'triangulate/sourceProfiles',
);

/** Documents of the team corpus are opened read-only under this scheme (`triangulate-corpus:/<path>`). */
export const CORPUS_SCHEME = 'triangulate-corpus';

/**
 * The team corpus as the editor sees it: `off` (no `triangulate.corpus.url`), `connecting`,
 * `loading` (its documents being filed), `ready`, or `unreachable` (unreachable, refused, no
 * corpus schema: the local workspace goes on alone). `message` says why, the password masked.
 */
export interface CorpusStatus {
  state: 'off' | 'connecting' | 'loading' | 'ready' | 'unreachable';
  /** Corpus documents filed in the index (those a local file of the same content replaces are not). */
  documents: number;
  message: string;
}

/** Server → client whenever the corpus state changes. */
export const CorpusStatusNotification = new NotificationType<CorpusStatus>('triangulate/corpusStatus');

/** Client → server: the text of a corpus document, for the read-only `triangulate-corpus:` provider; null when unknown. */
export const CorpusDocumentRequest = new RequestType<{ uri: string }, { text: string } | null, void>(
  'triangulate/corpusDocument',
);

/** Client → server: connect to the corpus again and reload its documents; answers when that ends. */
export const RefreshCorpusRequest = new RequestType0<CorpusStatus, void>('triangulate/refreshCorpus');

/** Client → server: the corpus password from the editor's secret storage ('' = none: PGPASSWORD). */
export const CorpusPasswordNotification = new NotificationType<{ password: string }>(
  'triangulate/corpusPassword',
);
