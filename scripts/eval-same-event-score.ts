/**
 * Same-event matching on real news: sentence pairs of different MEANTIME articles (Wikinews, CC BY
 * 2.5; annotations CC BY 4.0), sampled by TF-IDF cosine stratum and judged by hand as `same-event`
 * (both report one happening: the same announcement, deal, day's market move) or `different`
 * (same topic or entities, another occurrence). test/fixtures/same-event-meantime.jsonl holds the
 * pairs, their labels and each stratum's population, so precision and recall are estimated for the
 * whole population of cross-article pairs with cosine >= 0.1 (sentences after headline and date,
 * with at least three content terms), each pair weighted by population / sampled of its stratum.
 *
 * A pair counts as found when the product's matches (MatchService over the topic's 30 articles)
 * link the two sentences in either direction.
 *
 * The pairs are split into a development and a held-out half by a fixed hash of their two
 * documents (every pair of the same two articles in one half): thresholds are chosen on `dev`,
 * `heldOut` is only reported.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { MatchService } from '../server/src/core/matching/documentMatches';

const root = join(__dirname, '..');

export interface LabelledPair {
  id: string;
  topic: string;
  label: 'same-event' | 'different';
  a: { doc: string; start: number; text: string };
  b: { doc: string; start: number; text: string };
  stratum: { cosineBin: number; population: number; sampled: number };
}

/** Precision and recall over some of the pairs, weighted by stratum (population estimates). */
export interface Rates {
  pairs: number;
  positives: number;
  found: number;
  foundPositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SameEventScore extends Rates {
  /** The fixed halves (`pairHalf`). */
  halves: Record<PairHalf, Rates>;
  /** Per topic: found positives / positives, found negatives. */
  byTopic: Record<string, { positives: number; foundPositives: number; foundNegatives: number }>;
}

export const readLabelledPairs = (
  path = join(root, 'test/fixtures/same-event-meantime.jsonl'),
): LabelledPair[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LabelledPair);

export const MEANTIME_TOPICS = join(root, '..', 'shared', 'data', 'meantime_en_topics.jsonl');

export type PairHalf = 'dev' | 'heldOut';

/** The fixed split: by the first byte of the SHA-1 of "topic/doc|doc", the documents sorted. */
export function pairHalf(p: Pick<LabelledPair, 'topic' | 'a' | 'b'>): PairHalf {
  const docs = [p.a.doc, p.b.doc].sort().join('|');
  return createHash('sha1').update(`${p.topic}/${docs}`).digest()[0]! % 2 === 0 ? 'dev' : 'heldOut';
}

/** Each topic's articles indexed, with the product's matches as a set of "doc#sentence|doc#sentence". */
function topicMatches(topic: { topic: string; docs: Array<{ id: string; text: string }> }) {
  const index = new WorkspaceIndex();
  for (const d of topic.docs) index.setDocument(d.id, `${d.id}.txt`, d.text);
  const linked = new Set<string>();
  for (const { a, b } of new MatchService(index).allPairs()) {
    linked.add(`${a.uri}#${a.sentence}|${b.uri}#${b.sentence}`);
    linked.add(`${b.uri}#${b.sentence}|${a.uri}#${a.sentence}`);
  }
  const sentenceAt = (doc: string, offset: number): number =>
    index.document(doc)?.analysis.sentences.findIndex((s) => s.start <= offset && offset < s.end) ?? -1;
  return { linked, sentenceAt };
}

export function scoreSameEvent(pairs = readLabelledPairs(), path = MEANTIME_TOPICS): SameEventScore {
  const topics = new Map<string, ReturnType<typeof topicMatches>>();
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const topic = JSON.parse(line) as { topic: string; docs: Array<{ id: string; text: string }> };
    if (pairs.some((p) => p.topic === topic.topic)) topics.set(topic.topic, topicMatches(topic));
  }
  const judged = pairs.map((p) => {
    const t = topics.get(p.topic);
    if (!t) throw new Error(`MEANTIME has no topic ${p.topic}`);
    const key = `${p.a.doc}#${t.sentenceAt(p.a.doc, p.a.start)}|${p.b.doc}#${t.sentenceAt(p.b.doc, p.b.start)}`;
    return { pair: p, found: t.linked.has(key) };
  });
  const byTopic: SameEventScore['byTopic'] = {};
  for (const { pair: p, found } of judged) {
    byTopic[p.topic] ??= { positives: 0, foundPositives: 0, foundNegatives: 0 };
    const topic = byTopic[p.topic]!;
    const same = p.label === 'same-event';
    if (same) topic.positives++;
    if (found && same) topic.foundPositives++;
    if (found && !same) topic.foundNegatives++;
  }
  const half = (h: PairHalf) => rates(judged.filter((j) => pairHalf(j.pair) === h));
  return { ...rates(judged), halves: { dev: half('dev'), heldOut: half('heldOut') }, byTopic };
}

function rates(judged: ReadonlyArray<{ pair: LabelledPair; found: boolean }>): Rates {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  const counts = { positives: 0, found: 0, foundPositives: 0 };
  for (const { pair: p, found } of judged) {
    const same = p.label === 'same-event';
    const w = p.stratum.population / p.stratum.sampled;
    if (same) {
      pos += w;
      counts.positives++;
    }
    if (!found) continue;
    counts.found++;
    if (same) {
      tp += w;
      counts.foundPositives++;
    } else fp += w;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = pos > 0 ? tp / pos : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pairs: judged.length, ...counts, precision, recall, f1 };
}
