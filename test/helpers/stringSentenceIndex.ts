// The sentence index as it was before term ids and typed-array postings (string term keys, Maps):
// the reference the current index must equal bit for bit (test/unit/sentenceIndex.test.ts).
import { type Candidate, type SentenceRef, topK } from '../../server/src/core/matching/sentenceIndex';

/**
 * A sentence's distinct terms, and their counts when any occurs more than once. Arrays rather than a
 * Map per sentence: a 50 MB workspace has half a million rows, and Maps would double the index.
 */
interface Row {
  uri: string;
  sentence: number;
  terms: string[];
  counts: number[] | null;
}

const countAt = (row: Row, i: number): number => (row.counts ? row.counts[i]! : 1);

function rowOf(uri: string, sentence: number, terms: readonly string[]): Row {
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
  return { uri, sentence, terms: distinct, counts };
}

/** Sublinear term frequency; most terms occur once in a sentence. */
const tfWeight = (tf: number): number => (tf === 1 ? 1 : 1 + Math.log(tf));

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
export class StringSentenceIndex {
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
  /** Row norms depend on every document (through idf): cached until the next change. */
  private norms = new Float64Array(0);
  private normEpoch = new Int32Array(0);
  private epoch = 1;

  get sentenceCount(): number {
    return this.liveRows;
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
      const row = rowOf(uri, sentence, s.terms);
      const id = this.rows.length;
      this.rows.push(row);
      this.rowDocument.push(docNumber);
      ids.push(id);
      this.liveRows++;
      row.terms.forEach((term, i) => {
        this.df.set(term, (this.df.get(term) ?? 0) + 1);
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
        }
        list.push(id * 16 + Math.min(countAt(row, i), 15));
      });
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

  private norm(id: number): number {
    if (this.norms.length < this.rows.length) {
      const size = this.rows.length * 2;
      this.norms = new Float64Array(size);
      this.normEpoch = new Int32Array(size);
    }
    if (this.normEpoch[id] === this.epoch) return this.norms[id]!;
    let sum = 0;
    const row = this.rows[id]!;
    row.terms.forEach((term, i) => {
      sum += this.weight(countAt(row, i), term) ** 2;
    });
    this.norms[id] = Math.sqrt(sum);
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

  /** Per term, how many sentences of one document hold it: the last document asked about, kept until a change. */
  private own: { uri: string; epoch: number; counts: Map<string, number> } | null = null;

  private ownTerms(uri: string): Map<string, number> {
    if (this.own?.uri === uri && this.own.epoch === this.epoch) return this.own.counts;
    const counts = new Map<string, number>();
    for (const id of this.byDocument.get(uri) ?? []) {
      for (const term of this.rows[id]?.terms ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
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
    return this.walk(row, this.documentNumbers.get(uri), this.ownTerms(uri), this.norm(id!));
  }

  /**
   * The indexed sentences most similar to a sentence that is not indexed (a claim the analyst
   * checks): the same walk, over every document, with the idf of the indexed workspace alone.
   */
  candidatesFor(terms: readonly string[], limit = CANDIDATES_PER_QUERY): Candidate[] {
    const row = rowOf('', -1, terms);
    if (row.terms.length === 0) return [];
    let sum = 0;
    row.terms.forEach((term, i) => {
      sum += this.weight(countAt(row, i), term) ** 2;
    });
    return this.walk(row, undefined, new Map(), Math.sqrt(sum), limit);
  }

  /**
   * Candidate generation for one query row: postings of its rarest terms (within the budget) into
   * partial scores, the best few, then their exact cosine. `own` counts the query document's
   * sentences per term, so terms found only there generate nothing.
   */
  private walk(
    row: Row,
    queryDocument: number | undefined,
    own: ReadonlyMap<string, number>,
    queryNorm: number,
    limit = CANDIDATES_PER_QUERY,
  ): Candidate[] {
    const common = Math.max(COMMON_TERM_FLOOR, this.liveRows * COMMON_TERM_FRACTION);
    const byRarity = row.terms
      .map((term, i) => ({
        term,
        i,
        df: this.df.get(term) ?? 0,
        elsewhere: (this.df.get(term) ?? 0) - (own.get(term) ?? 0),
      }))
      .filter((t) => t.elsewhere > 0 && t.df <= common)
      .sort((a, b) => a.elsewhere - b.elsewhere || (a.term < b.term ? -1 : 1));
    const rarest: Array<{ term: string; i: number }> = [];
    let budget = POSTINGS_BUDGET;
    for (const t of byRarity) {
      if (rarest.length === RAREST_TERMS || t.df > budget) break;
      rarest.push(t);
      budget -= t.df;
    }
    // Accumulate in a reusable array indexed by row: the walk is the hot loop of matching.
    if (this.scratch.length < this.rows.length) this.scratch = new Float64Array(this.rows.length * 2);
    const scores = this.scratch;
    const touched: number[] = [];
    for (const { term, i } of rarest) {
      const idf = this.idf(term);
      const w = tfWeight(countAt(row, i)) * idf * idf;
      for (const posting of this.postings.get(term) ?? []) {
        const other = posting >> 4;
        const doc = this.rowDocument[other]!;
        if (doc < 0 || doc === queryDocument) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += w * tfWeight(posting & 15);
      }
    }
    const top = topK(touched, scores, limit, this.rowBefore);
    for (const id of touched) scores[id] = 0;
    const exact = this.exactScorer(row, queryNorm);
    return top.map(([other]) => exact(other));
  }

  /** The exact cosine and shared terms of a query row against indexed rows. */
  private exactScorer(row: Row, queryNorm: number): (other: number) => Candidate {
    const queryPosition = new Map(row.terms.map((t, i) => [t, i]));
    // A shared term has the same idf on both sides: looked up once per query, not per candidate.
    const queryIdf = row.terms.map((t) => this.idf(t));
    return (other) => {
      const r = this.rows[other]!;
      let dot = 0;
      const sharedAt: number[] = [];
      r.terms.forEach((term, k) => {
        const i = queryPosition.get(term);
        if (i === undefined) return;
        const idf = queryIdf[i]!;
        dot += tfWeight(countAt(row, i)) * idf * tfWeight(countAt(r, k)) * idf;
        sharedAt.push(i);
      });
      // In the query's term order, whatever the other sentence's order.
      const shared = sharedAt.sort((a, b) => a - b).map((i) => row.terms[i]!);
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
