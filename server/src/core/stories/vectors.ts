/**
 * Documents as unit-length sparse vectors of story features (named entities and content terms,
 * TF-IDF weighted), and their cosine. Features too common to tell stories apart are left out.
 */

/** What the grouping reads of a document (repeated features count as often as they occur). */
export interface StoryInput {
  uri: string;
  /** Sorts the documents: the grouping does not depend on the order they come in. */
  path: string;
  /** Ids of the named entities it mentions, once per mention. */
  entities: readonly string[];
  /** Content terms of its sentences, once per occurrence. */
  terms: readonly string[];
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
  /** Feature strings by number (sorted, so numbers do not depend on the documents' order). */
  names: string[];
  /** Documents each feature occurs in. */
  df: Int32Array;
  /** Inverse document frequency of each feature, 0 for features too common to count. */
  idf: Float64Array;
  /** The largest document frequency a feature may have and still count. */
  specificDocs: number;
}

/** Counts of each feature in one document. */
function featureCounts(doc: StoryInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of doc.entities) {
    const f = entityFeature(id);
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  for (const term of doc.terms) {
    const f = termFeature(term);
    counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return counts;
}

/** The feature space and each document's vector, documents in the order given. */
export function vectorize(docs: readonly StoryInput[]): { space: FeatureSpace; vectors: SparseVector[] } {
  const counts = docs.map(featureCounts);
  const dfByName = new Map<string, number>();
  for (const c of counts) for (const f of c.keys()) dfByName.set(f, (dfByName.get(f) ?? 0) + 1);
  const names = [...dfByName.keys()].sort();
  const number = new Map(names.map((n, i) => [n, i]));
  const df = Int32Array.from(names, (n) => dfByName.get(n)!);
  const specificDocs = Math.max(SPECIFIC_FLOOR, Math.ceil(SPECIFIC_FRACTION * docs.length));
  const scale = Math.max(docs.length, IDF_MIN_DOCUMENTS);
  const idf = Float64Array.from(df, (d) => (d > specificDocs ? 0 : Math.log(scale / d)));
  const space = { names, df, idf, specificDocs };
  const vectors = counts.map((c) => vectorOf(c, number, space));
  return { space, vectors };
}

function vectorOf(
  counts: Map<string, number>,
  number: Map<string, number>,
  space: FeatureSpace,
): SparseVector {
  const entries: Array<[number, number]> = [];
  for (const [name, tf] of counts) {
    const f = number.get(name)!;
    const w = space.idf[f]! * (1 + Math.log(tf)) * (isEntityFeature(name) ? ENTITY_WEIGHT : 1);
    if (w > 0) entries.push([f, w]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return {
    features: Int32Array.from(entries, ([f]) => f),
    weights: Float64Array.from(entries, ([, w]) => w / norm),
  };
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
