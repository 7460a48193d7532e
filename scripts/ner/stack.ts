/**
 * Stacked (two-pass) tagging, in training and evaluation: the second pass reads what the first
 * pass tagged the same word as in the document's other sentences (Krishnan & Manning 2006).
 */
import {
  DocumentHints,
  type HintedSentence,
  taggedHints,
} from '../../server/src/core/entities/ner/documentHints';
import { namesOf } from '../../server/src/core/entities/ner/tagger';
import type { Example } from './data';

/**
 * Sets every example's stackHints from first-pass labels, document by document. For training,
 * `firstPass` is a model that never saw the document (jackknife), as at run time.
 */
export function addStackHints(examples: readonly Example[], firstPass: (e: Example) => Uint8Array): void {
  const byDoc = new Map<string, Example[]>();
  examples.forEach((e, i) => {
    const key = e.doc ?? `#${i}`;
    const list = byDoc.get(key);
    if (list) list.push(e);
    else byDoc.set(key, [e]);
  });
  for (const list of byDoc.values()) {
    const own = new Map<number, HintedSentence>();
    for (const e of list) {
      if (e.copy || own.has(e.sentence ?? -1)) continue;
      const n = e.tokens.length;
      own.set(e.sentence ?? -1, {
        tokens: e.tokens,
        from: 0,
        to: n,
        hints: taggedHints(namesOf(firstPass(e), 0), 0, n),
      });
    }
    const document = new DocumentHints([...own.values()]);
    for (const e of list)
      e.stackHints = document.of(e.tokens, 0, e.tokens.length, own.get(e.sentence ?? -1) ?? null);
  }
}
