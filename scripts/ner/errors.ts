/**
 * Error classes of the tagger on a set of examples (the development fifth, or wikigold, never
 * trained on): which names it misses, mistypes or cuts wrongly, and what those names look like
 * (lower-case, sentence-initial, acronym, in an all-caps sentence). For the model card's "Known
 * errors"; never used for choices on held-out documents.
 */
import { isAllCaps } from '../../server/src/core/entities/ner/features';
import type { Example } from './data';
import { spans } from './score';

interface Span {
  start: number;
  end: number;
  type: string;
}

const parse = (s: string): Span => {
  const [start, end, type] = s.split(':');
  return { start: Number(start), end: Number(end), type: type! };
};

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** What a gold name looks like, for the cross-cutting classes. */
function looks(e: Example, g: Span, caps: boolean): string[] {
  const words = e.tokens.slice(g.start, g.end).map((t) => t.value);
  const first = words[0] ?? '';
  const out: string[] = [];
  if (caps) out.push('in an all-caps sentence');
  else if (/^\p{Ll}/u.test(first)) out.push('lower-case');
  else if (words.length === 1 && /^\p{Lu}{2,5}s?$/u.test(first)) out.push('acronym');
  if (g.start === 0) out.push('sentence-initial');
  return out.map((x) => `${g.type} ${x}`);
}

/** The class of one gold name's error, or null when the tagger found it exactly. */
function goldError(g: Span, predicted: readonly Span[]): string | null {
  const same = predicted.find((p) => p.start === g.start && p.end === g.end);
  if (same) return same.type === g.type ? null : `${g.type} typed as ${same.type}`;
  const touching = predicted.filter((p) => overlaps(p, g));
  if (touching.length === 0) return `missed ${g.type}`;
  if (touching.length > 1) return `${g.type} split in parts`;
  const p = touching[0]!;
  const longer = p.start <= g.start && p.end >= g.end;
  const shorter = p.start >= g.start && p.end <= g.end;
  const kind = longer ? 'too long' : shorter ? 'too short' : 'shifted';
  return `${g.type} span ${kind}${p.type === g.type ? '' : ` (as ${p.type})`}`;
}

/** Counts of error classes over the examples, most frequent first. */
export function errorClasses(
  examples: readonly Example[],
  predict: (e: Example) => ArrayLike<number>,
): Array<[string, number]> {
  const counts = new Map<string, number>();
  const add = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const e of examples) {
    const gold = spans(e.labels).map(parse);
    const predicted = spans(predict(e)).map(parse);
    const caps = isAllCaps(e.tokens, 0, e.tokens.length);
    for (const g of gold) {
      const error = goldError(g, predicted);
      if (!error) continue;
      add(error);
      for (const x of looks(e, g, caps)) add(`(of these) ${x}`);
    }
    for (const p of predicted) if (!gold.some((g) => overlaps(g, p))) add(`spurious ${p.type}`);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The names behind the error classes: each gold name the tagger got wrong, with its class, counted
 * over the examples, most frequent first ("missed ORG: DAB" 7 times in one election report).
 */
export function errorNames(
  examples: readonly Example[],
  predict: (e: Example) => ArrayLike<number>,
  top = 30,
): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of examples) {
    const predicted = spans(predict(e)).map(parse);
    for (const g of spans(e.labels).map(parse)) {
      const error = goldError(g, predicted);
      if (!error) continue;
      const name = e.tokens
        .slice(g.start, g.end)
        .map((t) => t.value)
        .join(' ');
      const key = `${error}: ${name}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
}

export function formatErrors(rows: ReadonlyArray<[string, number]>, top = 25, heading = 'error'): string {
  return [
    `| ${heading} | count |`,
    '| --- | ---: |',
    ...rows.slice(0, top).map(([k, n]) => `| ${k} | ${n} |`),
  ].join('\n');
}
