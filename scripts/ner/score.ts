/** Exact span + type scores of predicted label sequences against gold ones. */
import { isBegin, isInside, TAG_TYPES, typeOfLabel } from '../../server/src/core/entities/ner/labels';

const NAME_TYPES: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
}

/** Spans of a BIO label sequence as "start:end:TYPE". */
export function spans(labels: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (!isBegin(l) && !isInside(l)) continue;
    if (isInside(l) && i > 0 && labels[i - 1] !== 0 && typeOfLabel(labels[i - 1]!) === typeOfLabel(l))
      continue;
    let e = i + 1;
    while (e < labels.length && labels[e] === (isBegin(l) ? l + 1 : l)) e++;
    out.push(`${i}:${e}:${typeOfLabel(l)}`);
  }
  return out;
}

/** Counts per type ("PER", "ORG", "LOC") and over all ("ALL"). */
export class Scorer {
  private readonly counts = new Map<string, Counts>();

  add(gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    this.addSpans(spans(gold), spans(predicted));
  }

  /** Spans as "start:end:type" with type PER/ORG/LOC or person/organization/place. */
  addSpans(goldSpans: readonly string[], p: readonly string[]): void {
    const g = new Set(goldSpans);
    for (const key of ['ALL', ...TAG_TYPES]) {
      const c = this.counts.get(key) ?? { gold: 0, predicted: 0, correct: 0 };
      const long = NAME_TYPES[key];
      const ofType = (s: string) =>
        key === 'ALL' || s.endsWith(`:${key}`) || (!!long && s.endsWith(`:${long}`));
      c.gold += [...g].filter(ofType).length;
      c.predicted += p.filter(ofType).length;
      c.correct += p.filter((s) => ofType(s) && g.has(s)).length;
      this.counts.set(key, c);
    }
  }

  scores(key = 'ALL'): Scores {
    const c = this.counts.get(key) ?? { gold: 0, predicted: 0, correct: 0 };
    const precision = c.correct / Math.max(1, c.predicted);
    const recall = c.correct / Math.max(1, c.gold);
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, gold: c.gold };
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Per-source, per-type table rows: source → type → {p, r, f1, gold}. */
export function table(scorers: Map<string, Scorer>): Record<string, Record<string, Scores>> {
  const out: Record<string, Record<string, Scores>> = {};
  for (const [source, scorer] of scorers) {
    out[source] = {};
    for (const key of ['ALL', ...TAG_TYPES]) {
      const s = scorer.scores(key);
      out[source][key] = {
        precision: round(s.precision),
        recall: round(s.recall),
        f1: round(s.f1),
        gold: s.gold,
      };
    }
  }
  return out;
}

export function formatTable(rows: Record<string, Record<string, Scores>>): string {
  const lines = [
    '| source | type | gold | precision | recall | F1 |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const [source, byType] of Object.entries(rows)) {
    for (const [type, s] of Object.entries(byType)) {
      lines.push(
        `| ${source} | ${type} | ${s.gold} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`,
      );
    }
  }
  return lines.join('\n');
}
