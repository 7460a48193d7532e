/**
 * Same-event matching against MEANTIME's cross-document event chains (Wikinews, CC BY 2.5;
 * annotations CC BY 4.0), pairwise. MEANTIME annotates events only in some sentences of each
 * article, so the universe is the cross-article pairs of sentences that carry an event mention (a
 * chain of type OTH, SPE or GRA); a pair is gold when both sentences mention one event chain. A pair
 * counts as found when the product's matches (MatchService over the topic's 30 articles) link the
 * two sentences in either direction.
 *
 * The documents are split into a development and a held-out half by a fixed hash of their ids; a
 * pair belongs to a half when both its documents do (pairs across the halves count in `all` only).
 * Features and thresholds are chosen on `dev`; `heldOut` is only reported.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { MatchService } from '../server/src/core/matching/documentMatches';

const EVENT_TYPES = new Set(['OTH', 'SPE', 'GRA']);
export const MEANTIME = join(__dirname, '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');

export type Half = 'dev' | 'heldOut';
export const HALVES: readonly Half[] = ['dev', 'heldOut'];

/** The fixed split: a document's half by the first byte of the SHA-1 of "topic/id". */
export const halfOf = (topic: string, doc: string): Half =>
  createHash('sha1').update(`${topic}/${doc}`).digest()[0]! % 2 === 0 ? 'dev' : 'heldOut';

interface MeantimeTopic {
  topic: string;
  docs: Array<{ id: string; text: string }>;
  chains: Array<{ type: string; mentions: Array<{ doc: string; start: number }> }>;
}

export interface Counts {
  universe: number;
  gold: number;
  found: number;
  foundGold: number;
}

export interface ChainScore extends Counts {
  precision: number;
  recall: number;
}

export type EventChainScores = Record<Half | 'all', ChainScore>;

/** One topic indexed, with its event sentences ("doc#sentence") and gold pairs. */
export interface TopicBench {
  topic: string;
  index: WorkspaceIndex;
  /** Sentence key → its document id. */
  eventSentences: Map<string, string>;
  /** Gold pairs as "a|b" with a < b. */
  gold: Set<string>;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function topicBench(topic: MeantimeTopic): TopicBench {
  const index = new WorkspaceIndex();
  for (const d of topic.docs) index.setDocument(d.id, `${d.id}.txt`, d.text);
  const keyOf = (doc: string, offset: number): string | null => {
    const i = index.document(doc)?.analysis.sentences.findIndex((s) => s.start <= offset && offset < s.end);
    return i === undefined || i < 0 ? null : `${doc}#${i}`;
  };
  const eventSentences = new Map<string, string>();
  const gold = new Set<string>();
  for (const chain of topic.chains) {
    if (!EVENT_TYPES.has(chain.type)) continue;
    const keys: Array<{ doc: string; key: string }> = [];
    for (const m of chain.mentions) {
      const key = keyOf(m.doc, m.start);
      if (!key) continue;
      eventSentences.set(key, m.doc);
      keys.push({ doc: m.doc, key });
    }
    for (const a of keys) for (const b of keys) if (a.doc < b.doc) gold.add(pairKey(a.key, b.key));
  }
  return { topic: topic.topic, index, eventSentences, gold };
}

/** The four topics, indexed once (analysis is the slow part; matching is re-run per setting). */
export const loadTopics = (path = MEANTIME): TopicBench[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => topicBench(JSON.parse(line) as MeantimeTopic));

const emptyCounts = (): Counts => ({ universe: 0, gold: 0, found: 0, foundGold: 0 });

function countTopic(t: TopicBench, into: Record<Half | 'all', Counts>): void {
  const linked = new Set<string>();
  for (const { a, b } of new MatchService(t.index).allPairs())
    linked.add(pairKey(`${a.uri}#${a.sentence}`, `${b.uri}#${b.sentence}`));
  const sentences = [...t.eventSentences];
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      const [ka, da] = sentences[i]!;
      const [kb, db] = sentences[j]!;
      if (da === db) continue;
      const key = pairKey(ka, kb);
      const ha = halfOf(t.topic, da);
      const halves: Array<Half | 'all'> = ha === halfOf(t.topic, db) ? ['all', ha] : ['all'];
      const gold = t.gold.has(key);
      const found = linked.has(key);
      for (const h of halves) {
        const c = into[h];
        c.universe++;
        if (gold) c.gold++;
        if (found) c.found++;
        if (found && gold) c.foundGold++;
      }
    }
  }
}

const withRates = (c: Counts): ChainScore => ({
  ...c,
  precision: c.found > 0 ? c.foundGold / c.found : 0,
  recall: c.gold > 0 ? c.foundGold / c.gold : 0,
});

/** Pairwise precision and recall of the product's matches, per half and over all pairs. */
export function scoreEventChains(topics = loadTopics()): EventChainScores {
  const counts = { dev: emptyCounts(), heldOut: emptyCounts(), all: emptyCounts() };
  for (const t of topics) countTopic(t, counts);
  return { dev: withRates(counts.dev), heldOut: withRates(counts.heldOut), all: withRates(counts.all) };
}
