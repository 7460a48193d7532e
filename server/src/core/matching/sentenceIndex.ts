/** A sentence of a document. */
export interface SentenceRef {
  uri: string;
  sentence: number;
}

interface Row {
  uri: string;
  sentence: number;
  tf: Map<string, number>;
}

/** Sublinear term frequency; most terms occur once in a sentence. */
const tfWeight = (tf: number): number => (tf === 1 ? 1 : 1 + Math.log(tf));

/** The k ids with the highest scores, best first, without sorting everything. */
function topK(ids: number[], scores: Float64Array, k: number): Array<[number, number]> {
  const best: Array<[number, number]> = [];
  for (const id of ids) {
    const entry: [number, number] = [id, scores[id]!];
    if (best.length === k && entry[1] <= best[k - 1]![1]) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && best[i - 1]![1] < entry[1]) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = entry;
  }
  return best;
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
 * Prefix filtering: only the rarest terms of a sentence generate candidates, and the walk stops
 * after this many postings. A true match shares the rare terms; common ones only add noise and cost.
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
  /** Term → postings, each `row * 16 + min(tf, 15)`, so the hot loop reads no maps. */
  private readonly postings = new Map<string, number[]>();
  /** Document number of each row (-1 once removed): the walk skips the query's own document. */
  private readonly rowDocument: number[] = [];
  private readonly documentNumbers = new Map<string, number>();
  private readonly df = new Map<string, number>();
  private readonly byDocument = new Map<string, number[]>();
  private liveRows = 0;
  private deadRows = 0;
  private scratch = new Float64Array(0);

  get sentenceCount(): number {
    return this.liveRows;
  }

  setDocument(uri: string, sentences: ReadonlyArray<{ terms: readonly string[] }>): void {
    this.removeDocument(uri);
    let docNumber = this.documentNumbers.get(uri);
    if (docNumber === undefined) {
      docNumber = this.documentNumbers.size;
      this.documentNumbers.set(uri, docNumber);
    }
    const ids: number[] = [];
    sentences.forEach((s, sentence) => {
      const tf = new Map<string, number>();
      for (const t of s.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      const id = this.rows.length;
      this.rows.push({ uri, sentence, tf });
      this.rowDocument.push(docNumber);
      ids.push(id);
      this.liveRows++;
      for (const term of tf.keys()) {
        this.df.set(term, (this.df.get(term) ?? 0) + 1);
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
        }
        list.push(id * 16 + Math.min(tf.get(term)!, 15));
      }
    });
    this.byDocument.set(uri, ids);
  }

  removeDocument(uri: string): void {
    const ids = this.byDocument.get(uri);
    if (!ids) return;
    for (const id of ids) {
      const row = this.rows[id];
      if (!row) continue;
      for (const term of row.tf.keys()) {
        const n = (this.df.get(term) ?? 1) - 1;
        if (n <= 0) this.df.delete(term);
        else this.df.set(term, n);
      }
      this.rows[id] = null;
      this.rowDocument[id] = -1;
      this.liveRows--;
      this.deadRows++;
    }
    this.byDocument.delete(uri);
    if (this.deadRows > 1000 && this.deadRows > this.liveRows) this.compact();
  }

  /** Drops dead rows from the postings once they outnumber the live ones. */
  private compact(): void {
    for (const [term, list] of this.postings) {
      const kept = list.filter((posting) => this.rows[posting >> 4] !== null);
      if (kept.length === 0) this.postings.delete(term);
      else this.postings.set(term, kept);
    }
    this.deadRows = 0;
  }

  idf(term: string): number {
    return Math.log(1 + this.liveRows / (this.df.get(term) ?? 1));
  }

  private weight(tf: number, term: string): number {
    return tfWeight(tf) * this.idf(term);
  }

  private norm(tf: Map<string, number>): number {
    let sum = 0;
    for (const [term, n] of tf) sum += this.weight(n, term) ** 2;
    return Math.sqrt(sum);
  }

  /** The sentences of other documents most similar to sentence `sentence` of `uri`. */
  candidates(uri: string, sentence: number): Candidate[] {
    const id = this.byDocument.get(uri)?.[sentence];
    const row = id === undefined ? null : this.rows[id];
    if (!row || row.tf.size === 0) return [];
    const common = Math.max(COMMON_TERM_FLOOR, this.liveRows * COMMON_TERM_FRACTION);
    const queryDocument = this.documentNumbers.get(uri);
    const rarest = [...row.tf.keys()]
      .filter((term) => (this.df.get(term) ?? 0) <= common)
      .sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0))
      .slice(0, RAREST_TERMS);
    // Accumulate in a reusable array indexed by row: the walk is the hot loop of matching.
    if (this.scratch.length < this.rows.length) this.scratch = new Float64Array(this.rows.length * 2);
    const scores = this.scratch;
    const touched: number[] = [];
    let walked = 0;
    for (const term of rarest) {
      const idf = this.idf(term);
      const w = tfWeight(row.tf.get(term)!) * idf * idf;
      for (const posting of this.postings.get(term) ?? []) {
        if (++walked > POSTINGS_BUDGET) break;
        const other = posting >> 4;
        const doc = this.rowDocument[other]!;
        if (doc < 0 || doc === queryDocument) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * tfWeight(posting & 15);
      }
      if (walked > POSTINGS_BUDGET) break;
    }
    const top = topK(touched, scores, CANDIDATES_PER_QUERY);
    for (const id of touched) scores[id] = 0;
    const queryNorm = this.norm(row.tf);
    return top.map(([other]) => {
      const r = this.rows[other]!;
      let dot = 0;
      const shared: string[] = [];
      for (const [term, n] of row.tf) {
        const m = r.tf.get(term);
        if (m === undefined) continue;
        dot += this.weight(n, term) * this.weight(m, term);
        shared.push(term);
      }
      const cosine = dot / Math.max(1e-9, queryNorm * this.norm(r.tf));
      return { ref: { uri: r.uri, sentence: r.sentence }, cosine: Math.min(1, cosine), shared };
    });
  }
}
