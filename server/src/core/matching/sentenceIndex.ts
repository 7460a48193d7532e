/** A sentence of a document. */
export interface SentenceRef {
  uri: string;
  sentence: number;
}

/**
 * A sentence's distinct terms as term ids (interned once per index), in the order of their first
 * occurrence, and their counts when any occurs more than once. Typed arrays rather than a Map or
 * an array of strings per sentence: a 50 MB workspace has half a million rows.
 */
interface Row {
  uri: string;
  sentence: number;
  terms: Int32Array;
  counts: Int32Array | null;
}

const countAt = (row: Row, i: number): number => (row.counts ? row.counts[i]! : 1);

/** A sentence's distinct terms in order of first occurrence, and their counts (null when all are 1). */
function distinctTerms(terms: readonly string[]): { distinct: string[]; counts: number[] | null } {
  const position = new Map<string, number>();
  const distinct: string[] = [];
  let counts: number[] | null = null;
  for (const t of terms) {
    const at = position.get(t);
    if (at === undefined) {
      position.set(t, distinct.length);
      distinct.push(t);
      counts?.push(1);
    } else {
      counts ??= distinct.map(() => 1);
      counts[at]!++;
    }
  }
  return { distinct, counts };
}

/** Sublinear term frequency; most terms occur once in a sentence. */
const tfWeight = (tf: number): number => (tf === 1 ? 1 : 1 + Math.log(tf));
/** tfWeight of the counts a posting holds (1..15), looked up rather than computed in the walk. */
const TF_WEIGHT = Float64Array.from({ length: 16 }, (_, tf) => (tf === 0 ? 0 : tfWeight(tf)));

/** A term id for text the index has never seen (absent from every posting). */
const UNKNOWN_TERM = -1;

/**
 * The k ids with the highest scores, best first, without sorting everything. Ties go to the
 * earlier sentence by `order`, so the result does not depend on the order documents were indexed.
 */
export function topK(
  ids: number[],
  scores: Float64Array,
  k: number,
  before: (a: number, b: number) => boolean,
): Array<[number, number]> {
  const best: Array<[number, number]> = [];
  const better = (a: [number, number], b: [number, number]): boolean =>
    a[1] > b[1] || (a[1] === b[1] && before(a[0], b[0]));
  for (const id of ids) {
    const score = scores[id]!;
    // Most rows lose to the current k-th at once: a plain comparison before any call.
    if (best.length === k && score < best[k - 1]![1]) continue;
    const entry: [number, number] = [id, score];
    if (best.length === k && !better(entry, best[k - 1]!)) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && better(entry, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = entry;
  }
  return best;
}

/** The `n` candidates of highest cosine (a candidate list is ordered by partial scores). */
export function mostSimilar(candidates: readonly Candidate[], n: number): readonly Candidate[] {
  if (candidates.length <= n) return candidates;
  return [...candidates].sort((x, y) => y.cosine - x.cosine).slice(0, n);
}

export interface Candidate {
  ref: SentenceRef;
  /** TF-IDF cosine of the two sentences, 0..1. */
  cosine: number;
  /** Terms the two sentences share. */
  shared: string[];
}

/** Postings of terms in more sentences than this fraction (and this floor) are not walked. */
const COMMON_TERM_FRACTION = 0.05;
const COMMON_TERM_FLOOR = 60;
/**
 * Prefix filtering: only the rarest terms of a sentence generate candidates, as many as fit in this
 * many postings together (whole terms, chosen by document frequency, so the candidates do not
 * depend on the order documents were indexed). A true match shares the rare terms; common ones
 * only add noise and cost.
 */
const RAREST_TERMS = 6;
const POSTINGS_BUDGET = 3000;
/** Candidates kept from the postings walk before exact scoring. */
const CANDIDATES_PER_QUERY = 24;

/**
 * An inverted index of sentence terms over the whole workspace. Candidate generation walks only
 * the postings of a sentence's rarer terms, so the work per query depends on how specific the
 * sentence is, not on the size of the workspace: matching all sentences stays near-linear.
 * Documents are added and removed individually (an edit replaces one document's rows).
 */
export class SentenceIndex {
  private readonly rows: Array<Row | null> = [];
  /** Term text → term id, and back; ids are never reused (an edit adds few new terms). */
  private readonly termIds = new Map<string, number>();
  private readonly termText: string[] = [];
  /** Sentences holding each term id (0 once none does). */
  private df = new Int32Array(1024);
  /**
   * Postings of each term id, each `row * 16 + min(tf, 15)`, in row order, the first
   * `postingLength[id]` entries of a growing array, so the hot loop reads no maps and no strings;
   * beside each, the row's document number (-1 once the row is removed), read in the same order.
   */
  private readonly postings: Int32Array[] = [];
  private readonly postingDocuments: Int32Array[] = [];
  private postingLength = new Int32Array(1024);
  /** Document number of each row (-1 once removed): the walk skips the query's own document. */
  private rowDocument = new Int32Array(1024);
  private readonly documentNumbers = new Map<string, number>();
  private readonly byDocument = new Map<string, number[]>();
  private liveRows = 0;
  private deadRows = 0;
  private scratch = new Float64Array(0);
  private readonly touched: number[] = [];
  /** Position of each term id in the current query row, valid where `queryStamp` holds `stamp`. */
  private queryPosition = new Int32Array(1024);
  private queryStamp = new Int32Array(1024);
  private stamp = 0;
  /** Row norms depend on every document (through idf): cached until the next change. */
  private norms = new Float64Array(0);
  private normEpoch = new Int32Array(0);
  private epoch = 1;

  get sentenceCount(): number {
    return this.liveRows;
  }

  /** The id of a term, interned when new. */
  private intern(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termText.length;
      this.termIds.set(term, id);
      this.termText.push(term);
      if (id >= this.df.length) {
        const size = this.df.length * 2;
        this.df = grown(this.df, size);
        this.postingLength = grown(this.postingLength, size);
        this.queryPosition = grown(this.queryPosition, size);
        this.queryStamp = grown(this.queryStamp, size);
      }
      this.postings.push(EMPTY_POSTINGS);
      this.postingDocuments.push(EMPTY_POSTINGS);
    }
    return id;
  }

  /** A row of term ids; with `intern` false, a term the index has never seen is UNKNOWN_TERM. */
  private rowOf(uri: string, sentence: number, terms: readonly string[], intern: boolean): Row {
    const { distinct, counts } = distinctTerms(terms);
    const ids = new Int32Array(distinct.length);
    distinct.forEach((t, i) => {
      ids[i] = intern ? this.intern(t) : (this.termIds.get(t) ?? UNKNOWN_TERM);
    });
    return { uri, sentence, terms: ids, counts: counts ? Int32Array.from(counts) : null };
  }

  private addPosting(term: number, posting: number, document: number): void {
    let list = this.postings[term]!;
    let documents = this.postingDocuments[term]!;
    const n = this.postingLength[term]!;
    if (n === list.length) {
      list = grown(list, Math.max(4, n * 2));
      documents = grown(documents, list.length);
      this.postings[term] = list;
      this.postingDocuments[term] = documents;
    }
    list[n] = posting;
    documents[n] = document;
    this.postingLength[term] = n + 1;
  }

  /** Marks row `id`'s posting of `term` removed (postings are in row order: a binary search). */
  private removePosting(term: number, id: number): void {
    const list = this.postings[term]!;
    let lo = 0;
    let hi = this.postingLength[term]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const row = list[mid]! >> 4;
      if (row < id) lo = mid + 1;
      else if (row > id) hi = mid - 1;
      else {
        this.postingDocuments[term]![mid] = -1;
        return;
      }
    }
  }

  setDocument(uri: string, sentences: ReadonlyArray<{ terms: readonly string[] }>): void {
    this.removeDocument(uri);
    this.epoch++;
    let docNumber = this.documentNumbers.get(uri);
    if (docNumber === undefined) {
      docNumber = this.documentNumbers.size;
      this.documentNumbers.set(uri, docNumber);
    }
    const ids: number[] = [];
    sentences.forEach((s, sentence) => {
      const row = this.rowOf(uri, sentence, s.terms, true);
      const id = this.rows.length;
      this.rows.push(row);
      if (id >= this.rowDocument.length) this.rowDocument = grown(this.rowDocument, id * 2);
      this.rowDocument[id] = docNumber;
      ids.push(id);
      this.liveRows++;
      for (let i = 0; i < row.terms.length; i++) {
        const term = row.terms[i]!;
        this.df[term]!++;
        this.addPosting(term, id * 16 + Math.min(countAt(row, i), 15), docNumber);
      }
    });
    this.byDocument.set(uri, ids);
  }

  removeDocument(uri: string): void {
    const ids = this.byDocument.get(uri);
    if (!ids) return;
    this.epoch++;
    for (const id of ids) {
      const row = this.rows[id];
      if (!row) continue;
      for (const term of row.terms) {
        if (this.df[term]! > 0) this.df[term]!--;
        this.removePosting(term, id);
      }
      this.rows[id] = null;
      this.rowDocument[id] = -1;
      this.liveRows--;
      this.deadRows++;
    }
    this.byDocument.delete(uri);
    if (this.deadRows > 1000 && this.deadRows > this.liveRows) this.compact();
  }

  /** Drops dead rows from the postings once they outnumber the live ones (order kept). */
  private compact(): void {
    this.postings.forEach((list, term) => {
      const documents = this.postingDocuments[term]!;
      const n = this.postingLength[term]!;
      let kept = 0;
      for (let k = 0; k < n; k++) {
        if (documents[k]! < 0) continue;
        list[kept] = list[k]!;
        documents[kept++] = documents[k]!;
      }
      this.postingLength[term] = kept;
      if (kept === 0) {
        this.postings[term] = EMPTY_POSTINGS;
        this.postingDocuments[term] = EMPTY_POSTINGS;
      }
    });
    this.deadRows = 0;
  }

  /** Sentences holding a term id (UNKNOWN_TERM: none). */
  private dfOf(term: number): number {
    return term < 0 ? 0 : this.df[term]!;
  }

  /** The idf of a term id; a term no sentence holds counts as one. */
  private idfOf(term: number): number {
    return Math.log(1 + this.liveRows / (this.dfOf(term) || 1));
  }

  idf(term: string): number {
    return this.idfOf(this.termIds.get(term) ?? UNKNOWN_TERM);
  }

  /** The TF-IDF norm of a row of term ids. */
  private normOf(row: Row): number {
    let sum = 0;
    for (let i = 0; i < row.terms.length; i++)
      sum += (tfWeight(countAt(row, i)) * this.idfOf(row.terms[i]!)) ** 2;
    return Math.sqrt(sum);
  }

  private norm(id: number): number {
    if (this.norms.length < this.rows.length) {
      const size = this.rows.length * 2;
      this.norms = new Float64Array(size);
      this.normEpoch = new Int32Array(size);
    }
    if (this.normEpoch[id] === this.epoch) return this.norms[id]!;
    this.norms[id] = this.normOf(this.rows[id]!);
    this.normEpoch[id] = this.epoch;
    return this.norms[id]!;
  }

  /**
   * Each document number's place in URI order, until the next change: ties between candidates are
   * frequent (the same rare terms give the same partial score), and comparing long URIs that share
   * their folder was a tenth of matching.
   */
  private uriRank = new Int32Array(0);
  private uriRankEpoch = 0;

  private ranks(): Int32Array {
    if (this.uriRankEpoch === this.epoch) return this.uriRank;
    const uris = [...this.documentNumbers.keys()].sort();
    const rank = new Int32Array(this.documentNumbers.size);
    uris.forEach((uri, i) => {
      rank[this.documentNumbers.get(uri)!] = i;
    });
    this.uriRank = rank;
    this.uriRankEpoch = this.epoch;
    return rank;
  }

  /** Whether row a comes before row b in workspace order (by document URI, then sentence). */
  private readonly rowBefore = (a: number, b: number): boolean => {
    const da = this.rowDocument[a]!;
    const db = this.rowDocument[b]!;
    if (da !== db) {
      const rank = this.ranks();
      return rank[da]! < rank[db]!;
    }
    return this.rows[a]!.sentence < this.rows[b]!.sentence;
  };

  /** Per term id, how many sentences of one document hold it: the last document asked about, kept until a change. */
  private own: { uri: string; epoch: number; counts: Map<number, number> } | null = null;

  private ownTerms(uri: string): Map<number, number> {
    if (this.own?.uri === uri && this.own.epoch === this.epoch) return this.own.counts;
    const counts = new Map<number, number>();
    for (const id of this.byDocument.get(uri) ?? []) {
      const row = this.rows[id];
      if (row) for (const term of row.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    this.own = { uri, epoch: this.epoch, counts };
    return counts;
  }

  /** The sentences of other documents most similar to sentence `sentence` of `uri`. */
  candidates(uri: string, sentence: number): Candidate[] {
    const id = this.byDocument.get(uri)?.[sentence];
    const row = id === undefined ? null : this.rows[id];
    if (!row || row.terms.length === 0) return [];
    // Rarity counts other documents only: a term of this document alone finds nothing elsewhere.
    return this.walk(row, this.documentNumbers.get(uri)!, this.ownTerms(uri), this.norm(id!));
  }

  /**
   * The indexed sentences most similar to a sentence that is not indexed (a claim the analyst
   * checks): the same walk, over every document, with the idf of the indexed workspace alone.
   */
  candidatesFor(terms: readonly string[], limit = CANDIDATES_PER_QUERY): Candidate[] {
    const row = this.rowOf('', -1, terms, false);
    if (row.terms.length === 0) return [];
    return this.walk(row, NO_DOCUMENT, new Map(), this.normOf(row), limit);
  }

  /**
   * Candidate generation for one query row: postings of its rarest terms (within the budget) into
   * partial scores, the best few, then their exact cosine. `own` counts the query document's
   * sentences per term, so terms found only there generate nothing.
   */
  private walk(
    row: Row,
    queryDocument: number,
    own: ReadonlyMap<number, number>,
    queryNorm: number,
    limit = CANDIDATES_PER_QUERY,
  ): Candidate[] {
    const common = Math.max(COMMON_TERM_FLOOR, this.liveRows * COMMON_TERM_FRACTION);
    const terms = row.terms;
    const elsewhere = new Int32Array(terms.length);
    const eligible: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const df = this.dfOf(terms[i]!);
      elsewhere[i] = df - (own.get(terms[i]!) ?? 0);
      if (elsewhere[i]! > 0 && df <= common) eligible.push(i);
    }
    eligible.sort(
      (a, b) =>
        elsewhere[a]! - elsewhere[b]! || (this.termText[terms[a]!]! < this.termText[terms[b]!]! ? -1 : 1),
    );
    let chosen = 0;
    let budget = POSTINGS_BUDGET;
    for (const i of eligible) {
      const df = this.df[terms[i]!]!;
      if (chosen === RAREST_TERMS || df > budget) break;
      eligible[chosen++] = i;
      budget -= df;
    }
    // Accumulate in a reusable array indexed by row: the walk is the hot loop of matching.
    if (this.scratch.length < this.rows.length) this.scratch = new Float64Array(this.rows.length * 2);
    const scores = this.scratch;
    const touched = this.touched;
    touched.length = 0;
    for (let c = 0; c < chosen; c++) {
      const i = eligible[c]!;
      const term = terms[i]!;
      const idf = this.idfOf(term);
      const w = tfWeight(countAt(row, i)) * idf * idf;
      const list = this.postings[term]!;
      const documents = this.postingDocuments[term]!;
      const n = this.postingLength[term]!;
      for (let k = 0; k < n; k++) {
        const doc = documents[k]!;
        if (doc < 0 || doc === queryDocument) continue;
        const posting = list[k]!;
        const other = posting >> 4;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * TF_WEIGHT[posting & 15]!;
      }
    }
    const top = topK(touched, scores, limit, this.rowBefore);
    for (const id of touched) scores[id] = 0;
    const exact = this.exactScorer(row, queryNorm);
    return top.map(([other]) => exact(other));
  }

  /**
   * The exact cosine and shared terms of a query row against indexed rows: the query's term
   * positions by term id, so each candidate is one pass over its term ids. The scorer is valid
   * until the next one is made (they share the position table).
   */
  private exactScorer(row: Row, queryNorm: number): (other: number) => Candidate {
    const stamp = ++this.stamp;
    const position = this.queryPosition;
    const stamps = this.queryStamp;
    // A shared term has the same idf on both sides: looked up once per query, not per candidate.
    const queryIdf = new Float64Array(row.terms.length);
    for (let i = 0; i < row.terms.length; i++) {
      const term = row.terms[i]!;
      queryIdf[i] = this.idfOf(term);
      if (term >= 0) {
        position[term] = i;
        stamps[term] = stamp;
      }
    }
    const sharedAt = new Uint8Array(row.terms.length);
    return (other) => {
      const r = this.rows[other]!;
      let dot = 0;
      let sharedCount = 0;
      for (let k = 0; k < r.terms.length; k++) {
        const term = r.terms[k]!;
        if (stamps[term] !== stamp) continue;
        const i = position[term]!;
        const idf = queryIdf[i]!;
        dot += tfWeight(countAt(row, i)) * idf * tfWeight(countAt(r, k)) * idf;
        sharedAt[i] = 1;
        sharedCount++;
      }
      // In the query's term order, whatever the other sentence's order.
      const shared: string[] = [];
      for (let i = 0; sharedCount > 0 && i < sharedAt.length; i++) {
        if (sharedAt[i] === 0) continue;
        sharedAt[i] = 0;
        sharedCount--;
        shared.push(this.termText[row.terms[i]!]!);
      }
      const cosine = dot / Math.max(1e-9, queryNorm * this.norm(other));
      return { ref: { uri: r.uri, sentence: r.sentence }, cosine: Math.min(1, cosine), shared };
    };
  }

  /**
   * Sentence `sentence` of `uri` scored against other indexed sentences found by other means (the
   * same event word): exact cosine and shared terms, as for the candidates of the walk.
   */
  scorePairs(uri: string, sentence: number, others: readonly SentenceRef[]): Candidate[] {
    const id = this.byDocument.get(uri)?.[sentence];
    const row = id === undefined ? null : this.rows[id];
    if (!row) return [];
    const exact = this.exactScorer(row, this.norm(id!));
    const out: Candidate[] = [];
    for (const o of others) {
      const other = this.byDocument.get(o.uri)?.[o.sentence];
      if (other !== undefined && this.rows[other]) out.push(exact(other));
    }
    return out;
  }
}

/** The query of `candidatesFor` belongs to no document. */
const NO_DOCUMENT = -2;
const EMPTY_POSTINGS = new Int32Array(0);

/** A copy of `array` with room for `size` entries. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}
