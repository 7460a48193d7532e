/**
 * Measures person / organisation / place recognition against the MEANTIME corpus (Wikinews,
 * CC BY; see ../shared/data/README.md), which is not the seeds.
 *
 * Gold: every annotated PER/ORG/LOC mention that is a proper name — it starts with a capital and
 * holds only capitalised words and name connectors (of, and, for, the, de, &), e.g. "Northrop
 * Grumman", "EADS", "Paul Nesbit"; nominal and pronoun mentions ("the company", "we") are not
 * names and are left out. MEANTIME does not annotate every name in a text, so precision is a
 * lower bound: a correct name the annotators skipped counts as a false positive.
 *
 * Usage: npm run eval [-- <path to meantime_en_topics.jsonl>]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';

interface MeantimeTopic {
  topic: string;
  docs: Array<{ id: string; text: string }>;
  chains: Array<{ type: string; mentions: Array<{ doc: string; start: number; end: number; text: string }> }>;
}

const TYPES: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', '&', 'du', 'la', 'von', 'van', '-']);
const NOT_NAMES = new Set([
  'The',
  'A',
  'An',
  'It',
  'We',
  'They',
  'He',
  'She',
  'His',
  'Her',
  'Its',
  'Their',
  'This',
  'That',
  'I',
  'You',
]);

function isProperName(text: string): boolean {
  const words = text.split(' ');
  if (!/^\p{Lu}/u.test(words[0]!) || NOT_NAMES.has(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTORS.has(w) || /^[A-Z]\.$/.test(w));
}

const path = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');
const topics = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as MeantimeTopic);

type Span = string; // "doc:start:end:type"
const gold = new Set<Span>();
const goldUntyped = new Set<string>();
const predicted = new Set<Span>();
/** Every annotated mention of any kind, per document: where the annotators expressed an opinion. */
const annotated = new Map<string, Array<[number, number]>>();
const predictedUntyped = new Set<string>();
let chars = 0;
const started = performance.now();
for (const topic of topics) {
  // One workspace per topic: cross-document alias merging is part of what is measured.
  const index = new WorkspaceIndex();
  for (const doc of topic.docs) {
    index.setDocument(`${topic.topic}/${doc.id}`, `${doc.id}.txt`, doc.text);
    chars += doc.text.length;
  }
  for (const chain of topic.chains) {
    const type = TYPES[chain.type];
    for (const m of chain.mentions) {
      const doc = `${topic.topic}/${m.doc}`;
      if (!annotated.has(doc)) annotated.set(doc, []);
      annotated.get(doc)!.push([m.start, m.end]);
      if (!type || !isProperName(m.text)) continue;
      gold.add(`${topic.topic}/${m.doc}:${m.start}:${m.end}:${type}`);
      goldUntyped.add(`${topic.topic}/${m.doc}:${m.start}:${m.end}`);
    }
  }
  for (const e of index.entities()) {
    if (!['person', 'organization', 'place'].includes(e.type)) continue;
    for (const m of e.mentions) {
      predicted.add(`${m.uri}:${m.start}:${m.end}:${e.type}`);
      predictedUntyped.add(`${m.uri}:${m.start}:${m.end}`);
    }
  }
}
const seconds = (performance.now() - started) / 1000;

function score(label: string, g: Set<string>, p: Set<string>): string {
  let tp = 0;
  for (const s of p) if (g.has(s)) tp++;
  const precision = tp / Math.max(1, p.size);
  const recall = tp / Math.max(1, g.size);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return `| ${label} | ${g.size} | ${p.size} | ${tp} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`;
}
const ofType = (s: Set<string>, t: string) => new Set([...s].filter((x) => x.endsWith(`:${t}`)));

const docs = topics.reduce((n, t) => n + t.docs.length, 0);
console.log(
  `MEANTIME: ${docs} documents in ${topics.length} topics, ${(chars / 1024).toFixed(0)} KB, analysed in ${seconds.toFixed(2)} s\n`,
);
console.log('| set | gold | predicted | correct | precision | recall | F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(score('exact span + type', gold, predicted));
console.log(score('exact span, any type', goldUntyped, predictedUntyped));
for (const t of ['person', 'organization', 'place'])
  console.log(score(`  ${t}`, ofType(gold, t), ofType(predicted, t)));
// Precision where the annotation has an opinion: predicted names overlapping some annotated mention.
const judged = new Set(
  [...predicted].filter((s) => {
    const [doc, start, end] = s.split(':') as [string, string, string];
    return (annotated.get(doc) ?? []).some(([a, b]) => a < Number(end) && Number(start) < b);
  }),
);
console.log(score('judged predictions only (exact span + type)', gold, judged));

if (process.env.EVAL_SHOW_ERRORS) {
  const texts = new Map<string, string>();
  for (const t of topics) for (const d of t.docs) texts.set(`${t.topic}/${d.id}`, d.text);
  const show = (s: string) => {
    const [uri, start, end, type] = s.split(':') as [string, string, string, string];
    return `${type ?? ''} ${texts.get(uri)!.slice(Number(start), Number(end))}`;
  };
  const fp = [...judged].filter((s) => !gold.has(s)).map(show);
  const fn = [...gold].filter((s) => !predicted.has(s)).map(show);
  const count = (xs: string[]) =>
    [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 60);
  console.log('\nfalse positives:', count(fp));
  console.log('\nmissed:', count(fn));
}
