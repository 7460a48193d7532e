/**
 * Tokens of a sentence with parts of speech (wink-nlp, the analyser's own tokeniser), joined back
 * exactly; the helpers the rewriters share (seeded random choice, word forms).
 */
import { wink } from '../server/src/core/nlp/wink';
import lexicon from '../test/fixtures/planted/lexicon.json';

/** Seeded (mulberry32): the same seed gives the same benchmark. */
export { random } from './bench/corpus';

export interface Word {
  value: string;
  pos: string;
  lemma: string;
  /** Spaces before the word, so a rewrite keeps the sentence's layout. */
  pre: string;
  /** Inside quotation marks: quoted speech is not the reporter's claim. */
  quoted: boolean;
}

export function words(sentence: string): Word[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(sentence);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  let quoted = false;
  return values.map((value, i) => {
    if (/^[“"]$/.test(value)) quoted = value === '“' || !quoted;
    if (value === '”') quoted = false;
    return { value, pos: pos[i]!, lemma: lemmas[i]!.toLowerCase(), pre: spaces[i]!, quoted };
  });
}

export const join = (ws: readonly Word[]) =>
  ws
    .map((w) => w.pre + w.value)
    .join('')
    .trim();

/** FNV-1a, for seeds and the dev / held-out split. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

export const capitalizeLike = (model: string, word: string) =>
  /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;

const DOUBLING = new Set(lexicon.doublingVerbs);

/** The -ing form of a verb's lemma: cut → cutting, announce → announcing, die → dying. */
export function gerund(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(lemma) && lemma !== 'be') return `${lemma.slice(0, -1)}ing`;
  if (DOUBLING.has(lemma) || /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma))
    return `${lemma}${lemma.slice(-1)}ing`;
  return `${lemma}ing`;
}

/** Words that open a relative or subordinate clause: a verb after them is not the main one. */
const CLAUSE_OPENERS = new Set(
  'who which that whose whom when where if while because as although though after before since until unless'.split(
    ' ',
  ),
);

/**
 * The index of the sentence's main verb group: the first auxiliary or verb outside quotes after a
 * subject, before any relative or subordinate clause opens. -1 when there is none we trust.
 */
export function mainVerb(ws: readonly Word[]): number {
  let subject = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.quoted || CLAUSE_OPENERS.has(w.value.toLowerCase())) return -1;
    // "The suit, filed in 2003, …": a participle after a comma opens an apposition.
    if (w.pos === 'VERB' && ws[i - 1]?.value === ',') return -1;
    // "The administration's continued support": a participle after a possessive modifies a noun.
    if (w.pos === 'VERB' && /^['’]s$/.test(ws[i - 1]?.value ?? '')) return -1;
    if (w.pos === 'AUX' || w.pos === 'VERB') return subject ? i : -1;
    if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON') subject = true;
  }
  return -1;
}

/** The subject before `verb` names several things ("GM and Chrysler", "they", "markets"). */
export function pluralSubject(ws: readonly Word[], verb: number): boolean {
  const before = ws.slice(0, verb);
  if (before.some((w) => w.value.toLowerCase() === 'and')) return true;
  const head = [...before].reverse().find((w) => ['NOUN', 'PROPN', 'PRON'].includes(w.pos));
  if (!head) return false;
  if (head.pos === 'PRON') return ['they', 'we', 'you'].includes(head.value.toLowerCase());
  return head.pos === 'NOUN' && /s$/.test(head.value) && head.lemma !== head.value.toLowerCase();
}

/** The subject's head before `verb` is a name or a personal pronoun (someone who can decide). */
export function agentSubject(ws: readonly Word[], verb: number): boolean {
  const head = ws
    .slice(0, verb)
    .reverse()
    .find((w) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(w.pos));
  return head?.pos === 'PROPN' || ['he', 'she', 'they', 'we', 'it'].includes(head?.value.toLowerCase() ?? '');
}
