/**
 * Why same-event pairs are missed (and why different ones are found): each hand-judged MEANTIME
 * pair of `npm run eval:same-event` followed through the matcher's stages — candidate generation
 * (the TF-IDF walk of either sentence, the event index's shared keys), the cross-story rule, the
 * time gate, the evidence thresholds, the best 12 per sentence — and counted, unweighted and
 * weighted by cosine stratum, per half of the fixed split (scripts/eval-same-event-score.ts).
 * Usage: npm run diagnose:same-event [-- --pairs | --json]   (every pair with its stage; as JSON with its features)
 */
import { readFileSync } from 'node:fs';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { MatchService } from '../server/src/core/matching/documentMatches';
import { timeRelation } from '../server/src/core/matching/eventTime';
import { documentEventKeys } from '../server/src/core/matching/eventWords';
import { judgeCandidate, judgeEventCandidate } from '../server/src/core/matching/matcher';
import type { SentenceRef } from '../server/src/core/matching/sentenceIndex';
import { allowsPair } from '../server/src/core/stories/crossStory';
import { type LabelledPair, MEANTIME_TOPICS, pairHalf, readLabelledPairs } from './eval-same-event-score';

interface Topic {
  index: WorkspaceIndex;
  matches: MatchService;
  linked: Set<string>;
  keys: Map<string, string[][]>;
}

function loadTopic(docs: Array<{ id: string; text: string }>): Topic {
  const index = new WorkspaceIndex();
  for (const d of docs) index.setDocument(d.id, `${d.id}.txt`, d.text);
  const matches = new MatchService(index);
  const linked = new Set<string>();
  for (const { a, b } of matches.allPairs()) {
    linked.add(`${a.uri}#${a.sentence}|${b.uri}#${b.sentence}`);
    linked.add(`${b.uri}#${b.sentence}|${a.uri}#${a.sentence}`);
  }
  const keys = new Map<string, string[][]>();
  for (const d of index.documents())
    keys.set(
      d.uri,
      documentEventKeys(d.analysis, d.text, index.mentionsIn(d.uri), (id) => index.entity(id)),
    );
  return { index, matches, linked, keys };
}

const sentenceAt = (t: Topic, doc: string, offset: number): number =>
  t.index.document(doc)?.analysis.sentences.findIndex((s) => s.start <= offset && offset < s.end) ?? -1;

/** The stage a pair stops at, from one side (`from`) towards the other. */
function stageFrom(t: Topic, from: SentenceRef, to: SentenceRef): string {
  const candidates = t.index.sentences.candidates(from.uri, from.sentence);
  const c = candidates.find((x) => x.ref.uri === to.uri && x.ref.sentence === to.sentence);
  const facts = (r: SentenceRef) => t.matches.facts(r.uri)[r.sentence]!;
  if (c) {
    const allows = (x: typeof c, anchors: number) =>
      allowsPair(t.matches.stories, from.uri, x.ref.uri, { cosine: x.cosine, anchors });
    const judged = judgeCandidate(facts(from), facts(to), c, allows);
    if (typeof judged === 'string') return `terms: ${judged}`;
    return `terms: ${judged.relation} (cut by the best 12)`;
  }
  return '';
}

function eventStage(t: Topic, a: SentenceRef, b: SentenceRef): string {
  const ka = t.keys.get(a.uri)?.[a.sentence] ?? [];
  const kb = new Set(t.keys.get(b.uri)?.[b.sentence] ?? []);
  if (!ka.some((k) => kb.has(k))) return '';
  if (!t.matches.stories.sameStory(a.uri, b.uri)) return 'event key: other story';
  const [c] = t.index.sentences.scorePairs(a.uri, a.sentence, [b]);
  if (!c || c.cosine < 0.05) return 'event key: cosine < 0.05';
  const facts = (r: SentenceRef) => t.matches.facts(r.uri)[r.sentence]!;
  const judged = judgeEventCandidate(facts(a), facts(b), c);
  return typeof judged === 'string' ? `event key: ${judged}` : 'event key: match (cut or bounded walk)';
}

/** Why a pair the TF-IDF walk of neither side reaches is not reached. */
function unreached(t: Topic, a: SentenceRef, b: SentenceRef): string {
  const [c] = t.index.sentences.scorePairs(a.uri, a.sentence, [b]);
  if (!c || c.shared.length === 0) return 'no candidate: no shared term';
  if (c.cosine < 0.1) return 'no candidate: shared terms, cosine < 0.1';
  return 'no candidate: cosine >= 0.1, outside the walk';
}

interface Diagnosis {
  found: boolean;
  stage: string;
  cosine: number;
  shared: string[];
  time: string;
  sameStory: boolean;
  entities: string[];
  numbers: string[];
  daysApart: number | null;
  sides: Array<{ entities: string[]; numbers: string[]; dates: readonly string[] }>;
}

function diagnose(t: Topic, p: LabelledPair): Diagnosis {
  const a = { uri: p.a.doc, sentence: sentenceAt(t, p.a.doc, p.a.start) };
  const b = { uri: p.b.doc, sentence: sentenceAt(t, p.b.doc, p.b.start) };
  const found = t.linked.has(`${a.uri}#${a.sentence}|${b.uri}#${b.sentence}`);
  const c = t.index.sentences.scorePairs(a.uri, a.sentence, [b])[0];
  // The furthest stage either side reaches: a match cut from the best 12 beats a refusal.
  const stages = [stageFrom(t, a, b), stageFrom(t, b, a), eventStage(t, a, b)].filter(Boolean);
  const stage = found ? 'found' : (stages.find((s) => s.includes('cut')) ?? stages[0] ?? unreached(t, a, b));
  const fa = t.matches.facts(a.uri)[a.sentence]!;
  const fb = t.matches.facts(b.uri)[b.sentence]!;
  const pa = fa.time.publishedDay;
  const pb = fb.time.publishedDay;
  return {
    found,
    stage,
    cosine: c?.cosine ?? 0,
    shared: c?.shared ?? [],
    time: timeRelation(fa.time, fb.time),
    sameStory: t.matches.stories.sameStory(a.uri, b.uri),
    entities: [...fa.entities].filter((e) => fb.entities.has(e)),
    numbers: [...fa.numbers].filter((n) => fb.numbers.has(n)),
    daysApart: pa === null || pb === null ? null : Math.abs(pa - pb),
    sides: [fa, fb].map((f) => ({ entities: [...f.entities], numbers: [...f.numbers], dates: f.time.dates })),
  };
}

function main(): void {
  const pairs = readLabelledPairs();
  const topics = new Map<string, Topic>();
  for (const line of readFileSync(MEANTIME_TOPICS, 'utf8').split('\n').filter(Boolean)) {
    const topic = JSON.parse(line) as { topic: string; docs: Array<{ id: string; text: string }> };
    if (pairs.some((p) => p.topic === topic.topic)) topics.set(topic.topic, loadTopic(topic.docs));
  }
  const table = new Map<string, { n: number; w: number; dev: number; heldOut: number }>();
  const listPairs = process.argv.includes('--pairs');
  const json = process.argv.includes('--json');
  for (const p of pairs) {
    const t = topics.get(p.topic)!;
    const d = diagnose(t, p);
    const { found, stage, cosine } = d;
    const reached = found
      ? stage
      : stage.replace(/^terms: /, 'refused: ').replace(/^event key: /, 'event key refused: ');
    const key = `${p.label} | ${found ? 'found' : 'missed'} | ${reached}`;
    const row = table.get(key) ?? { n: 0, w: 0, dev: 0, heldOut: 0 };
    row.n++;
    row.w += p.stratum.population / p.stratum.sampled;
    row[pairHalf(p)]++;
    table.set(key, row);
    if (listPairs)
      console.log(
        `${p.label}\t${found ? 'found' : 'missed'}\tbin ${p.stratum.cosineBin}\tcos ${cosine.toFixed(3)}\t${reached}\t${p.id}`,
      );
    if (json)
      console.log(
        JSON.stringify({
          id: p.id,
          label: p.label,
          half: pairHalf(p),
          weight: p.stratum.population / p.stratum.sampled,
          ...d,
        }),
      );
  }
  if (json) return;
  console.log('| label | found | stage | pairs | weighted | dev | held out |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [key, r] of [...table].sort(([a], [b]) => (a < b ? -1 : 1)))
    console.log(`| ${key} | ${r.n} | ${r.w.toFixed(1)} | ${r.dev} | ${r.heldOut} |`);
}

main();
