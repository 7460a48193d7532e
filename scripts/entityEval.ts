/**
 * Person / organisation / place recognition against MEANTIME (Wikinews, CC BY; see
 * ../shared/data/README.md), which is not the seeds. Used by scripts/eval-entities.ts and the
 * quality gate in test/quality/entities.test.ts.
 *
 * Gold: every annotated PER/ORG/LOC mention that is a proper name — it starts with a capital and
 * holds only capitalised words and name connectors (of, and, for, the, de, &), e.g. "Northrop
 * Grumman", "EADS", "Paul Nesbit"; nominal and pronoun mentions ("the company", "we") are not
 * names and are left out. MEANTIME does not annotate every name in a text, so precision is a
 * lower bound: a correct name the annotators skipped counts as a false positive.
 */
import { WorkspaceIndex } from '../server/src/core/index/workspaceIndex';
import type { MeantimeTopic } from './nameEval';

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

/** Mentions as "doc:start:end:type" (gold, predicted, judged) and "doc:start:end" (untyped). */
export interface EntitySpans {
  gold: Set<string>;
  goldUntyped: Set<string>;
  predicted: Set<string>;
  predictedUntyped: Set<string>;
  /** Predictions overlapping some annotated mention: where the annotation has an opinion. */
  judged: Set<string>;
  documents: number;
  chars: number;
}

/** Every topic as one workspace (cross-document alias merging is part of what is measured). */
export function entitySpans(topics: readonly MeantimeTopic[]): EntitySpans {
  const r: EntitySpans = {
    gold: new Set(),
    goldUntyped: new Set(),
    predicted: new Set(),
    predictedUntyped: new Set(),
    judged: new Set(),
    documents: 0,
    chars: 0,
  };
  /** Every annotated mention of any kind, per document. */
  const annotated = new Map<string, Array<[number, number]>>();
  for (const topic of topics) {
    const index = new WorkspaceIndex();
    for (const doc of topic.docs) {
      index.setDocument(`${topic.topic}/${doc.id}`, `${doc.id}.txt`, doc.text);
      r.chars += doc.text.length;
      r.documents++;
    }
    for (const chain of topic.chains) {
      const type = TYPES[chain.type];
      for (const m of chain.mentions) {
        const doc = `${topic.topic}/${m.doc}`;
        if (!annotated.has(doc)) annotated.set(doc, []);
        annotated.get(doc)!.push([m.start, m.end]);
        if (!type || !isProperName(m.text)) continue;
        r.gold.add(`${doc}:${m.start}:${m.end}:${type}`);
        r.goldUntyped.add(`${doc}:${m.start}:${m.end}`);
      }
    }
    for (const e of index.entities()) {
      if (!['person', 'organization', 'place'].includes(e.type)) continue;
      for (const m of e.mentions) {
        r.predicted.add(`${m.uri}:${m.start}:${m.end}:${e.type}`);
        r.predictedUntyped.add(`${m.uri}:${m.start}:${m.end}`);
      }
    }
  }
  for (const s of r.predicted) {
    const [doc, start, end] = s.split(':') as [string, string, string];
    if ((annotated.get(doc) ?? []).some(([a, b]) => a < Number(end) && Number(start) < b)) r.judged.add(s);
  }
  return r;
}

export interface Score {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): Score {
  let correct = 0;
  for (const s of predicted) if (gold.has(s)) correct++;
  const precision = correct / Math.max(1, predicted.size);
  const recall = correct / Math.max(1, gold.size);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return { gold: gold.size, predicted: predicted.size, correct, precision, recall, f1 };
}
