import { eventVerb } from '../alignment/lexicon';
import type { Token } from '../nlp/tokenize';

/** Words that carry no content for matching sentences across sources. */
const STOP = new Set(
  `be have do say will would may might can could should must get make take go come also just very more most
  other such many much some any all each both few several own same so than too only even still yet already
  now then here there this that these those it its they them their he his she her we our you your i me my
  not no nor n't one new way lot kind thing part time year week day mr ms mrs according accord`.split(/\s+/),
);

/**
 * Near-synonyms of news prose, folded to one term so that rewrites match ("weaponry" / "weapons" /
 * "arms", "shipment" / "batch" / "consignment"). General vocabulary, not taken from any article.
 */
const SYNONYMS: Record<string, string> = {
  weaponry: 'weapon',
  arm: 'weapon',
  arms: 'weapon',
  armament: 'weapon',
  munition: 'weapon',
  batch: 'shipment',
  consignment: 'shipment',
  delivery: 'shipment',
  supply: 'shipment',
  cargo: 'shipment',
  heavy: 'large',
  big: 'large',
  huge: 'large',
  massive: 'large',
  slow: 'delay',
  postpone: 'delay',
  hold: 'delay',
  stall: 'delay',
  pause: 'halt',
  suspend: 'halt',
  stop: 'halt',
  freeze: 'halt',
  withholding: 'withhold',
  consider: 'consider',
  contemplate: 'consider',
  weigh: 'consider',
  mull: 'consider',
  deliberate: 'consider',
  deliberation: 'consider',
  consideration: 'consider',
  examine: 'review',
  assess: 'review',
  assessment: 'review',
  scrutinize: 'review',
  scrutinise: 'review',
  evaluate: 'review',
  seek: 'request',
  ask: 'request',
  killed: 'kill',
  death: 'kill',
  fatality: 'kill',
  die: 'kill',
  dead: 'kill',
  offensive: 'attack',
  assault: 'attack',
  strike: 'attack',
  invasion: 'attack',
  incursion: 'attack',
  operation: 'attack',
  civilian: 'civilian',
  casualty: 'casualty',
  minimize: 'reduce',
  minimise: 'reduce',
  lessen: 'reduce',
  mitigate: 'reduce',
  mitigation: 'reduce',
  curb: 'reduce',
  leverage: 'leverage',
  pressure: 'pressure',
  persuasion: 'pressure',
  government: 'government',
  administration: 'government',
  ceasefire: 'ceasefire',
  'cease-fire': 'ceasefire',
  truce: 'ceasefire',
  talks: 'negotiation',
  negotiation: 'negotiation',
  discussion: 'negotiation',
  aid: 'aid',
  assistance: 'aid',
  help: 'aid',
};

const SYNONYM_TARGETS = new Set(Object.values(SYNONYMS));

/** A word of a phrase, folded like sentence terms (lowercase, crude singular, synonyms). */
export function foldWord(word: string): string | null {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}-]/gu, '');
  if (w.length < 3 || STOP.has(w)) return null;
  if (/ies$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);
  return SYNONYMS[w] ?? w;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** The content terms of a token range, lemmatised and folded, for TF-IDF matching. */
export function contentTerms(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!CONTENT_POS.has(t.pos)) continue;
    let term =
      t.pos === 'PROPN'
        ? t.value
            .toLowerCase()
            .replace(/\./g, '')
            .replace(/['’]s$/, '')
        : t.lemma.toLowerCase();
    if (term.length < 2 && t.pos !== 'NUM') continue;
    if (t.pos === 'NUM') term = term.replace(/,/g, '');
    if (STOP.has(term) || !/[\p{L}\p{N}]/u.test(term)) continue;
    // Event nouns fold to their verb ("sales" / "selling"), so nominal rewrites are candidates.
    out.push(SYNONYMS[term] ?? (t.pos === 'NOUN' && !SYNONYM_TARGETS.has(term) ? eventVerb(term) : term));
  }
  return out;
}
