/**
 * Documents as unit-length sparse vectors of story features (named entities and content terms,
 * TF-IDF weighted), and their cosine. Features too common to tell stories apart are left out.
 */
import { finish, type Steps } from '../steps';

/** What the grouping reads of a document (repeated features count as often as they occur). */
export interface StoryInput {
  uri: string;
  /** Sorts the documents: the grouping does not depend on the order they come in. */
  path: string;
  /** Ids of the named entities it mentions, once per mention. */
  entities: readonly string[];
  /** Content terms of its sentences, once per occurrence… */
  terms: readonly string[];
  /** …or already counted (a document's counts are kept while its text is unchanged). */
  termCounts?: ReadonlyMap<string, number>;
  /** Day of publication (days since 1970), when the metadata gives it. */
  publishedDay?: number | null;
}

export interface SparseVector {
  /** Feature numbers, ascending. */
  features: Int32Array;
  /** Weights of the features, the vector of unit length. */
  weights: Float64Array;
}

/** A named entity tells a story more than a word does. */
const ENTITY_WEIGHT = 2;
/**
 * Document frequencies are read as if the workspace held at least this many documents: in a small
 * workspace a name all its articles share still sets their story apart from the rest of the news.
 */
const IDF_MIN_DOCUMENTS = 50;
/** Features in more documents than this fraction of the workspace (and this floor) are not a story's. */
const SPECIFIC_FRACTION = 0.05;
const SPECIFIC_FLOOR = 20;

export const entityFeature = (id: string): string => `e\u0000${id}`;
export const termFeature = (term: string): string => `t\u0000${term}`;
export const isEntityFeature = (feature: string): boolean => feature.startsWith('e\u0000');
export const featureValue = (feature: string): string => feature.slice(2);

export interface FeatureSpace {
  /** Feature strings by number (numbered as the documents, sorted by path, first name them). */
  names: string[];
  /** Documents each feature occurs in. */
  df: Int32Array;
  /** Inverse document frequency of each feature, 0 for features too common to count. */
  idf: Float64Array;
  /** The largest document frequency a feature may have and still count. */
  specificDocs: number;
}

/** Counts of each of a document's features: named entities and words kept apart. */
function featureCounts(doc: StoryInput): [ReadonlyMap<string, number>, ReadonlyMap<string, number>] {
  return [countsOf(doc.entities), doc.termCounts ?? countsOf(doc.terms)];
}

/** How often each item occurs. */
export function countsOf(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return counts;
}

/** The feature space and each document's vector, documents in the order given. */
export function vectorize(docs: readonly StoryInput[]): { space: FeatureSpace; vectors: SparseVector[] } {
  return finish(vectorizeSteps(docs));
}

/** `vectorize`, yielding after each document (see `core/steps.ts`). */
export function* vectorizeSteps(
  docs: readonly StoryInput[],
): Steps<{ space: FeatureSpace; vectors: SparseVector[] }> {
  const counts: Array<ReturnType<typeof featureCounts>> = [];
  for (const doc of docs) {
    counts.push(featureCounts(doc));
    yield;
  }
  // Features numbered as first met, documents in the order given (the grouping sorts them by path).
  const numbers: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  const names: string[] = [];
  const dfs: number[] = [];
  for (const doc of counts) {
    doc.forEach((c, kind) => {
      for (const x of c.keys()) {
        let f = numbers[kind]!.get(x);
        if (f === undefined) {
          f = names.length;
          numbers[kind]!.set(x, f);
          names.push(kind === 0 ? entityFeature(x) : termFeature(x));
          dfs.push(0);
        }
        dfs[f]!++;
      }
    });
    yield;
  }
  const df = Int32Array.from(dfs);
  const specificDocs = Math.max(SPECIFIC_FLOOR, Math.ceil(SPECIFIC_FRACTION * docs.length));
  const scale = Math.max(docs.length, IDF_MIN_DOCUMENTS);
  const idf = Float64Array.from(df, (d) => (d > specificDocs ? 0 : Math.log(scale / d)));
  const space = { names, df, idf, specificDocs };
  const vectors: SparseVector[] = [];
  for (const c of counts) {
    vectors.push(vectorOf(c, numbers, idf));
    yield;
  }
  return { space, vectors };
}

function vectorOf(
  counts: [ReadonlyMap<string, number>, ReadonlyMap<string, number>],
  numbers: [Map<string, number>, Map<string, number>],
  idf: Float64Array,
): SparseVector {
  const features: number[] = [];
  const weights = new Map<number, number>();
  counts.forEach((c, kind) => {
    for (const [x, tf] of c) {
      const f = numbers[kind]!.get(x)!;
      const w = idf[f]! * (1 + Math.log(tf)) * (kind === 0 ? ENTITY_WEIGHT : 1);
      if (w <= 0) continue;
      features.push(f);
      weights.set(f, w);
    }
  });
  const sorted = Int32Array.from(features).sort();
  const norm = Math.sqrt(features.reduce((s, f) => s + weights.get(f)! ** 2, 0)) || 1;
  return { features: sorted, weights: Float64Array.from(sorted, (f) => weights.get(f)! / norm) };
}

/** Cosine of two unit vectors: a merge of their sorted features. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.features.length && j < b.features.length) {
    const fa = a.features[i]!;
    const fb = b.features[j]!;
    if (fa === fb) sum += a.weights[i++]! * b.weights[j++]!;
    else if (fa < fb) i++;
    else j++;
  }
  return sum;
}
