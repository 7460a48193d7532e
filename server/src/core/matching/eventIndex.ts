import type { SentenceRef } from './sentenceIndex';

/**
 * Postings walked per sentence, rarest event key first: a story a hundred outlets cover names its
 * event in hundreds of sentences, and a dozen reports of it are enough (bounded work per sentence,
 * whatever the story's size).
 */
const POSTINGS_WALKED = 64;

/**
 * An inverted index of the event keys of sentences (`eventWords.ts`) within each story: the
 * candidates of event-level matching are sentences of other documents of the same story that name
 * the same happening. Documents are added and removed individually, as in the sentence index.
 */
export class EventIndex {
  /** "story\u0000key" → sentences, in the order documents were added. */
  private readonly postings = new Map<string, SentenceRef[]>();
  private readonly keysOf = new Map<string, string[]>();

  private static key = (story: string, eventKey: string): string => `${story}\u0000${eventKey}`;

  setDocument(uri: string, story: string, keysPerSentence: readonly (readonly string[])[]): void {
    this.removeDocument(uri);
    const used = new Set<string>();
    keysPerSentence.forEach((keys, sentence) => {
      for (const k of keys) {
        const key = EventIndex.key(story, k);
        const list = this.postings.get(key);
        if (list) list.push({ uri, sentence });
        else this.postings.set(key, [{ uri, sentence }]);
        used.add(key);
      }
    });
    this.keysOf.set(uri, [...used]);
  }

  removeDocument(uri: string): void {
    for (const key of this.keysOf.get(uri) ?? []) {
      const left = this.postings.get(key)!.filter((r) => r.uri !== uri);
      if (left.length > 0) this.postings.set(key, left);
      else this.postings.delete(key);
    }
    this.keysOf.delete(uri);
  }

  /** Sentences of other documents of `story` sharing one of `keys`, rarest key first, bounded. */
  candidates(uri: string, story: string, keys: readonly string[]): SentenceRef[] {
    const lists = keys
      .map((k) => this.postings.get(EventIndex.key(story, k)) ?? [])
      .filter((l) => l.length > 1)
      .sort((a, b) => a.length - b.length);
    const seen = new Set<string>();
    const out: SentenceRef[] = [];
    let walked = 0;
    for (const list of lists) {
      for (const ref of list) {
        if (walked++ >= POSTINGS_WALKED) return out;
        if (ref.uri === uri) continue;
        const id = `${ref.uri}#${ref.sentence}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(ref);
      }
    }
    return out;
  }
}
