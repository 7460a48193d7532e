import type { Token } from '../../nlp/tokenize';
import type { ClaimAttribution, ClaimHedge, ClaimSpan, HedgeKind } from '../types';

export interface SentenceInput {
  index: number;
  tokens: Token[];
  /** Token range of the sentence [from, to). */
  from: number;
  to: number;
  text: string;
  /** Analysis offsets → source offsets. */
  toSource: (start: number, end: number) => [number, number];
}

/** A verb or noun that puts the claim's event under it: "considering halting", "the possibility of". */
export interface Governor {
  kind: HedgeKind;
  from: number;
  to: number;
}

/**
 * The claim of one sentence while the passes build it. Token indexes are into `input.tokens`; -1
 * means "none". Each pass reads what earlier passes set and fills its own fields.
 */
export interface ClaimDraft {
  readonly input: SentenceInput;
  /** The clause the claim is read from, narrowed by attribution frames and leading adverbials. */
  from: number;
  to: number;
  leading: [number, number] | null;
  attribution: ClaimAttribution | null;
  /** The finite verb of the clause. */
  verbAt: number;
  /** The token carrying the predicate: the verb, a complement verb or a copula's adjective. */
  predicateAt: number;
  /** Start of the auxiliary chain before the verb ("has been", "plans to"). */
  auxFrom: number;
  subjectEnd: number;
  lemma: string;
  adjective: string | null;
  particle: string | null;
  preposition: string | null;
  governors: Governor[];
  objectFrom: number;
  objectEnd: number;
  subject: ClaimSpan | null;
  object: ClaimSpan | null;
  recipient: ClaimSpan | null;
  source: ClaimSpan | null;
  /** A passive verb's agent: "breached by hackers". */
  byAgent: ClaimSpan | null;
  passive: boolean;
  negations: ClaimSpan[];
  hedges: ClaimHedge[];
}

export function newDraft(input: SentenceInput): ClaimDraft {
  let to = input.to;
  const { tokens } = input;
  while (to > input.from && tokens[to - 1]!.pos === 'PUNCT' && /^[.!?"”’]$/.test(tokens[to - 1]!.value)) to--;
  return {
    input,
    from: input.from,
    to,
    leading: null,
    attribution: null,
    verbAt: -1,
    predicateAt: -1,
    auxFrom: to,
    subjectEnd: to,
    lemma: '',
    adjective: null,
    particle: null,
    preposition: null,
    governors: [],
    // No verb, no object: the object passes start from the verb.
    objectFrom: input.from,
    objectEnd: input.from,
    subject: null,
    object: null,
    recipient: null,
    source: null,
    byAgent: null,
    passive: false,
    negations: [],
    hedges: [],
  };
}

export const lemmaAt = (d: ClaimDraft, i: number): string => d.input.tokens[i]?.lemma.toLowerCase() ?? '';
export const valueAt = (d: ClaimDraft, i: number): string => d.input.tokens[i]?.value.toLowerCase() ?? '';

/** Tokens [a, b) as a source span, as written. */
export function rawSpan(d: ClaimDraft, a: number, b: number): ClaimSpan {
  const { tokens, text, toSource } = d.input;
  const [start, end] = toSource(tokens[a]!.start, tokens[b - 1]!.end);
  return { text: text.slice(tokens[a]!.start, tokens[b - 1]!.end), start, end };
}

/** Tokens [a, b) as a phrase: edge punctuation trimmed; null when only determiners or prepositions remain. */
export function phraseSpan(d: ClaimDraft, a: number, b: number): ClaimSpan | null {
  const { tokens } = d.input;
  let s = a;
  let e = b;
  while (s < e && /^[,;:"“”‘’'()—–-]$/.test(tokens[s]!.value)) s++;
  while (e > s && /^[,;:"“”‘’'()—–.-]$/.test(tokens[e - 1]!.value)) e--;
  if (e <= s || tokens.slice(s, e).every((t) => t.pos === 'DET' || t.pos === 'ADP')) return null;
  return rawSpan(d, s, e);
}

export function commaAfter(d: ClaimDraft, i: number, limit = d.to): number {
  for (let k = i; k < limit; k++) if (d.input.tokens[k]!.value === ',') return k;
  return -1;
}
