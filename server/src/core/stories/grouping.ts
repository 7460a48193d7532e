/**
 * Groups documents into stories: articles about the same events. Each document's nearest documents
 * come from an inverted index of its story features (never all pairs); two documents are linked
 * when each is among the other's nearest and their cosine passes a threshold, and the links are
 * joined into stories. Mutual nearness is the guard against chaining: an article that mentions a
 * bit of everything links to a few articles, not to every story it touches.
 */
import { topK } from '../matching/sentenceIndex';
import { finish, type Steps } from '../steps';
import { cosine, type FeatureSpace, type SparseVector, type StoryInput, vectorizeSteps } from './vectors';

/** Cosine two documents of one story reach (measured on MEANTIME and the seeds: npm run eval:stories). */
export const STORY_LINK_COSINE = 0.1;
/**
 * Articles published this close in time are reports of the same days: a lower cosine links them
 * (a fraction of the usual one).
 */
const NEAR_IN_TIME_DAYS = 3;
const NEAR_IN_TIME_FACTOR = 0.5;

/**
 * A workspace of fewer documents is one story: with two there is nothing to tell apart, and two
 * texts set side by side (`triangulate pairs`) are compared as they are.
 */
const MIN_DOCUMENTS_FOR_STORIES = 3;
/** Nearest documents each document links to at most. */
const NEAREST = 12;
/** Postings walked per document for candidates, and candidates scored exactly. */
const POSTINGS_BUDGET = 5000;
const RESCORED = 3 * NEAREST;
/** More distinct features than any document has (positions packed beside frequencies). */
const FEATURES_PER_DOCUMENT = 2 ** 21;
/** Links read between two pauses while joining stories. */
const LINKS_PER_STEP = 1024;
/** Documents of each side that must link across for two stories to join, as a fraction of the smaller. */
const LINK_SUPPORT = 0.5;

export interface Grouping {
  /** Documents by path (then URI). */
  docs: StoryInput[];
  vectors: SparseVector[];
  space: FeatureSpace;
  /** Story number of each document (stories numbered by their first document). */
  storyOf: Int32Array;
  /** Members of each story, as document numbers in path order. */
  stories: number[][];
}

const byPath = (a: StoryInput, b: StoryInput): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;

export function groupStories(input: readonly StoryInput[]): Grouping {
  return finish(groupingSteps(input));
}

/** `groupStories`, yielding after each document's part of the work (see `core/steps.ts`). */
export function* groupingSteps(input: readonly StoryInput[]): Steps<Grouping> {
  const docs = [...input].sort(byPath);
  const { space, vectors } = yield* vectorizeSteps(docs);
  const nearest = yield* nearestDocuments(vectors, space.names.length, (a, b) =>
    linkCosine(docs[a]!, docs[b]!),
  );
  const rootOf =
    docs.length < MIN_DOCUMENTS_FOR_STORIES
      ? new Int32Array(docs.length)
      : yield* closestStories(vectors, nearest, yield* joinLinks(docs.length, mutualLinks(nearest)));
  const storyOf = new Int32Array(docs.length);
  const stories: number[][] = [];
  const numberOfRoot = new Map<number, number>();
  docs.forEach((_, i) => {
    const root = rootOf[i]!;
    let n = numberOfRoot.get(root);
    if (n === undefined) {
      n = stories.length;
      numberOfRoot.set(root, n);
      stories.push([]);
    }
    stories[n]!.push(i);
    storyOf[i] = n;
  });
  return { docs, vectors, space, storyOf, stories };
}

/**
 * Each document's nearest documents above the link threshold, best first (ties by number). The
 * candidates come from the postings of its rarest features, as many as fit a budget (whole
 * features, rarest first, so the result does not depend on the documents' order), ranked by the
 * part of the cosine those features give; the best are scored exactly. The cost per document is the
 * budget, not the workspace.
 */
function* nearestDocuments(
  vectors: readonly SparseVector[],
  featureCount: number,
  needed: (a: number, b: number) => number,
): Steps<number[][]> {
  const postings: number[][] = Array.from({ length: featureCount }, () => []);
  const postingWeights: number[][] = Array.from({ length: featureCount }, () => []);
  for (let doc = 0; doc < vectors.length; doc++) {
    const v = vectors[doc]!;
    v.features.forEach((f, k) => {
      postings[f]!.push(doc);
      postingWeights[f]!.push(v.weights[k]!);
    });
    yield;
  }
  const scores = new Float64Array(vectors.length);
  const touched: number[] = [];
  const nearest: number[][] = [];
  for (let doc = 0; doc < vectors.length; doc++) {
    const v = vectors[doc]!;
    // Packed (document frequency, position): a numeric sort without a comparator.
    const rarestFirst = Float64Array.from(
      v.features,
      (f, k) => postings[f]!.length * FEATURES_PER_DOCUMENT + k,
    ).sort();
    let walked = 0;
    for (const packed of rarestFirst) {
      const k = packed % FEATURES_PER_DOCUMENT;
      const docs = postings[v.features[k]!]!;
      if (walked > 0 && walked + docs.length > POSTINGS_BUDGET) break;
      walked += docs.length;
      const w = v.weights[k]!;
      const weights = postingWeights[v.features[k]!]!;
      for (let p = 0; p < docs.length; p++) {
        const other = docs[p]!;
        if (other === doc) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * weights[p]!;
      }
    }
    const candidates = topK(touched, scores, RESCORED, (x, y) => x < y).map(([o]) => o);
    for (const o of touched) scores[o] = 0;
    touched.length = 0;
    nearest.push(
      candidates
        .map((o) => ({ o, cosine: cosine(v, vectors[o]!) }))
        .filter((c) => c.cosine >= needed(doc, c.o))
        .sort((x, y) => y.cosine - x.cosine || x.o - y.o)
        .slice(0, NEAREST)
        .map((c) => c.o),
    );
    yield;
  }
  return nearest;
}

/** The cosine two documents need to link: lower when they were published days apart at most. */
function linkCosine(a: StoryInput, b: StoryInput): number {
  const near =
    a.publishedDay != null &&
    b.publishedDay != null &&
    Math.abs(a.publishedDay - b.publishedDay) <= NEAR_IN_TIME_DAYS;
  return near ? STORY_LINK_COSINE * NEAR_IN_TIME_FACTOR : STORY_LINK_COSINE;
}

/** Pairs of documents each among the other's nearest, lower number first. */
function mutualLinks(nearest: readonly number[][]): Array<[number, number]> {
  const links: Array<[number, number]> = [];
  for (let a = 0; a < nearest.length; a++)
    for (const b of nearest[a]!) if (b > a && nearest[b]!.includes(a)) links.push([a, b]);
  return links;
}

/**
 * Joins linked documents into stories, in rounds: two stories join when, on each side, at least
 * `LINK_SUPPORT` of the smaller story's count of documents link across, so neither a stray link nor
 * one round-up article linked to both makes two big stories one. Each story joins at most once a
 * round (its counts are then stale); the rounds end when nothing joins. Returns each document's root.
 */
function* joinLinks(count: number, links: ReadonlyArray<[number, number]>): Steps<(doc: number) => number> {
  const roots = Int32Array.from({ length: count }, (_, i) => i);
  const sizes = new Int32Array(count).fill(1);
  const find = (i: number): number => {
    let k = i;
    while (roots[k] !== k) {
      roots[k] = roots[roots[k]!]!;
      k = roots[k]!;
    }
    return k;
  };
  for (let joined = true; joined; ) {
    joined = false;
    // Per pair of stories, the documents on each side that link across.
    const between = new Map<number, [Set<number>, Set<number>]>();
    for (let k = 0; k < links.length; k++) {
      if (k % LINKS_PER_STEP === 0) yield;
      const [a, b] = links[k]!;
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) continue;
      const key = Math.min(ra, rb) * count + Math.max(ra, rb);
      const ends = between.get(key) ?? [new Set<number>(), new Set<number>()];
      between.set(key, ends);
      ends[0].add(ra < rb ? a : b);
      ends[1].add(ra < rb ? b : a);
    }
    // In the order of the stories' first documents (deterministic).
    const candidates = [...between]
      .sort((x, y) => x[0] - y[0])
      .map(([key, [endsA, endsB]]) => {
        const ra = Math.floor(key / count);
        const rb = key % count;
        return { ra, rb, support: Math.min(endsA.size, endsB.size) / Math.min(sizes[ra]!, sizes[rb]!) };
      });
    const busy = new Set<number>();
    for (const { ra, rb, support } of candidates) {
      if (support < LINK_SUPPORT || busy.has(ra) || busy.has(rb)) continue;
      // The smaller number stays the root, so a story is numbered by its first document.
      roots[rb] = ra;
      sizes[ra]! += sizes[rb];
      busy.add(ra).add(rb);
      joined = true;
    }
  }
  return find;
}

/**
 * A document of a story of several whose nearest document is in another story moves there when it
 * is closer to that story on average (its mean cosine to the members) than to its own: the links
 * join stories one pair at a time, and which pair comes first can put an article with a document
 * it shares a rare name with rather than with the story it is about (two reports of one market
 * crash, a day apart, fell into two stories over one name the tagger read differently). One pass,
 * every move decided on the joined stories, so the order of documents does not matter; a move
 * towards a document that moves too is void. Returns each document's root.
 */
function* closestStories(
  vectors: readonly SparseVector[],
  nearest: readonly number[][],
  find: (doc: number) => number,
): Steps<Int32Array> {
  const joined = Int32Array.from(vectors, (_, i) => find(i));
  const stories = yield* storySums(vectors, joined);
  const proposed = new Int32Array(joined.length);
  for (let i = 0; i < joined.length; i++) {
    const own = joined[i]!;
    const closest = nearest[i]![0];
    proposed[i] = own;
    if (closest === undefined || stories.sizes.get(own)! < 2 || joined[closest] === own) continue;
    const other = joined[closest]!;
    const v = vectors[i]!;
    if (meanCosine(v, other, stories, false) > meanCosine(v, own, stories, true)) proposed[i] = other;
    yield;
  }
  // A move towards a document that itself moves is void: two near documents swapping stories
  // would end apart.
  return proposed.map((root, i) => {
    const closest = nearest[i]![0];
    return closest !== undefined && proposed[closest] === joined[closest] ? root : joined[i]!;
  });
}

interface StorySums {
  sizes: Map<number, number>;
  /** Per story (by root), the sum of its members' vectors, feature by feature. */
  sums: Map<number, Map<number, number>>;
}

function* storySums(vectors: readonly SparseVector[], roots: Int32Array): Steps<StorySums> {
  const sizes = new Map<number, number>();
  const sums = new Map<number, Map<number, number>>();
  for (let i = 0; i < vectors.length; i++) {
    const v = vectors[i]!;
    yield;
    const root = roots[i]!;
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
    const sum = sums.get(root) ?? new Map<number, number>();
    sums.set(root, sum);
    for (let k = 0; k < v.features.length; k++) {
      const f = v.features[k]!;
      sum.set(f, (sum.get(f) ?? 0) + v.weights[k]!);
    }
  }
  return { sizes, sums };
}

/** Mean cosine of a document to the members of a story (itself left out when a member). */
function meanCosine(v: SparseVector, root: number, { sizes, sums }: StorySums, member: boolean): number {
  const sum = sums.get(root)!;
  let dot = 0;
  for (let k = 0; k < v.features.length; k++) dot += v.weights[k]! * (sum.get(v.features[k]!) ?? 0);
  const others = sizes.get(root)! - (member ? 1 : 0);
  return (dot - (member ? cosine(v, v) : 0)) / Math.max(1, others);
}

/** How alike two documents of a grouping are (the cosine of their story features). */
export const similarity = (g: Grouping, a: number, b: number): number => cosine(g.vectors[a]!, g.vectors[b]!);
