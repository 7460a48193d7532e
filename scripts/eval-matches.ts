/**
 * Measures cross-source matching: precision and recall of each sentence's top match.
 *
 * 1. Seeds: against the hand-labelled pairs in test/fixtures/seed-matches.json.
 * 2. MEANTIME (../shared/data, CC BY): two sentences of different articles are a true pair when they
 *    mention the same cross-document chain of an event (types OTH, SPE, GRA) or of a specific financial
 *    object or product (FIN, PRO: "the $40 billion tanker contract"); shared people, organisations and
 *    places alone do not make two sentences report the same thing.
 *
 * Usage: npm run eval:matches [-- <path to meantime_en_topics.jsonl>]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { MatchService } from '../server/src/core/matching/documentMatches';

const root = join(__dirname, '..');

interface Score {
  sentencesWithTop: number;
  correctTop: number;
  goldSentences: number;
  goldFound: number;
  pairs: number;
  seconds: number;
}

/** `gold` maps "uri#sentence" to the keys of its true partners in other documents. */
function topMatchScore(index: WorkspaceIndex, gold: Map<string, Set<string>>): Score {
  const started = performance.now();
  const matches = new MatchService(index);
  const top = new Map<string, string>();
  for (const doc of index.documents()) {
    for (const s of matches.matches(doc.uri)) {
      const best = s.matches[0];
      if (best) top.set(`${doc.uri}#${s.sentence}`, `${best.other.uri}#${best.other.sentence}`);
    }
  }
  const pairs = matches.allPairs().length;
  const seconds = (performance.now() - started) / 1000;
  let correctTop = 0;
  for (const [key, partner] of top) if (gold.get(key)?.has(partner)) correctTop++;
  let goldFound = 0;
  for (const [key, partners] of gold) if (partners.has(top.get(key) ?? '')) goldFound++;
  return { sentencesWithTop: top.size, correctTop, goldSentences: gold.size, goldFound, pairs, seconds };
}

function row(label: string, s: Score): string {
  const p = s.correctTop / Math.max(1, s.sentencesWithTop);
  const r = s.goldFound / Math.max(1, s.goldSentences);
  return `| ${label} | ${s.sentencesWithTop} | ${s.correctTop} | ${p.toFixed(3)} | ${s.goldSentences} | ${s.goldFound} | ${r.toFixed(3)} | ${s.pairs} | ${s.seconds.toFixed(2)} s |`;
}

const addGold = (gold: Map<string, Set<string>>, a: string, b: string) => {
  if (!gold.has(a)) gold.set(a, new Set());
  if (!gold.has(b)) gold.set(b, new Set());
  gold.get(a)!.add(b);
  gold.get(b)!.add(a);
};

// 1. Seeds.
const seeds = new WorkspaceIndex();
for (const name of readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'))) {
  seeds.setDocument(`seeds/${name}`, name, readFileSync(join(root, 'seeds', name), 'utf8'));
}
const fixture = JSON.parse(readFileSync(join(root, 'test/fixtures/seed-matches.json'), 'utf8')) as {
  clusters: Array<{ claim: string; sentences: Array<{ file: string; startsWith: string }> }>;
};
const findSentences = (ref: { file: string; startsWith: string }): string[] => {
  const doc = seeds.document(`seeds/${ref.file}`);
  if (!doc) throw new Error(`no seed ${ref.file}`);
  const keys = doc.analysis.sentences
    .map((s, i) => ({ i, text: doc.text.slice(s.start, s.end).replace(/\s+/g, ' ') }))
    .filter((s) => s.text.startsWith(ref.startsWith))
    .map((s) => `${doc.uri}#${s.i}`);
  if (keys.length === 0) throw new Error(`labelled sentence not found: ${ref.file}: ${ref.startsWith}`);
  return keys;
};
const seedGold = new Map<string, Set<string>>();
for (const cluster of fixture.clusters) {
  const keys = cluster.sentences.flatMap(findSentences);
  for (const a of keys)
    for (const b of keys) if (a.split('#')[0] !== b.split('#')[0]) addGold(seedGold, a, b);
}

// 2. MEANTIME.
interface MeantimeTopic {
  topic: string;
  docs: Array<{ id: string; text: string }>;
  chains: Array<{
    type: string;
    scope: string;
    mentions: Array<{ doc: string; start: number; end: number }>;
  }>;
}
const path = process.argv[2] ?? join(root, '..', 'shared', 'data', 'meantime_en_topics.jsonl');
/** Events and the specific things articles report on (a contract, a product), not broad entities. */
const EVENT_TYPES = new Set(['OTH', 'SPE', 'GRA', 'FIN', 'PRO']);
const meantimeScores: Score[] = [];
for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
  const topic = JSON.parse(line) as MeantimeTopic;
  const index = new WorkspaceIndex();
  for (const d of topic.docs) index.setDocument(`${topic.topic}/${d.id}`, `${d.id}.txt`, d.text);
  const sentenceOf = (docId: string, offset: number): string | null => {
    const doc = index.document(`${topic.topic}/${docId}`);
    const i = doc?.analysis.sentences.findIndex((s) => s.start <= offset && offset < s.end) ?? -1;
    return i >= 0 ? `${topic.topic}/${docId}#${i}` : null;
  };
  const gold = new Map<string, Set<string>>();
  for (const chain of topic.chains) {
    if (!EVENT_TYPES.has(chain.type) || new Set(chain.mentions.map((m) => m.doc)).size < 2) continue;
    const keys = chain.mentions
      .map((m) => ({ doc: m.doc, key: sentenceOf(m.doc, m.start) }))
      .filter((k) => k.key);
    for (const a of keys) for (const b of keys) if (a.doc !== b.doc) addGold(gold, a.key!, b.key!);
  }
  meantimeScores.push(topMatchScore(index, gold));
}
const total = meantimeScores.reduce(
  (t, s) => ({
    sentencesWithTop: t.sentencesWithTop + s.sentencesWithTop,
    correctTop: t.correctTop + s.correctTop,
    goldSentences: t.goldSentences + s.goldSentences,
    goldFound: t.goldFound + s.goldFound,
    pairs: t.pairs + s.pairs,
    seconds: t.seconds + s.seconds,
  }),
  { sentencesWithTop: 0, correctTop: 0, goldSentences: 0, goldFound: 0, pairs: 0, seconds: 0 },
);

console.log(
  '| set | sentences with a match | top match correct | precision | sentences with a true partner | found as top match | recall | pairs | time |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(row(`seeds (${fixture.clusters.length} labelled claim groups)`, topMatchScore(seeds, seedGold)));
console.log(row('MEANTIME (cross-document event, financial and product chains)', total));

if (process.env.EVAL_SHOW_ERRORS) {
  const m = new MatchService(seeds);
  const text = (key: string) => {
    const [uri, i] = key.split('#') as [string, string];
    const d = seeds.document(uri)!;
    const s = d.analysis.sentences[Number(i)]!;
    return `${d.relativePath.slice(0, 3)}#${i} ${d.text.slice(s.start, s.end).slice(0, 90)}`;
  };
  for (const doc of seeds.documents()) {
    for (const s of m.matches(doc.uri)) {
      const key = `${doc.uri}#${s.sentence}`;
      const best = s.matches[0]!;
      const ok = seedGold.get(key)?.has(`${best.other.uri}#${best.other.sentence}`);
      if (!ok)
        console.log(
          `FP ${best.relation} ${best.score} ${best.cosine.toFixed(2)}\n   ${text(key)}\n   ${text(`${best.other.uri}#${best.other.sentence}`)}`,
        );
    }
  }
}

if (process.env.EVAL_SHOW_MISSES) {
  const m = new MatchService(seeds);
  for (const [key, partners] of seedGold) {
    const [uri, i] = key.split('#') as [string, string];
    const best = m.sentenceMatches(uri, Number(i))[0];
    if (best && partners.has(`${best.other.uri}#${best.other.sentence}`)) continue;
    const cands = seeds.sentences
      .candidates(uri, Number(i))
      .filter((c) => partners.has(`${c.ref.uri}#${c.ref.sentence}`));
    console.log(
      `MISS ${key.slice(6, 9)}#${i} best-gold-cosine=${cands.map((c) => c.cosine.toFixed(2)).join(',') || 'none'} shared=${cands[0]?.shared.join(' ') ?? ''}`,
    );
  }
}
