import type { Token } from '../../nlp/tokenize';
import {
  AUXILIARIES,
  INTENT_VERBS,
  RAISING_WORDS,
  REFUSAL_VERBS,
  RELATIVE_TIME,
  TIME_NOUNS,
} from '../lexicon';

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV']);

/** Start of the auxiliary chain before a verb ("has been", "is being", "could"), skipping adverbs. */
export function auxStart(tokens: Token[], v: number, from: number): number {
  let i = v;
  while (i - 1 >= from) {
    const t = tokens[i - 1]!;
    const w = t.value.toLowerCase();
    if (
      t.pos === 'AUX' ||
      (t.pos === 'PART' && (w === 'not' || w === "n't" || w === 'to')) ||
      (t.pos === 'ADV' && i - 1 > from)
    )
      i--;
    else if (AUXILIARIES.has(t.lemma.toLowerCase()) && t.pos === 'VERB') i--;
    else if (
      (RAISING_WORDS.has(w) ||
        INTENT_VERBS.has(t.lemma.toLowerCase()) ||
        REFUSAL_VERBS.has(t.lemma.toLowerCase())) &&
      tokens[i]?.value === 'to'
    )
      i--;
    else break;
  }
  return i;
}

/** The main verb: a verb after an auxiliary, else the first finite verb, else the first verb. */
export function mainVerb(tokens: Token[], from: number, to: number): number {
  let fallback = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB') continue;
    const prev = tokens[i - 1];
    if (prev?.value === ',' && t.value.endsWith('ing')) continue; // "…, signaling …"
    if (fallback < 0) fallback = i;
    const afterPreposition = prev && (prev.pos === 'ADP' || prev.pos === 'CCONJ' || prev.pos === 'SCONJ');
    if (t.value.endsWith('ing') && afterPreposition) continue; // "the possibility of withholding"
    // "the administration’s move to leverage arms sales …": an infinitive after a noun is part of the subject.
    if (prev?.value === 'to' && prev.pos === 'PART' && ['NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? ''))
      continue;
    if (lemmaIs(t, 'accord')) continue;
    // "Restricting more weapons deliveries is a step …": a gerund opening the clause is its subject.
    if (
      t.value.endsWith('ing') &&
      !tokens
        .slice(from, i)
        .some((x) => x.pos === 'AUX' || x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON') &&
      tokens.slice(i + 1, to).some((x) => x.pos === 'AUX')
    )
      continue;
    return i;
  }
  if (fallback >= 0) return fallback;
  // No content verb: the copula carries the claim ("an agreement … was crucial").
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'AUX') return i;
  return -1;
}

const lemmaIs = (t: Token, l: string): boolean => t.lemma.toLowerCase() === l;

export function hasVerb(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** End of a noun phrase: determiners, adjectives, nouns, numbers, possessives and "of"-complements. */
export function nounPhraseEnd(tokens: Token[], from: number, to: number): number {
  let i = from;
  let sawNoun = false;
  while (i < to) {
    const t = tokens[i]!;
    // "… to Israel last year": a time expression ends the phrase.
    if (
      sawNoun &&
      RELATIVE_TIME.has(t.value.toLowerCase()) &&
      TIME_NOUNS.has(tokens[i + 1]?.lemma.toLowerCase() ?? '')
    )
      break;
    if (NOUN_PHRASE_POS.has(t.pos) && !(t.pos === 'PRON' && sawNoun) && !(t.pos === 'ADV' && sawNoun)) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') sawNoun = true;
      i++;
    } else if (t.pos === 'PART' && /^['’]s$/.test(t.value)) i++;
    else if (
      t.value === '-' ||
      (t.pos === 'VERB' && /ed$/.test(t.value) && (!sawNoun || /^['’]s$/.test(tokens[i - 1]?.value ?? '')))
    )
      i++;
    else if (t.value === 'of' && sawNoun && i + 1 < to && NOUN_PHRASE_POS.has(tokens[i + 1]!.pos)) i++;
    else break;
  }
  return sawNoun ? i : from;
}
