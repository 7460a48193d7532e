import type { SentenceRef } from './sentenceIndex';

/**
 * Postings walked per sentence, rarest event key first: a story a hundred outlets cover names its
 * event in hundreds of sentences, and a dozen reports of it are enough (bounded work per sentence,
 * whatever the story's size).
 */
const POSTINGS_WALKED = 64;
/** A posting is `document * SENTENCES + sentence`: numbers, not objects (a workspace has millions). */
const SENTENCES = 2 ** 20;

/**
 * An inverted index of the event keys of sentences (`eventWords.ts`) within each story: the
 * candidates of event-level matching are sentences of other documents of the same story that name
 * the same happening. Documents are added and removed individually, as in the sentence index.
 */
export class EventIndex {
  /** Story → event key → postings, in the order documents were added. */
  private readonly postings = new Map<string, Map<string, number[]>>();
  private readonly keysOf = new Map<string, { story: string; keys: string[] }>();
  private readonly numberOf = new Map<string, number>();
  private readonly uris: string[] = [];

  private documentNumber(uri: string): number {
    let n = this.numberOf.get(uri);
    if (n === undefined) {
      n = this.uris.length;
      this.uris.push(uri);
      this.numberOf.set(uri, n);
    }
    return n;
  }

  setDocument(uri: string, story: string, keysPerSentence: readonly (readonly string[])[]): void {
    this.removeDocument(uri);
    const base = this.documentNumber(uri) * SENTENCES;
    let postings = this.postings.get(story);
    if (!postings) {
      postings = new Map();
      this.postings.set(story, postings);
    }
    const used = new Set<string>();
    keysPerSentence.forEach((keys, sentence) => {
      if (sentence >= SENTENCES) return;
      for (const key of keys) {
        const list = postings.get(key);
        if (list) list.push(base + sentence);
        else postings.set(key, [base + sentence]);
        used.add(key);
      }
    });
    if (used.size > 0) this.keysOf.set(uri, { story, keys: [...used] });
  }

  removeDocument(uri: string): void {
    const filed = this.keysOf.get(uri);
    if (!filed) return;
    const n = this.numberOf.get(uri)!;
    const postings = this.postings.get(filed.story)!;
    for (const key of filed.keys) {
      const left = postings.get(key)!.filter((p) => Math.floor(p / SENTENCES) !== n);
      if (left.length > 0) postings.set(key, left);
      else postings.delete(key);
    }
    this.keysOf.delete(uri);
  }

  /** Sentences of other documents of `story` sharing one of `keys`, rarest key first, bounded. */
  candidates(uri: string, story: string, keys: readonly string[]): SentenceRef[] {
    const own = this.numberOf.get(uri);
    const postings = this.postings.get(story);
    if (!postings) return [];
    const lists: number[][] = [];
    for (const k of keys) {
      const list = postings.get(k);
      if (list && list.length > 1) lists.push(list);
    }
    if (lists.length === 0) return [];
    lists.sort((a, b) => a.length - b.length);
    const seen = new Set<number>();
    let walked = 0;
    for (const list of lists) {
      for (const p of list) {
        if (walked++ >= POSTINGS_WALKED) return this.refs(seen);
        if (Math.floor(p / SENTENCES) !== own) seen.add(p);
      }
    }
    return this.refs(seen);
  }

  private refs(postings: ReadonlySet<number>): SentenceRef[] {
    return [...postings].map((p) => ({
      uri: this.uris[Math.floor(p / SENTENCES)]!,
      sentence: p % SENTENCES,
    }));
  }
}
