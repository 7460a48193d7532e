import { type SentenceView, sentenceView } from '../alignment/view';
import { BoundedMap } from '../boundedMap';
import type { ClaimSpan } from '../claims/types';
import type { Entity, EntityMention } from '../entities/resolve';
import type { MentionCandidate } from '../entities/types';
import { IndexChanges } from '../index/indexChanges';
import type { IndexReader } from '../index/indexReader';
import { type Actor, actorFor, sidesFor } from './actors';

const MAX_ACTORS = 200_000;

/** A claim span as one number (a string only past 64 MB of text): asked for on every compared pair. */
const spanKey = (span: ClaimSpan): number | string =>
  span.end < 2 ** 26 ? span.start * 2 ** 26 + span.end : `${span.start}|${span.end}`;

/**
 * What conflict detection asks about documents again and again (actors, their sides, the figures
 * and dates of a sentence), memoised until the index changes, so checking a large workspace costs
 * lookups instead of scans.
 */
export class DetectContext {
  /** Per document, per claim span: typing drops one document's entries at once. */
  private readonly actors = new Map<string, Map<number | string, Actor | null>>();
  private actorCount = 0;
  private readonly sides = new Map<string, string[]>();
  private readonly bySentence = new BoundedMap<string, MentionCandidate[][]>(4096);
  private readonly entitiesBySentence = new BoundedMap<string, EntityMention[][]>(4096);
  private readonly views = new BoundedMap<string, Array<SentenceView | undefined>>(4096);
  private namesIndex: Map<string, Entity> | null = null;

  private readonly changes: IndexChanges;

  constructor(readonly index: IndexReader) {
    this.changes = new IndexChanges(index);
  }

  /** Everything after a full change; after typing, only what belongs to the typed documents. */
  private sync(): void {
    const change = this.changes.next();
    if (change === 'none') return;
    if (change === 'full') {
      this.actors.clear();
      this.actorCount = 0;
      this.sides.clear();
      this.bySentence.clear();
      this.entitiesBySentence.clear();
      this.views.clear();
      this.namesIndex = null;
      return;
    }
    for (const uri of this.index.typedDocuments) {
      this.bySentence.delete(uri);
      this.entitiesBySentence.delete(uri);
      this.views.delete(uri);
      this.actors.delete(uri);
    }
  }

  actor(uri: string, span: ClaimSpan | null): Actor | null {
    if (!span) return null;
    this.sync();
    const key = spanKey(span);
    let ofDocument = this.actors.get(uri);
    let actor = ofDocument?.get(key);
    if (actor === undefined) {
      // Bounded: a whole-workspace check resolves every claim's actor once.
      if (this.actorCount > MAX_ACTORS) {
        this.actors.clear();
        this.actorCount = 0;
        ofDocument = undefined;
      }
      if (!ofDocument) {
        ofDocument = new Map();
        this.actors.set(uri, ofDocument);
      }
      actor = actorFor(this, uri, span);
      ofDocument.set(key, actor);
      this.actorCount++;
    }
    return actor;
  }

  sidesOf(entity: Entity): string[] {
    this.sync();
    if (!this.sides.has(entity.id)) this.sides.set(entity.id, sidesFor(this, entity));
    return this.sides.get(entity.id)!;
  }

  /** People and places by lowercase name or alias (for "Biden administration" → Joe Biden). */
  named(name: string): Entity | undefined {
    this.sync();
    if (!this.namesIndex) {
      this.namesIndex = new Map();
      for (const e of this.index.entities()) {
        if (e.type !== 'person' && e.type !== 'place') continue;
        for (const n of [e.name, ...e.aliases]) if (n.length > 2) this.namesIndex.set(n.toLowerCase(), e);
      }
    }
    return this.namesIndex.get(name.toLowerCase());
  }

  /** The mention candidates of one sentence (figures, dates). */
  mentionsOf(uri: string, sentence: number): MentionCandidate[] {
    this.sync();
    let perSentence = this.bySentence.get(uri);
    if (!perSentence) {
      const doc = this.index.document(uri);
      perSentence = (doc?.analysis.sentences ?? []).map(() => []);
      for (const m of doc?.analysis.mentions ?? []) {
        const i = this.index.sentenceAt(uri, m.start);
        if (i >= 0 && m.end <= doc!.analysis.sentences[i]!.end) perSentence[i]!.push(m);
      }
      this.bySentence.set(uri, perSentence);
    }
    return perSentence[sentence] ?? [];
  }

  /** The resolved mentions of named things in one sentence (figures and dates are compared as values). */
  entitiesOf(uri: string, sentence: number): EntityMention[] {
    this.sync();
    let perSentence = this.entitiesBySentence.get(uri);
    if (!perSentence) {
      const doc = this.index.document(uri);
      perSentence = (doc?.analysis.sentences ?? []).map(() => []);
      for (const m of this.index.mentionsIn(uri)) {
        const type = this.index.entity(m.entityId)?.type;
        if (type === 'quantity' || type === 'date') continue;
        const i = this.index.sentenceAt(uri, m.start);
        if (i >= 0 && m.end <= doc!.analysis.sentences[i]!.end) perSentence[i]!.push(m);
      }
      this.entitiesBySentence.set(uri, perSentence);
    }
    return perSentence[sentence] ?? [];
  }

  /** The comparable view of one sentence (units, negation, hedges), built once per index change. */
  view(uri: string, sentence: number): SentenceView | undefined {
    this.sync();
    const doc = this.index.document(uri);
    const s = doc?.analysis.sentences[sentence];
    if (!doc || !s) return undefined;
    let ofDocument = this.views.get(uri);
    if (!ofDocument) {
      ofDocument = [];
      this.views.set(uri, ofDocument);
    }
    let view = ofDocument[sentence];
    if (!view) {
      view = sentenceView({
        uri,
        sentence,
        start: s.start,
        end: s.end,
        text: doc.text,
        packedWords: s.words,
        entities: this.entitiesOf(uri, sentence),
        mentions: this.mentionsOf(uri, sentence),
      });
      ofDocument[sentence] = view;
    }
    return view;
  }
}
