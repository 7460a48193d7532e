import {
  CONSIDERATION_NOUNS,
  CONSIDERATION_VERBS,
  EVENT_NOUNS,
  INTENT_VERBS,
  LIGHT_VERBS,
  PARTICLES,
  PHRASAL_VERBS,
  REFUSAL_VERBS,
  TIME_NOUNS,
} from '../lexicon';
import { type ClaimDraft, commaAfter, lemmaAt, valueAt } from './draft';
import { auxStart, mainVerb } from './syntax';

/** Leading adverbials and subordinate clauses before the subject: "Earlier this week, …". */
export function leadingAdverbials(d: ClaimDraft): void {
  const { tokens } = d.input;
  for (let guard = 0; guard < 2; guard++) {
    const first = tokens[d.from];
    // A determiner opens a leading phrase only as a time phrase ("This week, …").
    const timePhrase =
      first?.pos === 'DET' && TIME_NOUNS.has(lemmaAt(d, d.from + 1)) && tokens[d.from + 2]?.value === ',';
    if (!first || (!['ADP', 'ADV', 'SCONJ'].includes(first.pos) && !timePhrase)) return;
    const comma = commaAfter(d, d.from, Math.min(d.to, d.from + 25));
    if (comma < 0 || comma > d.to - 3) return;
    d.leading = [d.from, comma];
    d.from = comma + 1;
  }
}

/** The first finite content verb of the clause (not a gerund after a preposition). */
export function findMainVerb(d: ClaimDraft): void {
  d.verbAt = mainVerb(d.input.tokens, d.from, d.to);
}

/**
 * The predicate's parts once the verb is known: the auxiliary chain, a complement the verb governs
 * ("is considering halting" → halt), a copula's adjective, a light verb's event noun ("conduct a
 * review" → review) and a phrasal particle ("slow down").
 */
export function verbParts(d: ClaimDraft): void {
  const v = d.verbAt;
  if (v < 0) return;
  d.auxFrom = auxStart(d.input.tokens, v, d.from);
  d.subjectEnd = d.auxFrom;
  d.lemma = lemmaAt(d, v);
  d.predicateAt = v;
  if (CONSIDERATION_VERBS.has(d.lemma)) {
    governedComplement(d);
    eventInSubject(d);
  } else if (REFUSAL_VERBS.has(d.lemma)) refusedComplement(d);
  copulaAdjective(d);
  d.objectFrom = d.predicateAt + 1;
  lightVerbNoun(d);
  phrasalParticle(d);
}

const governorKind = (lemma: string) => (INTENT_VERBS.has(lemma) ? 'intent' : 'consideration');

/** "is considering slowing down", "plans to halt": the complement is the event. */
function governedComplement(d: ClaimDraft): void {
  const { tokens } = d.input;
  const v = d.verbAt;
  let c = v + 1;
  while (c < d.to && (tokens[c]!.pos === 'ADV' || valueAt(d, c) === 'to')) c++;
  const next = tokens[c];
  if (!next || next.pos !== 'VERB' || (lemmaAt(d, v) === 'seek' && valueAt(d, c - 1) !== 'to')) return;
  d.governors.push({ kind: governorKind(lemmaAt(d, v)), from: v, to: v + 1 });
  d.lemma = lemmaAt(d, c);
  d.predicateAt = c;
}

/** "refused to lend money": the lending is the event, and it did not happen. */
function refusedComplement(d: ClaimDraft): void {
  const v = d.verbAt;
  if (valueAt(d, v + 1) !== 'to' || d.input.tokens[v + 2]?.pos !== 'VERB') return;
  d.governors.push({ kind: 'refusal', from: v, to: v + 2 });
  d.lemma = lemmaAt(d, v + 2);
  d.predicateAt = v + 2;
}

/** "the possibility of withholding … is being considered": the event sits in the subject. */
function eventInSubject(d: ClaimDraft): void {
  const { tokens } = d.input;
  const v = d.verbAt;
  for (let i = d.from; i < d.subjectEnd - 2; i++) {
    if (
      !CONSIDERATION_NOUNS.has(lemmaAt(d, i)) ||
      valueAt(d, i + 1) !== 'of' ||
      tokens[i + 2]!.pos !== 'VERB'
    )
      continue;
    d.governors.push(
      { kind: 'consideration', from: i, to: i + 2 },
      { kind: governorKind(lemmaAt(d, v)), from: v, to: v + 1 },
    );
    d.lemma = lemmaAt(d, i + 2);
    d.predicateAt = i + 2;
    d.subjectEnd = i;
    return;
  }
}

/** "was crucial" → be + crucial; the adjective carries the claim. */
function copulaAdjective(d: ClaimDraft): void {
  const { tokens } = d.input;
  if (tokens[d.predicateAt]!.pos !== 'AUX' || tokens[d.predicateAt + 1]?.pos !== 'ADJ') return;
  d.lemma = 'be';
  d.adjective = valueAt(d, d.predicateAt + 1);
  d.predicateAt++;
}

/** "conducting a review of X" → review X. */
function lightVerbNoun(d: ClaimDraft): void {
  if (d.adjective || !LIGHT_VERBS.has(d.lemma)) return;
  const { tokens } = d.input;
  let n = d.predicateAt + 1;
  while (n < d.to && (tokens[n]!.pos === 'DET' || tokens[n]!.pos === 'ADJ')) n++;
  if (tokens[n]?.pos !== 'NOUN' || !EVENT_NOUNS.has(lemmaAt(d, n))) return;
  d.lemma = lemmaAt(d, n);
  d.objectFrom = valueAt(d, n + 1) === 'of' ? n + 2 : n + 1;
}

/** "slow down", "scale back", "lash out". */
function phrasalParticle(d: ClaimDraft): void {
  if (d.adjective || !PHRASAL_VERBS.has(d.lemma) || !PARTICLES.has(valueAt(d, d.objectFrom))) return;
  d.particle = valueAt(d, d.objectFrom);
  d.objectFrom++;
}
