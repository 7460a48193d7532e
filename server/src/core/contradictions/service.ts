import type { SentenceView } from '../alignment/view';
import { officeAnachronisms } from '../anachronisms/officeHolders';
import { BoundedMap } from '../boundedMap';
import { IndexChanges } from '../index/indexChanges';
import type { IndexReader } from '../index/indexReader';
import type { IndexedDocument, WorkspaceIndex } from '../index/workspaceIndex';
import type { MatchService } from '../matching/documentMatches';
import { type SentenceFacts, sharedAnchors } from '../matching/matcher';
import type { Candidate, SentenceRef } from '../matching/sentenceIndex';
import { allowsPair } from '../stories/crossStory';
import { DetectContext } from './context';
import { detectPair, MIN_PAIR_OVERLAP, type SentencePair } from './detect';
import { NameVariantFinder } from './nameVariants';
import { singleSourceClaims } from './singleSource';
import type { Finding } from './types';

/**
 * Candidates compared for conflicts per sentence, most similar first: the same event told by
 * another outlet ranks high, and aligning every candidate would cost more than the analysis.
 */
const CONFLICT_CANDIDATES = 16;
/**
 * Candidates less similar than this are not compared for conflicts. Not higher: the seeds' "undecided
 * vs done" pair (001/003) is told in other words and scores between 0.12 and 0.15.
 */
const CONFLICT_CANDIDATE_COSINE = 0.1;
/**
 * Sentence pairs whose findings are remembered: each pair is met from both of its documents, and a
 * workspace check meets every pair twice, so fewer than the workspace's pairs means judging them
 * twice (a 10 MB workspace has about 400,000; most share one frozen empty answer).
 */
const PAIR_MEMO_SIZE = 1_000_000;
/** Documents and sentences per document a pair key holds (2^16 × 2^10 × 2^16 × 2^10 < 2^53). */
const MEMO_DOCUMENTS = 1 << 16;
const MEMO_SENTENCES = 1 << 10;
/** Sentences of typed documents whose conflicts are remembered. */
const SENTENCE_MEMO_SIZE = 20_000;

/**
 * Findings per document, computed on demand from the document's cross-source matches (conflicts
 * are only sought between passages that report the same thing) and cached until the index changes.
 */
export class FindingService {
  /** Bounded like the matches: a whole-workspace check must not keep every document's findings. */
  private readonly cache = new BoundedMap<string, Finding[]>(2048);
  private readonly variants: NameVariantFinder;
  private readonly context: DetectContext;

  private readonly changes: IndexChanges;

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly matches: MatchService,
  ) {
    this.context = new DetectContext(index);
    this.changes = new IndexChanges(index);
    this.variants = new NameVariantFinder(index, matches.stories);
  }

  /**
   * Drops stale findings: all of them after a full change; after typing, those of the typed
   * documents and of every document whose findings point into them.
   */
  private sync(): void {
    const change = this.changes.next();
    if (change === 'none') return;
    this.variants.reset(change === 'full');
    if (change === 'full') {
      this.cache.clear();
      this.pointingInto.clear();
      this.sentenceMemo.clear();
      this.seenFromOthers.clear();
      this.forgetPairs();
      return;
    }
    const typed = this.index.typedDocuments;
    // Pairs of the typed documents are judged again (under new ids); every other pair keeps its judgement.
    for (const uri of typed) this.documentIds.delete(uri);
    for (const uri of typed) {
      this.cache.delete(uri);
      this.seenFromOthers.delete(uri);
      for (const other of this.pointingInto.get(uri) ?? []) this.cache.delete(other);
    }
    for (const [uri, found] of this.seenFromOthers) {
      const kept = found.filter((f) => !f.others.some((o) => typed.has(o.uri)));
      if (kept.length < found.length) this.seenFromOthers.set(uri, kept);
    }
  }

  /**
   * Findings of sentence pairs (both sides, whichever document asked first), under one number per
   * pair: the two documents' ids and sentence indexes packed in 52 bits. A typed document gets a new
   * id, so its old pairs are never met again (and go when the memo is full).
   */
  private readonly pairMemo = new Map<number, readonly Finding[]>();
  private readonly documentIds = new Map<string, number>();
  private nextDocumentId = 0;

  private forgetPairs(): void {
    this.pairMemo.clear();
    this.documentIds.clear();
    this.nextDocumentId = 0;
  }

  /** The memo key of a pair, or null when a document has more sentences than the key holds. */
  private pairKey(x: { uri: string; sentence: number }, y: { uri: string; sentence: number }): number | null {
    if (x.sentence >= MEMO_SENTENCES || y.sentence >= MEMO_SENTENCES) return null;
    if (this.nextDocumentId >= MEMO_DOCUMENTS - 1) this.forgetPairs();
    const id = (uri: string) => {
      let known = this.documentIds.get(uri);
      if (known === undefined) {
        known = this.nextDocumentId++;
        this.documentIds.set(uri, known);
      }
      return known;
    };
    return (
      ((id(x.uri) * MEMO_SENTENCES + x.sentence) * MEMO_DOCUMENTS + id(y.uri)) * MEMO_SENTENCES + y.sentence
    );
  }

  private pairFindings(pair: SentencePair): readonly Finding[] {
    const aFirst =
      pair.a.uri < pair.b.uri || (pair.a.uri === pair.b.uri && pair.a.sentence < pair.b.sentence);
    const key = aFirst ? this.pairKey(pair.a, pair.b) : this.pairKey(pair.b, pair.a);
    const known = key === null ? undefined : this.pairMemo.get(key);
    if (known) return known;
    const found = detectPair(this.context, pair);
    if (key === null) return found;
    if (this.pairMemo.size >= PAIR_MEMO_SIZE) this.pairMemo.clear();
    this.pairMemo.set(key, found);
    return found;
  }

  /**
   * Conflicts found while checking another document, kept for the document they are reported in:
   * candidate generation is not symmetric (a sentence finds a partner that does not find it), and
   * both sources must show the conflict.
   */
  private readonly seenFromOthers = new Map<string, Finding[]>();

  private rememberForOther(f: Finding): void {
    const known = this.seenFromOthers.get(f.a.uri) ?? [];
    const same = (k: Finding) => k.key === f.key && k.a.start === f.a.start;
    if (known.some(same)) return;
    known.push(f);
    this.seenFromOthers.set(f.a.uri, known);
    const cached = this.cache.get(f.a.uri);
    if (cached?.some(same)) return;
    if (cached) this.cache.delete(f.a.uri); // its cached findings lack this one
    this.learntLate?.add(f.a.uri);
  }

  /** Conflicts of the sentences of typed documents, by sentence text, with the sentence's start then. */
  private readonly sentenceMemo = new Map<string, { start: number; findings: Finding[] }>();
  /** For each document, the documents whose cached findings point into it. */
  private readonly pointingInto = new Map<string, Set<string>>();

  /** The comparable view of a sentence (units with negation, openness, future), shared with the checks. */
  view(uri: string, sentence: number): SentenceView | undefined {
    return this.context.view(uri, sentence);
  }

  /**
   * Computes in slices what the first findings after a change of the workspace would otherwise
   * compute at once (the matches' stories and event index, the people of name variants).
   */
  async prepareInSlices(pause: () => Promise<void>, sliceMs?: number): Promise<void> {
    await this.matches.prepareInSlices(pause, sliceMs);
    this.sync();
    await this.variants.prepareInSlices(pause, sliceMs);
  }

  /** Every finding reported in `uri`, conflicts first, merged per passage and kind. */
  findings(uri: string): Finding[] {
    this.sync();
    const cached = this.cache.get(uri);
    if (cached) return cached;
    const raw: Finding[] = [];
    const matched = this.matches.matches(uri);
    // Conflicts are sought among each sentence's candidates from the sentence index (sub-quadratic):
    // sentences about the same event often disagree too much to count as matches. The detector's own
    // gates (the same kind of predicate, a shared object) keep precision.
    const facts = this.matches.facts(uri);
    const candidates = this.matches.candidates(uri);
    const doc = this.index.document(uri);
    // Only while one document is typed: remembered conflicts must not point into another typed one.
    const typed = this.index.typedDocuments.has(uri) && this.index.typedDocuments.size === 1;
    doc?.analysis.sentences.forEach((s, sentence) => {
      // While the analyst types, a sentence whose text is unchanged keeps its conflicts (moved).
      const memoKey = typed ? `${uri}\u0000${doc.text.slice(s.start, s.end)}` : null;
      const memo = memoKey ? this.sentenceMemo.get(memoKey) : undefined;
      if (memo) {
        for (const f of memo.findings) raw.push(moved(f, s.start - memo.start, sentence));
        return;
      }
      const found: Finding[] = [];
      const sides = {
        own: facts[sentence],
        of: (ref: SentenceRef) => this.matches.facts(ref.uri)[ref.sentence],
      };
      const allows = (pair: SentencePair) =>
        allowsPair(this.matches.stories, uri, pair.b.uri, {
          cosine: pair.similarity ?? 0,
          anchors: pair.anchors ?? 0,
        });
      const pairs = conflictPairs(
        this.index,
        { uri, sentence },
        s.terms.length,
        candidates[sentence] ?? [],
        sides,
        {
          allows,
        },
      );
      for (const pair of pairs) {
        for (const f of this.pairFindings(pair)) {
          if (f.a.uri === uri) found.push(f);
          else this.rememberForOther(f);
        }
      }
      raw.push(...found);
      if (memoKey) {
        if (this.sentenceMemo.size > SENTENCE_MEMO_SIZE) this.sentenceMemo.clear();
        this.sentenceMemo.set(memoKey, { start: s.start, findings: found });
      }
    });
    raw.push(...(this.seenFromOthers.get(uri) ?? []));
    // Another source tells a contradicted sentence otherwise: it reports it, so it is not single-source.
    const disputed = new Set(raw.map((f) => f.a.sentence));
    raw.push(...this.variants.of(uri));
    raw.push(
      ...singleSourceClaims(this.context, uri, matched, candidates).filter(
        (f) => !disputed.has(f.a.sentence),
      ),
    );
    if (doc) raw.push(...officeAnachronisms(datedDocument(doc)));
    const merged = mergeByPassage(raw);
    this.cache.set(uri, merged);
    for (const f of merged) {
      for (const o of f.others) {
        if (!this.pointingInto.has(o.uri)) this.pointingInto.set(o.uri, new Set());
        this.pointingInto.get(o.uri)!.add(uri);
      }
    }
    return merged;
  }

  /**
   * Findings of the whole workspace (each conflict once per side). Two passes: a document checked
   * early learns of the conflicts later documents find with it.
   */
  all(): Finding[] {
    return [...this.allByDocument().values()].flat();
  }

  /**
   * Findings of the whole workspace by document. The first pass's answers are kept here, not only in
   * the bounded cache: a workspace larger than the cache would otherwise be checked twice over.
   * Only documents that learnt of a conflict after their turn are asked again.
   */
  allByDocument(): Map<string, Finding[]> {
    const first = new Map<string, Finding[]>();
    this.learntLate = new Set();
    for (const d of this.index.documents()) {
      first.set(d.uri, this.findings(d.uri));
      this.learntLate.delete(d.uri); // what it was told before its turn, it knows
    }
    const late = this.learntLate;
    this.learntLate = null;
    for (const uri of late) first.set(uri, this.findings(uri));
    return first;
  }

  /** During `all()`: documents that were told of a conflict after their findings were computed. */
  private learntLate: Set<string> | null = null;
}

/**
 * The candidates of a sentence worth judging for conflicts, as pairs, most similar first: of those
 * not too dissimilar and sharing enough terms to align, the `limit` most similar (16 for a
 * sentence's findings) that `allows` (the cross-story rule) keeps. The gates come first, so a
 * candidate that could never be judged takes no place of one that could. `terms` is the sentence's count.
 */
export function conflictPairs(
  index: IndexReader,
  a: SentenceRef,
  terms: number,
  candidates: readonly Candidate[],
  facts: { own: SentenceFacts | undefined; of: (ref: SentenceRef) => SentenceFacts | undefined },
  {
    limit = CONFLICT_CANDIDATES,
    allows = () => true,
  }: { limit?: number; allows?: (pair: SentencePair) => boolean } = {},
): SentencePair[] {
  const pairs: SentencePair[] = [];
  for (const c of candidates) {
    if (c.cosine < CONFLICT_CANDIDATE_COSINE) continue;
    const otherTerms = index.document(c.ref.uri)?.analysis.sentences[c.ref.sentence]?.terms.length ?? 0;
    const overlap = c.shared.length / Math.max(1, Math.min(terms, otherTerms));
    // Pairs too far apart to align are not remembered: most candidates of a large workspace.
    if (overlap < MIN_PAIR_OVERLAP) continue;
    const other = facts.of(c.ref);
    const anchors = facts.own && other ? sharedAnchors(facts.own, other) : 0;
    const pair = { a, b: c.ref, similarity: c.cosine, anchors, overlap };
    if (allows(pair)) pairs.push(pair);
  }
  return pairs.sort((x, y) => (y.similarity ?? 0) - (x.similarity ?? 0)).slice(0, limit);
}

/** A finding of a sentence that moved by `delta` characters to sentence number `sentence`. */
function moved(f: Finding, delta: number, sentence: number): Finding {
  return { ...f, a: { ...f.a, start: f.a.start + delta, end: f.a.end + delta, sentence } };
}

/** Several sources conflicting with one passage in the same way make one finding with several others. */
/** What the anachronism check reads of an indexed document. */
const datedDocument = (doc: IndexedDocument) => ({
  uri: doc.uri,
  text: doc.text,
  published: doc.analysis.metadata.published,
  sentences: doc.analysis.sentences,
  mentions: doc.analysis.mentions,
});

function mergeByPassage(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const k = `${f.kind}|${f.a.start}|${f.a.end}`;
    const existing = byKey.get(k);
    if (!existing) byKey.set(k, { ...f, others: [...f.others] });
    else {
      for (const o of f.others)
        if (!existing.others.some((x) => x.uri === o.uri && x.start === o.start))
          existing.others.push({ ...o, message: f.message });
      existing.confidence = Math.max(existing.confidence, f.confidence);
    }
  }
  return [...byKey.values()].sort((a, b) => a.a.start - b.a.start);
}
