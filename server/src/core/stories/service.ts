import type { DocumentAnalysis } from '../index/analyzeDocument';
import { IndexChanges } from '../index/indexChanges';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { dayNumber } from '../matching/eventTime';
import { finish, runInSlices, type Steps } from '../steps';
import { type Grouping, groupingSteps, similarity } from './grouping';
import { storyLabel } from './label';
import { countsOf, type StoryInput } from './vectors';

/** Entity types that tell what a story is about (figures and dates are told by many stories). */
const STORY_ENTITY_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place', 'equipment']);

export interface Story {
  /** Stable while the story's first document (by path) stays in it. */
  id: string;
  /** Its most characteristic names and words, plain text ("Airbus, A380, Singapore Airlines"). */
  label: string;
  /** Its documents, earliest published first. */
  uris: string[];
}

/** A grouping and the analyses it was computed from. */
interface Regrouped {
  grouping: Grouping;
  grouped: Map<string, DocumentAnalysis>;
}

/**
 * Documents added, removed or re-analysed since the last grouping, as a share of the workspace,
 * above which it is grouped again. Grouping reads every document (seconds at 10,000 articles), so a
 * saved edit or one new article keeps the grouping: an edited article keeps its story, and a new
 * one counts as of every story until the next grouping.
 */
const REGROUP_SHARE = 0.05;

/**
 * The workspace's stories, grouped from what the index already has (resolved entities and sentence
 * terms), again only when enough documents changed (`REGROUP_SHARE`). While the analyst types, the
 * stories of the last grouping are kept: a keystroke does not move an article to another story.
 */
export class StoryService {
  private readonly changes: IndexChanges;
  private grouping: Grouping | null = null;
  private numberOf = new Map<string, number>();
  private readonly stories = new Map<number, Story>();

  constructor(private readonly index: WorkspaceIndex) {
    this.changes = new IndexChanges(index);
  }

  /** The analysis each document had when last grouped. */
  private grouped = new Map<string, DocumentAnalysis>();
  /** A regrouping found due and not yet done (a background run may have been superseded). */
  private due = false;
  /** A regrouping running in slices (`groupInSlices`), for the index generation it started in. */
  private background: { generation: number; steps: Steps<Regrouped> } | null = null;

  private current(): Grouping {
    const background = this.background;
    this.background = null;
    if (background && background.generation === this.index.generation) this.install(finish(background.steps));
    else if (this.regroupDue()) this.install(finish(this.regroupSteps()));
    return this.grouping!;
  }

  /**
   * Groups the workspace again in slices when a regrouping is due, awaiting `pause()` between them,
   * so a server answers requests meanwhile; a request that needs the stories first finishes it.
   */
  async groupInSlices(pause: () => Promise<void>, sliceMs?: number): Promise<void> {
    if (this.background || !this.regroupDue()) return;
    const run = { generation: this.index.generation, steps: this.regroupSteps() };
    this.background = run;
    const done = await runInSlices(
      run.steps,
      pause,
      () => this.background === run && run.generation === this.index.generation,
      sliceMs,
    );
    if (done && this.background === run) {
      this.background = null;
      this.install(done);
    }
  }

  /** Whether the stories must be grouped again (the check reads the index's changes once). */
  private regroupDue(): boolean {
    const full = this.changes.next() === 'full';
    this.due ||= !this.grouping || (full && this.enoughChanged());
    return this.due;
  }

  private *regroupSteps(): Steps<Regrouped> {
    const documents = this.index.documents();
    const inputs: StoryInput[] = [];
    for (const d of documents) {
      inputs.push(this.inputOf(d.uri, d.relativePath));
      yield;
    }
    const grouping = yield* groupingSteps(inputs);
    return { grouping, grouped: new Map(documents.map((d) => [d.uri, d.analysis])) };
  }

  private install({ grouping, grouped }: Regrouped): void {
    this.grouping = grouping;
    this.numberOf = new Map(grouping.docs.map((d, i) => [d.uri, i]));
    this.grouped = grouped;
    this.stories.clear();
    this.due = false;
  }

  /** Whether more than `REGROUP_SHARE` of the documents were added, removed or re-analysed. */
  private enoughChanged(): boolean {
    const documents = this.index.documents();
    let changed = 0;
    let kept = 0;
    for (const d of documents) {
      if (this.grouped.get(d.uri) === d.analysis) kept++;
      else changed++;
    }
    changed += this.grouped.size - kept;
    return changed > REGROUP_SHARE * Math.max(documents.length, this.grouped.size);
  }

  private inputOf(uri: string, path: string): StoryInput {
    const entities: string[] = [];
    for (const m of this.index.mentionsIn(uri)) {
      const type = this.index.entity(m.entityId)?.type;
      if (type && STORY_ENTITY_TYPES.has(type)) entities.push(m.entityId);
    }
    const analysis = this.index.document(uri)?.analysis;
    const published = analysis?.metadata.published;
    return {
      uri,
      path,
      entities,
      terms: [],
      termCounts: analysis ? this.termCountsOf(analysis) : new Map(),
      publishedDay: published ? dayNumber(published) : null,
    };
  }

  /** Term counts per analysis: an unchanged document is not counted again at the next grouping. */
  private readonly termCounts = new WeakMap<DocumentAnalysis, Map<string, number>>();

  private termCountsOf(analysis: DocumentAnalysis): Map<string, number> {
    let counts = this.termCounts.get(analysis);
    if (!counts) {
      counts = countsOf(analysis.sentences.flatMap((s) => s.terms));
      this.termCounts.set(analysis, counts);
    }
    return counts;
  }

  /** The story `uri` belongs to (a document alone is a story of one); undefined if not indexed. */
  storyOf(uri: string): Story | undefined {
    const g = this.current();
    const doc = this.numberOf.get(uri);
    return doc === undefined ? undefined : this.story(g, g.storyOf[doc]!);
  }

  /** Every story of the workspace, biggest first (then by its first document). */
  all(): Story[] {
    const g = this.current();
    return g.stories
      .map((_, n) => this.story(g, n))
      .sort((a, b) => b.uris.length - a.uris.length || a.id.localeCompare(b.id));
  }

  /** Whether two documents are of one story; one added since the last grouping is of every story. */
  sameStory(a: string, b: string): boolean {
    const g = this.current();
    const x = this.numberOf.get(a);
    const y = this.numberOf.get(b);
    return x === undefined || y === undefined || g.storyOf[x] === g.storyOf[y];
  }

  /**
   * Whether some document of `as` and some of `bs` are of one story (a document added since the
   * last grouping is of every story): whether two names' articles tell one story.
   */
  shareAStory(as: Iterable<string>, bs: Iterable<string>): boolean {
    const g = this.current();
    const storiesOfA = new Set<number>();
    for (const a of as) {
      const x = this.numberOf.get(a);
      if (x === undefined) return true;
      storiesOfA.add(g.storyOf[x]!);
    }
    for (const b of bs) {
      const y = this.numberOf.get(b);
      if (y === undefined || storiesOfA.has(g.storyOf[y]!)) return true;
    }
    return false;
  }

  /** How alike two documents' story features are, 0..1 (0 for unknown documents). */
  similarity(a: string, b: string): number {
    const g = this.current();
    const x = this.numberOf.get(a);
    const y = this.numberOf.get(b);
    return x === undefined || y === undefined ? 0 : similarity(g, x, y);
  }

  private story(g: Grouping, n: number): Story {
    let s = this.stories.get(n);
    if (!s) {
      const members = g.stories[n]!;
      s = {
        id: `story-${fnv1a(g.docs[members[0]!]!.uri)}`,
        label: storyLabel(g, members, (id) => this.index.entity(id)?.name),
        uris: members
          .map((m) => g.docs[m]!.uri)
          .filter((uri) => this.index.document(uri))
          .sort(this.index.compareByPublication),
      };
      this.stories.set(n, s);
    }
    return s;
  }
}

/** A short stable hash of a string (32-bit FNV-1a, hex). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
