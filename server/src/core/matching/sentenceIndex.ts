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
  private readonly postings = new Map<string, number[]>();
  private readonly df = new Map<string, number>();
  private readonly byDocument = new Map<string, number[]>();
  private liveRows = 0;
  private deadRows = 0;

  get sentenceCount(): number {
    return this.liveRows;
  }

  setDocument(uri: string, sentences: ReadonlyArray<{ terms: readonly string[] }>): void {
    this.removeDocument(uri);
    const ids: number[] = [];
    sentences.forEach((s, sentence) => {
      const tf = new Map<string, number>();
      for (const t of s.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      const id = this.rows.length;
      this.rows.push({ uri, sentence, tf });
      ids.push(id);
      this.liveRows++;
      for (const term of tf.keys()) {
        this.df.set(term, (this.df.get(term) ?? 0) + 1);
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
        }
        list.push(id);
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
      this.liveRows--;
      this.deadRows++;
    }
    this.byDocument.delete(uri);
    if (this.deadRows > 1000 && this.deadRows > this.liveRows) this.compact();
  }

  /** Drops dead rows from the postings once they outnumber the live ones. */
  private compact(): void {
    for (const [term, list] of this.postings) {
      const kept = list.filter((id) => this.rows[id] !== null);
      if (kept.length === 0) this.postings.delete(term);
      else this.postings.set(term, kept);
    }
    this.deadRows = 0;
  }

  idf(term: string): number {
    return Math.log(1 + this.liveRows / (this.df.get(term) ?? 1));
  }

  private weight(tf: number, term: string): number {
    return (1 + Math.log(tf)) * this.idf(term);
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
    const partial = new Map<number, number>();
    for (const [term, n] of row.tf) {
      if ((this.df.get(term) ?? 0) > common) continue;
      const w = this.weight(n, term);
      for (const other of this.postings.get(term) ?? []) {
        const r = this.rows[other];
        if (!r || r.uri === uri) continue;
        partial.set(other, (partial.get(other) ?? 0) + w * this.weight(r.tf.get(term)!, term));
      }
    }
    const top = [...partial].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_PER_QUERY);
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
