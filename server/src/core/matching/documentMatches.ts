import { BoundedMap } from '../boundedMap';
import type { Entity, EntityMention } from '../entities/resolve';
import type { DocumentAnalysis } from '../index/analyzeDocument';
import { IndexChanges } from '../index/indexChanges';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { finish, runInSlices, type Steps } from '../steps';
import { allowsPair } from '../stories/crossStory';
import { StoryService } from '../stories/service';
import { EventIndex } from './eventIndex';
import { sentenceTime } from './eventTime';
import { documentEventKeys, sentenceEvents } from './eventWords';
import {
  bestMatches,
  type SentenceFacts,
  type SentenceMatch,
  scoreCandidates,
  scoreEventCandidates,
} from './matcher';
import { OTHER_WORDS, otherWordsCandidates } from './otherWords';
import type { Candidate, SentenceRef } from './sentenceIndex';

/** Documents whose candidates are kept (a few screens of open editors and their partners). */
const CANDIDATE_CACHE_DOCUMENTS = 64;
/** Documents whose matches are kept (open editors, their partners, the sidebar's recent views). */
const DOCUMENTS_CACHED = 2048;
/** Sentences of typed documents whose candidates are remembered (a few long articles). */
const SENTENCE_MEMO_SIZE = 20_000;

/** The facts of a sentence nothing is known about. */
export const NO_FACTS: SentenceFacts = {
  entities: new Set(),
  numbers: new Set(),
  time: sentenceTime([], null),
};

export interface SentenceMatches {
  sentence: number;
  matches: SentenceMatch[];
}

/**
 * Named entities, numbers and dates of each sentence, from a document's resolved mentions (sorted
 * by start), with its publication day: what scoring compares besides the terms.
 */
export function sentenceFacts(
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly EntityMention[],
  entityOf: (id: string) => Entity | undefined,
  published: string | null,
): SentenceFacts[] {
  const facts: SentenceFacts[] = [];
  let m = 0;
  for (const s of sentences) {
    const entities = new Set<string>();
    const numbers = new Set<string>();
    const dates: string[] = [];
    while (m < mentions.length && mentions[m]!.end <= s.start) m++;
    for (let k = m; k < mentions.length && mentions[k]!.start < s.end; k++) {
      const entity = entityOf(mentions[k]!.entityId);
      if (!entity) continue;
      if (entity.type === 'quantity') numbers.add(`${entity.value}|${entity.unit ?? ''}`);
      else if (entity.type === 'date') {
        if (typeof entity.value === 'string') dates.push(entity.value);
      } else entities.add(entity.id);
    }
    facts.push({ entities, numbers, time: sentenceTime(dates, published) });
  }
  return facts;
}

/**
 * Cross-source matches of documents, computed on demand per document and cached until the index
 * changes. Remembers each document's partners so that an edit can refresh exactly the documents
 * that matched the edited one before or match it now.
 */
export class MatchService {
  // Bounded: a whole-workspace check visits every document once; editors revisit a few.
  private readonly cache = new BoundedMap<string, SentenceMatches[]>(DOCUMENTS_CACHED);
  private readonly factsCache = new BoundedMap<string, SentenceFacts[]>(DOCUMENTS_CACHED * 2);
  /** Candidates of recently matched documents: conflict detection walks the same ones next. */
  private readonly candidateCache = new BoundedMap<string, Candidate[][]>(CANDIDATE_CACHE_DOCUMENTS);
  private readonly lastPartners = new Map<string, Set<string>>();
  /** For each document, the documents whose last computed matches pointed at it. */
  private readonly pointedFrom = new Map<string, Set<string>>();

  private readonly changes: IndexChanges;
  /** Event keys of each sentence, per analysis until the next full change (they read the resolution). */
  private eventKeysOf = new WeakMap<DocumentAnalysis, string[][]>();
  /** Sentences by event key within each story; built at the first match after a full change. */
  private events: EventIndex | null = null;

  constructor(
    private readonly index: WorkspaceIndex,
    /** The workspace's stories: matches across unrelated stories need much stronger evidence. */
    readonly stories = new StoryService(index),
  ) {
    this.changes = new IndexChanges(index);
  }

  /**
   * Drops what the index's changes made stale: everything after a full change; after typing, only
   * the typed documents and those whose matches pointed into them (their sentence numbers moved).
   */
  private sync(): void {
    const change = this.changes.next();
    if (change === 'none') return;
    if (change === 'full') {
      this.cache.clear();
      this.factsCache.clear();
      this.candidateCache.clear();
      this.sentenceMemo.clear();
      this.events = null;
      this.building = null;
      this.eventKeysOf = new WeakMap();
      return;
    }
    // Candidates of any document may point into a typed one (its sentence numbers moved).
    this.candidateCache.clear();
    for (const uri of this.index.typedDocuments) {
      if (this.events) this.indexEvents(this.events, uri);
      for (const stale of [uri, ...(this.pointedFrom.get(uri) ?? [])]) {
        this.cache.delete(stale);
        this.factsCache.delete(stale);
      }
    }
  }

  /**
   * Candidates of the sentences of typed documents by their terms: while the analyst types, the
   * other documents do not change, so an unchanged sentence keeps its candidates (the exact idf
   * returns with the full resolution once typing pauses).
   */
  private readonly sentenceMemo = new Map<string, Candidate[]>();

  /** Named entities and numbers of each sentence of a document, from the resolved mentions. */
  facts(uri: string): SentenceFacts[] {
    this.sync();
    const cached = this.factsCache.get(uri);
    if (cached) return cached;
    const doc = this.index.document(uri);
    if (!doc) return [];
    const facts = sentenceFacts(
      doc.analysis.sentences,
      this.index.mentionsIn(uri),
      (id) => this.index.entity(id),
      doc.analysis.metadata.published,
    );
    this.factsCache.set(uri, facts);
    return facts;
  }

  /** The sentence-index candidates of every sentence of `uri` (the index's walk is the costly part). */
  candidates(uri: string): Candidate[][] {
    this.sync();
    const cached = this.candidateCache.get(uri);
    if (cached) return cached;
    const sentences = this.index.document(uri)?.analysis.sentences ?? [];
    // Only while one document is typed: the memo's candidates may not point into another typed one.
    const typed = this.index.typedDocuments.has(uri) && this.index.typedDocuments.size === 1;
    const all = sentences.map((s, sentence) => {
      if (!typed) return this.index.sentences.candidates(uri, sentence);
      const key = `${uri}\u0000${s.terms.join(' ')}`;
      let found = this.sentenceMemo.get(key);
      if (!found) {
        found = this.index.sentences.candidates(uri, sentence).map((c) => ({ ...c }));
        if (this.sentenceMemo.size > SENTENCE_MEMO_SIZE) this.sentenceMemo.clear();
        this.sentenceMemo.set(key, found);
      }
      return found;
    });
    this.candidateCache.set(uri, all);
    return all;
  }

  private sentenceEventKeys(uri: string): string[][] {
    const doc = this.index.document(uri);
    if (!doc) return [];
    let keys = this.eventKeysOf.get(doc.analysis);
    if (!keys) {
      keys = documentEventKeys(doc.analysis, doc.text, this.index.mentionsIn(uri), (id) =>
        this.index.entity(id),
      );
      this.eventKeysOf.set(doc.analysis, keys);
    }
    return keys;
  }

  /** A document's sentences in the event index under its story (none while it has no story yet). */
  private indexEvents(events: EventIndex, uri: string): void {
    const doc = this.index.document(uri);
    const story = doc && this.stories.storyOf(uri)?.id;
    if (doc && story) events.setDocument(uri, story, this.sentenceEventKeys(uri));
    else events.removeDocument(uri);
  }

  private eventIndex(): EventIndex {
    if (!this.events) {
      const building = this.building;
      this.building = null;
      const steps = building?.generation === this.index.generation ? building.steps : this.eventIndexSteps();
      this.events = finish(steps);
    }
    return this.events;
  }

  /** The event index being built in slices (`prepareInSlices`), for the generation it started in. */
  private building: { generation: number; steps: Steps<EventIndex> } | null = null;

  private *eventIndexSteps(): Steps<EventIndex> {
    const events = new EventIndex();
    for (const doc of this.index.documents()) {
      this.indexEvents(events, doc.uri);
      yield;
    }
    return events;
  }

  /**
   * Computes in slices what the first request after a change of the workspace would otherwise
   * compute at once: the stories, then the event index. `pause()` is awaited between slices.
   */
  async prepareInSlices(pause: () => Promise<void>, sliceMs?: number): Promise<void> {
    await this.stories.groupInSlices(pause, sliceMs);
    this.sync();
    if (this.events || this.building) return;
    const run = { generation: this.index.generation, steps: this.eventIndexSteps() };
    this.building = run;
    const events = await runInSlices(
      run.steps,
      pause,
      () => this.building === run && run.generation === this.index.generation,
      sliceMs,
    );
    if (events && this.building === run) {
      this.building = null;
      this.events = events;
    }
  }

  /**
   * Same-event matches the TF-IDF candidates missed, per sentence of `uri`: sentences of its story
   * that name the same happening with the same participant in other words ("resigned" / "stepped
   * down", "was beaten by" / "defeated"). `found` is what the TF-IDF candidates gave each sentence.
   */
  private eventMatchesOf(
    uri: string,
    facts: readonly SentenceFacts[],
  ): (found: SentenceMatch[], sentence: number) => SentenceMatch[] {
    const story = this.stories.storyOf(uri)?.id;
    if (!story) return () => [];
    const keysOf = this.sentenceEventKeys(uri);
    const events = this.eventIndex();
    return (found, sentence) => {
      const keys = keysOf[sentence] ?? [];
      if (keys.length === 0) return [];
      const refs = events
        .candidates(uri, story, keys)
        .filter((r) => !found.some((m) => m.other.sentence === r.sentence && m.other.uri === r.uri));
      if (refs.length === 0) return [];
      const scored = this.index.sentences.scorePairs(uri, sentence, refs);
      return scoreEventCandidates(facts[sentence]!, scored, this.factsOf);
    };
  }

  /** The happenings each sentence names (claims' verbs, else event nouns): they read the analysis only. */
  private readonly eventWordsOf = new WeakMap<DocumentAnalysis, string[][]>();

  private happenings(uri: string): string[][] {
    const doc = this.index.document(uri);
    if (!doc) return [];
    let words = this.eventWordsOf.get(doc.analysis);
    if (!words) {
      const claims = new Map(doc.analysis.claims.map((c) => [c.sentence, c]));
      words = doc.analysis.sentences.map((s, i) =>
        sentenceEvents(claims.get(i), s.terms, doc.text).map((e) => e.word),
      );
      this.eventWordsOf.set(doc.analysis, words);
    }
    return words;
  }

  /**
   * Same-event matches among a sentence's TF-IDF candidates that the terms alone did not make: a
   * similar happening of a shared participant within one story (`otherWords.ts`).
   */
  private otherWordsMatches(
    uri: string,
    sentence: number,
    candidates: readonly Candidate[],
    found: readonly SentenceMatch[],
  ): SentenceMatch[] {
    const words = this.happenings(uri)[sentence] ?? [];
    if (words.length === 0) return [];
    const facts = this.facts(uri)[sentence] ?? NO_FACTS;
    const picked = otherWordsCandidates(facts, words, candidates, {
      words: (c) => this.happenings(c.ref.uri)[c.ref.sentence] ?? [],
      facts: (c) => this.factsOf(c.ref),
      open: (c) =>
        !found.some((m) => m.other.uri === c.ref.uri && m.other.sentence === c.ref.sentence) &&
        this.stories.sameStory(uri, c.ref.uri),
    });
    return scoreEventCandidates(facts, picked, this.factsOf, OTHER_WORDS.minTermCosine);
  }

  private factsOf = (ref: SentenceRef): SentenceFacts => this.facts(ref.uri)[ref.sentence] ?? NO_FACTS;

  /** Every sentence of `uri` that other sources also report, with those reports. */
  matches(uri: string): SentenceMatches[] {
    this.sync();
    const cached = this.cache.get(uri);
    if (cached) return cached;
    const doc = this.index.document(uri);
    if (!doc) return [];
    const facts = this.facts(uri);
    const out: SentenceMatches[] = [];
    const partners = new Set<string>();
    const candidates = this.candidates(uri);
    const eventMatches = this.eventMatchesOf(uri, facts);
    doc.analysis.sentences.forEach((_, sentence) => {
      const allows = (c: Candidate, anchors: number) =>
        allowsPair(this.stories, uri, c.ref.uri, { cosine: c.cosine, anchors });
      const byTerms = scoreCandidates(facts[sentence]!, candidates[sentence]!, this.factsOf, allows);
      // Event-level matches come from one story's index: the cross-story rule has nothing to refuse.
      const byEvents = eventMatches(byTerms, sentence);
      const inOtherWords = this.otherWordsMatches(uri, sentence, candidates[sentence]!, [
        ...byTerms,
        ...byEvents,
      ]);
      const matches = bestMatches([...byTerms, ...byEvents, ...inOtherWords]);
      if (matches.length === 0) return;
      out.push({ sentence, matches });
      for (const m of matches) partners.add(m.other.uri);
    });
    this.cache.set(uri, out);
    // A typed document's new partners must list it too (their cached matches predate the edit).
    if (this.index.typedDocuments.has(uri)) for (const p of partners) this.cache.delete(p);
    this.lastPartners.set(uri, partners);
    for (const p of partners) {
      if (!this.pointedFrom.has(p)) this.pointedFrom.set(p, new Set());
      this.pointedFrom.get(p)!.add(uri);
    }
    return out;
  }

  /** The matches of one sentence. */
  sentenceMatches(uri: string, sentence: number): SentenceMatch[] {
    return this.matches(uri).find((s) => s.sentence === sentence)?.matches ?? [];
  }

  /**
   * Documents whose matches may have changed because `uri` changed: those it matched before the
   * change and those it matches now.
   */
  affectedBy(uri: string): string[] {
    const before = this.lastPartners.get(uri) ?? new Set<string>();
    const now = this.index.document(uri)
      ? this.matches(uri).flatMap((s) => s.matches.map((m) => m.other.uri))
      : [];
    return [...new Set([...before, ...now])].filter((u) => u !== uri);
  }

  /** Every cross-source pair of the workspace, once each (a before b by path). */
  allPairs(): Array<{ a: SentenceRef; b: SentenceRef; match: SentenceMatch }> {
    const pairs = new Map<string, { a: SentenceRef; b: SentenceRef; match: SentenceMatch }>();
    for (const doc of this.index.documents()) {
      for (const s of this.matches(doc.uri)) {
        for (const m of s.matches) {
          const a = { uri: doc.uri, sentence: s.sentence };
          const b = m.other;
          const [first, second] =
            this.index.document(a.uri)!.relativePath <= (this.index.document(b.uri)?.relativePath ?? '')
              ? [a, b]
              : [b, a];
          const key = `${first.uri}#${first.sentence}|${second.uri}#${second.sentence}`;
          const existing = pairs.get(key);
          if (!existing || existing.match.score < m.score)
            pairs.set(key, { a: first, b: second, match: { ...m, other: second } });
        }
      }
    }
    return [...pairs.values()];
  }
}
