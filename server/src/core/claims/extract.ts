import type { Token } from '../nlp/tokenize';
import {
  AUXILIARIES,
  CONSIDERATION_NOUNS,
  CONSIDERATION_VERBS,
  GIVING_VERBS,
  HEDGE_WORDS,
  LIGHT_VERBS,
  NEGATIVE_OUTCOME_VERBS,
  PARTICLES,
  RECEIVING_VERBS,
  SAY_VERBS,
} from './lexicon';
import type { Certainty, Claim, ClaimSpan } from './types';

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

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const RELATIVE_TIME = new Set(['last', 'next', 'this', 'earlier', 'later', 'that']);
const TIME_NOUNS = new Set([
  'year',
  'week',
  'month',
  'day',
  'weekend',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'morning',
  'evening',
  'night',
  'decade',
]);
/** "is unlikely to", "is expected to": raising adjectives between the auxiliary and the verb. */
const RAISING_WORDS = new Set([
  'likely',
  'unlikely',
  'able',
  'set',
  'expected',
  'due',
  'poised',
  'ready',
  'going',
  'about',
  'willing',
  'reluctant',
]);
/** "plans to", "wants to": the event is intended. "refused to", "failed to": it did not happen. */
const INTENT_VERBS = new Set([
  'plan',
  'intend',
  'want',
  'hope',
  'aim',
  'expect',
  'promise',
  'threaten',
  'pledge',
  'vow',
  'propose',
  'seek',
]);
const REFUSAL_VERBS = new Set(['refuse', 'fail', 'decline']);
const SPECULATION_VERBS = new Set([
  'speculate',
  'believe',
  'think',
  'suspect',
  'fear',
  'guess',
  'estimate',
  'predict',
  'assume',
  'suggest',
]);
const PHRASAL_VERBS = new Set([
  'slow',
  'scale',
  'step',
  'cut',
  'carry',
  'call',
  'hold',
  'turn',
  'shut',
  'pull',
  'rule',
  'give',
  'hand',
  'set',
  'lash',
  'back',
  'look',
  'roll',
  'phase',
  'wind',
  'break',
  'sign',
]);
const EVENT_NOUNS = new Set([
  'review',
  'decision',
  'attack',
  'visit',
  'assessment',
  'investigation',
  'strike',
  'study',
  'offensive',
  'raid',
  'sale',
  'delivery',
  'purchase',
  'request',
  'announcement',
  'agreement',
  'deal',
  'pause',
  'halt',
  'suspension',
  'withdrawal',
]);

/**
 * The main claim of a sentence from its tokens, without a parser: attribution frames ("According
 * to X,", "X said that …", "…, X said"), the main verb after auxiliaries and leading adverbials,
 * consideration verbs ("is considering halting" → halt, hedged), light verbs ("conduct a review of X"
 * → review X), the object and, for transfer verbs, who gives and who receives.
 */
export function extractClaim(input: SentenceInput): Claim {
  const { tokens, text } = input;
  const span = (a: number, b: number): ClaimSpan | null => {
    let s = a;
    let e = b;
    while (s < e && /^[,;:"“”‘’'()—–-]$/.test(tokens[s]!.value)) s++;
    while (e > s && /^[,;:"“”‘’'()—–.-]$/.test(tokens[e - 1]!.value)) e--;
    if (e <= s || tokens.slice(s, e).every((t) => t.pos === 'DET' || t.pos === 'ADP')) return null;
    const [start, end] = input.toSource(tokens[s]!.start, tokens[e - 1]!.end);
    return { text: text.slice(tokens[s]!.start, tokens[e - 1]!.end), start, end };
  };
  const lemma = (i: number): string => tokens[i]?.lemma.toLowerCase() ?? '';
  const value = (i: number): string => tokens[i]?.value.toLowerCase() ?? '';
  const cues: string[] = [];
  let from = input.from;
  let to = input.to;
  while (to > from && tokens[to - 1]!.pos === 'PUNCT' && /^[.!?"”’]$/.test(tokens[to - 1]!.value)) to--;
  const commaAfter = (i: number, limit = to): number => {
    for (let k = i; k < limit; k++) if (tokens[k]!.value === ',') return k;
    return -1;
  };

  // Attribution: "According to X, …" and "…, according to X".
  let attribution: ClaimSpan | null = null;
  for (let i = from; i < to - 2; i++) {
    if (lemma(i) === 'accord' && value(i + 1) === 'to') {
      const comma = commaAfter(i + 2);
      const end = comma > 0 ? comma : to;
      attribution = span(i + 2, end);
      if (i === from) from = end + 1;
      else to = i - (tokens[i - 1]?.value === ',' ? 1 : 0);
      break;
    }
  }
  // Post-posed speech: "…, X said." / "…, said X."
  if (!attribution) {
    for (let k = to - 1; k > from + 2 && k > to - 8; k--) {
      if (tokens[k]!.value !== ',') continue;
      const tail = tokens.slice(k + 1, to);
      const say = tail.findIndex((t) => t.pos === 'VERB' && SAY_VERBS.has(t.lemma.toLowerCase()));
      if (say < 0) break;
      attribution = say === 0 ? span(k + 2, to) : span(k + 1, k + 1 + say);
      to = k;
      break;
    }
  }

  // Leading adverbials and subordinate clauses before the subject: "Earlier this week, …".
  let leading: [number, number] | null = null;
  for (let guard = 0; guard < 2; guard++) {
    const first = tokens[from];
    // A determiner opens a leading phrase only as a time phrase ("This week, …").
    const timePhrase =
      first?.pos === 'DET' && TIME_NOUNS.has(lemma(from + 1)) && tokens[from + 2]?.value === ',';
    if (!first || (!['ADP', 'ADV', 'SCONJ'].includes(first.pos) && !timePhrase)) break;
    const comma = commaAfter(from, Math.min(to, from + 25));
    if (comma < 0 || comma > to - 3) break;
    leading = [from, comma];
    from = comma + 1;
  }

  // Main verb: the first finite content verb of the clause (not a gerund after a preposition).
  let v = mainVerb(tokens, from, to);

  // A saying frame: "Gallant said on Saturday that …" — the speaker is the attribution, the
  // complement clause is the claim.
  if (v >= 0 && SAY_VERBS.has(lemma(v)) && !attribution) {
    const speaker = span(from, auxStart(tokens, v, from));
    let k = v + 1;
    for (let j = v + 1; j < Math.min(to, v + 14); j++) {
      // "said that …", or a quotation: "remarked on this stance: “Restricting …"
      if (value(j) === 'that' && !tokens.slice(v + 1, j).some((x) => x.value === ',')) {
        k = j + 1;
        break;
      }
      if (/^["“]$/.test(tokens[j]!.value)) {
        k = j + 1;
        break;
      }
    }
    if (SPECULATION_VERBS.has(lemma(v))) cues.push(tokens[v]!.value.toLowerCase());
    if (speaker && k < to - 1 && hasVerb(tokens, k, to)) {
      attribution = speaker;
      from = k;
      v = mainVerb(tokens, from, to);
    }
  }

  let subjectEnd = v >= 0 ? auxStart(tokens, v, from) : to;
  let predicate = v >= 0 ? lemma(v) : '';
  let predicateAt = v;
  const auxiliaries = v >= 0 ? tokens.slice(subjectEnd, v) : [];
  let refused = false;
  for (const a of auxiliaries) {
    const w = a.value.toLowerCase();
    const l = a.lemma.toLowerCase();
    if (HEDGE_WORDS.has(w)) cues.push(w);
    else if (INTENT_VERBS.has(l))
      cues.push(`${w} to`); // "plans to deploy": intended, not done
    else if (REFUSAL_VERBS.has(l)) {
      refused = true; // "refused to deliver": not done
      cues.push(`${w} to`);
    }
  }

  // "is considering slowing down", "plans to halt": the complement is the event, under consideration.
  if (v >= 0 && CONSIDERATION_VERBS.has(lemma(v))) {
    let c = v + 1;
    while (c < to && (tokens[c]!.pos === 'ADV' || value(c) === 'to')) c++;
    const next = tokens[c];
    if (next && next.pos === 'VERB' && (lemma(v) !== 'seek' || value(c - 1) === 'to')) {
      cues.push(tokens[v]!.value.toLowerCase());
      predicate = lemma(c);
      predicateAt = c;
    }
  }
  // "the possibility of withholding … is being considered": the event sits in the subject.
  if (v >= 0 && CONSIDERATION_VERBS.has(lemma(v))) {
    for (let i = from; i < subjectEnd - 2; i++) {
      if (CONSIDERATION_NOUNS.has(lemma(i)) && value(i + 1) === 'of' && tokens[i + 2]!.pos === 'VERB') {
        cues.push(`${tokens[i]!.value} of`, tokens[v]!.value.toLowerCase());
        predicate = lemma(i + 2);
        predicateAt = i + 2;
        subjectEnd = i;
        break;
      }
    }
  }
  // Copula with an adjective: "was crucial" → "be crucial".
  if (predicateAt >= 0 && tokens[predicateAt]!.pos === 'AUX' && tokens[predicateAt + 1]?.pos === 'ADJ') {
    predicate = `be ${value(predicateAt + 1)}`;
    predicateAt++;
  }
  // Light verbs: "conducting a review of X" → review X.
  let objectFrom = predicateAt + 1;
  if (predicateAt >= 0 && LIGHT_VERBS.has(predicate)) {
    let n = predicateAt + 1;
    while (n < to && (tokens[n]!.pos === 'DET' || tokens[n]!.pos === 'ADJ')) n++;
    if (tokens[n]?.pos === 'NOUN' && EVENT_NOUNS.has(lemma(n))) {
      predicate = lemma(n);
      objectFrom = value(n + 1) === 'of' ? n + 2 : n + 1;
    }
  }
  // Phrasal particle: "slow down", "scale back", "lash out".
  if (predicateAt >= 0 && PHRASAL_VERBS.has(predicate) && PARTICLES.has(value(objectFrom))) {
    predicate = `${predicate} ${value(objectFrom)}`;
    objectFrom++;
  }
  // Coordinated verbs share the object: "slowing down or temporarily halting arms deliveries".
  let k = objectFrom;
  while (
    k < to &&
    (tokens[k]!.pos === 'CCONJ' ||
      tokens[k]!.pos === 'ADV' ||
      (tokens[k]!.pos === 'VERB' && tokens[k]!.value.endsWith('ing')))
  )
    k++;
  if (k > objectFrom && tokens.slice(objectFrom, k).some((t) => t.pos === 'CCONJ')) objectFrom = k;

  let objectEnd = nounPhraseEnd(tokens, objectFrom, to);
  // A prepositional object when there is no direct one: "referring to X", "lashed out at X".
  const preposition = tokens[objectFrom];
  if (
    (objectEnd === objectFrom &&
      preposition?.pos === 'ADP' &&
      !['to', 'from', 'by'].includes(value(objectFrom))) ||
    (objectEnd === objectFrom && value(objectFrom) === 'to' && !GIVING_VERBS.has(predicate))
  ) {
    const end = nounPhraseEnd(tokens, objectFrom + 1, to);
    if (end > objectFrom + 1) {
      predicate = `${predicate} ${value(objectFrom)}`;
      objectFrom++;
      objectEnd = end;
    }
  }
  const object = objectEnd > objectFrom ? span(objectFrom, objectEnd) : null;

  // Recipient and direction for transfer verbs.
  const base = predicate.split(' ')[0]!;
  let recipient: ClaimSpan | null = null;
  let source: ClaimSpan | null = null;
  for (let i = objectEnd; i < Math.min(to, objectEnd + 3); i++) {
    const w = value(i);
    if ((w === 'to' || w === 'from') && tokens[i]!.pos === 'ADP') {
      const end = nounPhraseEnd(tokens, i + 1, to);
      if (end > i + 1) {
        if (w === 'to') recipient = span(i + 1, end);
        else source = span(i + 1, end);
      }
      break;
    }
  }
  // "The Pentagon, acting on directives from the White House, is …": the parenthetical is not the subject.
  let subjectCut = subjectEnd;
  for (let i = from + 1; i < subjectEnd; i++) {
    if (tokens[i]!.value === ',') {
      subjectCut = i;
      break;
    }
  }
  const subject = span(from, subjectCut);
  let direction: Claim['direction'] = null;
  if (GIVING_VERBS.has(base)) {
    direction = { giver: subject, receiver: recipient };
    if (recipient) predicate = `${predicate} … to`;
  } else if (RECEIVING_VERBS.has(base)) {
    direction = { giver: source, receiver: subject };
    if (source) predicate = `${predicate} … from`;
  }

  // Polarity: grammatical negation of the main clause ("has not", "no … decisions", "unlikely to").
  let negated = refused;
  const clauseEnd = Math.max(predicateAt, v) + 1;
  for (let i = from; i < clauseEnd && i < to; i++) {
    const w = value(i);
    if (NEGATORS.has(w) && (i >= subjectEnd || w === 'no')) {
      negated = true;
      cues.push(w);
    }
    if (w === 'unlikely' && value(i + 1) === 'to') {
      negated = true;
      cues.push('unlikely to');
    }
  }
  // Hedges anywhere in the sentence outside quoted material, including a leading clause.
  const scanFrom = leading ? leading[0] : from;
  const scanTo = Math.min(to, Math.max(objectEnd, predicateAt + 1));
  for (let i = scanFrom; i < scanTo; i++) {
    const w = value(i);
    if (i >= subjectEnd && i < v) continue; // auxiliaries counted above
    if (HEDGE_WORDS.has(w) && tokens[i]!.pos !== 'NOUN' && !cues.includes(w)) cues.push(w);
    // "no decision has been made", "no definitive decisions": the matter is open.
    const adjectiveFirst = tokens[i + 1]?.pos === 'ADJ' && lemma(i + 2) === 'decision';
    if (w === 'no' && (lemma(i + 1) === 'decision' || adjectiveFirst)) {
      cues.push(adjectiveFirst ? `no ${value(i + 1)} ${value(i + 2)}` : `no ${value(i + 1)}`);
    }
  }

  let certainty: Certainty = 'asserted';
  if (cues.some((c) => !NEGATORS.has(c) && c !== 'unlikely to') || cues.includes('unlikely to'))
    certainty = 'hedged';
  else if (attribution) certainty = 'reported';

  const predicateSpan = predicateAt >= 0 ? span(predicateAt, predicateAt + 1) : null;
  const [start, end] = input.toSource(tokens[input.from]!.start, tokens[input.to - 1]!.end);
  const embedded = predicateAt >= 0 ? embeddedClaims(input, Math.max(predicateAt, v) + 1, to, span) : [];
  return {
    ...(embedded.length ? { embedded } : {}),
    sentence: input.index,
    start,
    end,
    subject,
    predicate: predicate || (v >= 0 ? lemma(v) : ''),
    predicateSpan,
    object,
    recipient,
    direction,
    polarity: negated ? 'negated' : 'affirmed',
    negativeOutcome: NEGATIVE_OUTCOME_VERBS.has(base),
    certainty,
    cues: [...new Set(cues)],
    attribution,
  };
}

/** Nouns of reporting whose "that"-clause is a claim the noun attributes: "a statement that …". */
const REPORT_NOUNS = new Set([
  'statement',
  'claim',
  'report',
  'assertion',
  'announcement',
  'remark',
  'comment',
  'warning',
  'accusation',
  'allegation',
  'admission',
  'suggestion',
  'insistence',
]);

/**
 * Complement clauses after the main verb ("said that X …", "referring to a statement that X …"):
 * each is a claim of its own, attributed to the reporting noun's phrase when there is one.
 */
function embeddedClaims(
  input: SentenceInput,
  from: number,
  to: number,
  span: (a: number, b: number) => ClaimSpan | null,
): Claim[] {
  const { tokens } = input;
  // A second main clause: "No decision has been reached, but the administration is considering …".
  for (let k = from; k < to - 3; k++) {
    const w = tokens[k]!.value.toLowerCase();
    if (!(tokens[k - 1]?.value === ',' && (w === 'but' || w === 'while' || w === 'although')) && w !== ';')
      continue;
    const next = tokens[k + 1]!;
    if (!['PROPN', 'NOUN', 'DET', 'PRON'].includes(next.pos)) continue;
    const claim = extractClaim({ ...input, from: k + 1, to: input.to });
    if (claim.predicate && claim.subject) return [claim];
  }
  for (let k = from; k < to - 2; k++) {
    const t = tokens[k]!;
    if (t.value.toLowerCase() !== 'that' || (t.pos !== 'SCONJ' && t.pos !== 'PRON')) continue;
    const next = tokens[k + 1]!;
    if (!['PROPN', 'NOUN', 'DET', 'PRON'].includes(next.pos)) continue;
    const claim = extractClaim({ ...input, from: k + 1, to: input.to });
    if (!claim.predicate || !claim.subject) return [];
    // "Biden’s public statement in May that …": the reporting phrase is the attribution.
    let n = k - 1;
    while (n > from && !REPORT_NOUNS.has(tokens[n]!.lemma.toLowerCase()) && k - n < 6) n--;
    if (REPORT_NOUNS.has(tokens[n]?.lemma.toLowerCase() ?? '')) {
      let s = n;
      while (s - 1 >= from && ['DET', 'ADJ', 'PROPN', 'NOUN', 'PART'].includes(tokens[s - 1]!.pos)) s--;
      claim.attribution = span(s, n + 1);
      if (claim.certainty === 'asserted') claim.certainty = 'reported';
    }
    return [claim];
  }
  return [];
}

/** Start of the auxiliary chain before a verb ("has been", "is being", "could"), skipping adverbs. */
function auxStart(tokens: Token[], v: number, from: number): number {
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
function mainVerb(tokens: Token[], from: number, to: number): number {
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

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** End of a noun phrase: determiners, adjectives, nouns, numbers, possessives and "of"-complements. */
function nounPhraseEnd(tokens: Token[], from: number, to: number): number {
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
