/**
 * Lists the candidate pairs of test/fixtures/paraphrase-meantime.jsonl, which were then judged by
 * hand (the labelling rule is in scripts/eval-paraphrase.ts). Two kinds, both real MEANTIME text:
 * - `cross-article`: sentences of two different articles of one topic, after each article's
 *   headline and date line, with at least five content terms, not identical (each text pair
 *   once), whose TF-IDF cosine over the topic's articles is at least 0.3 — the MSRP-like
 *   selection: news sentences of other articles with much wording in common. Each row records its
 *   cosine stratum, the stratum's population and how many were drawn (with a fixed seed).
 * - `headline-lead`: each article's headline against its first sentence after the date line, as
 *   MEANTIME splits them.
 *
 * Usage: npx tsx scripts/paraphrase-sample.ts [perStratum=all] > candidates.jsonl
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import { random } from './random';

const root = join(__dirname, '..');
export const COSINE_BINS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.85] as const;
const MIN_TERMS = 5;
/** Headline and date line open every MEANTIME article. */
const LEAD_SENTENCE = 2;

interface Side {
  doc: string;
  start: number;
  text: string;
}
interface Candidate {
  topic: string;
  a: Side;
  b: Side;
  cosine: number;
}
interface Topic {
  topic: string;
  docs: Array<{ id: string; text: string; sentences: Array<{ start: number; end: number }> }>;
}

const binOf = (cosine: number): number => COSINE_BINS.filter((floor) => cosine >= floor).length - 1;

function topicIndex(topic: Topic) {
  const index = new WorkspaceIndex();
  for (const d of topic.docs) index.setDocument(d.id, `${d.id}.txt`, d.text);
  const side = (doc: string, sentence: number): Side | null => {
    const entry = index.document(doc);
    const s = entry?.analysis.sentences[sentence];
    return entry && s ? { doc, start: s.start, text: entry.text.slice(s.start, s.end) } : null;
  };
  const terms = (doc: string, sentence: number) =>
    index.document(doc)?.analysis.sentences[sentence]?.terms.length ?? 0;
  const sentences = (doc: string) => index.document(doc)?.analysis.sentences.length ?? 0;
  return { index, side, terms, sentences };
}

function crossArticle(topic: Topic): Candidate[] {
  const { index, side, terms, sentences } = topicIndex(topic);
  const body = (doc: string, i: number) =>
    i >= LEAD_SENTENCE && terms(doc, i) >= MIN_TERMS ? side(doc, i) : null;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const d of topic.docs) {
    for (let i = 0; i < sentences(d.id); i++) {
      const a = body(d.id, i);
      if (!a) continue;
      for (const c of index.sentences.candidates(d.id, i)) {
        // each unordered pair once, from its document of smaller id
        if (c.ref.uri <= d.id || c.cosine < COSINE_BINS[0]) continue;
        const b = body(c.ref.uri, c.ref.sentence);
        const key = [a?.text, b?.text].sort().join('\n');
        if (!b || b.text === a.text || seen.has(key)) continue;
        seen.add(key);
        out.push({ topic: topic.topic, a, b, cosine: c.cosine });
      }
    }
  }
  return out;
}

/** MEANTIME's own sentences (the analyser may join a headline to its date line). */
function headlineLead(topic: Topic): Candidate[] {
  return topic.docs.flatMap((d) => {
    const [h, , lead] = d.sentences;
    if (!h || !lead) return [];
    const side = (s: { start: number; end: number }) => ({
      doc: d.id,
      start: s.start,
      text: d.text.slice(s.start, s.end),
    });
    return [{ topic: topic.topic, a: side(h), b: side(lead), cosine: 0 }];
  });
}

const idOf = (c: Candidate) => `${c.topic}/${c.a.doc}@${c.a.start}~${c.b.doc}@${c.b.start}`;

function main(): void {
  const perStratum = Number(process.argv[2] ?? Number.POSITIVE_INFINITY);
  const next = random(14);
  const lines = readFileSync(join(root, '..', 'shared', 'data', 'meantime_en_topics.jsonl'), 'utf8');
  for (const line of lines.split('\n').filter(Boolean)) {
    const topic = JSON.parse(line) as Topic;
    const strata = new Map<number, Candidate[]>();
    for (const c of crossArticle(topic))
      strata.set(binOf(c.cosine), [...(strata.get(binOf(c.cosine)) ?? []), c]);
    for (const [bin, pool] of [...strata].sort((x, y) => x[0] - y[0])) {
      const drawn = pool
        .map((c) => ({ c, r: next() }))
        .sort((x, y) => x.r - y.r)
        .slice(0, perStratum);
      const stratum = {
        cosineBin: bin,
        floor: COSINE_BINS[bin],
        population: pool.length,
        sampled: drawn.length,
      };
      for (const { c } of drawn)
        console.log(
          JSON.stringify({ id: idOf(c), kind: 'cross-article', ...c, cosine: +c.cosine.toFixed(3), stratum }),
        );
    }
    for (const c of headlineLead(topic)) {
      const { cosine: _, ...rest } = c;
      console.log(JSON.stringify({ id: idOf(c), kind: 'headline-lead', ...rest }));
    }
  }
}

main();
