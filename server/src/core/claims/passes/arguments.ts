import { MONTHS, WEEKDAYS } from '../../alignment/words';
import { GIVING_VERBS, RELATIVE_TIME, TIME_ADVERBS, TIME_NOUNS } from '../lexicon';
import type { ClaimSpan } from '../types';
import { type ClaimDraft, lemmaAt, phraseSpan, valueAt } from './draft';
import { nounPhraseEnd } from './syntax';

/**
 * The participants: the object (or a prepositional object: "referring to X"), "to X" and "from X"
 * after it, and the subject before the auxiliaries.
 */
export function claimArguments(d: ClaimDraft): void {
  if (d.predicateAt < 0) {
    d.subject = subjectSpan(d);
    return;
  }
  skipCoordinatedVerbs(d);
  objectPhrase(d);
  transferPhrases(d);
  d.subject = subjectSpan(d);
  d.passive = isPassive(d);
  if (d.passive) d.byAgent = byPhrase(d);
}

/** "has been breached", "were sold": a form of "be" before a verb that is not a gerund. */
function isPassive(d: ClaimDraft): boolean {
  const { tokens } = d.input;
  const verb = tokens[d.predicateAt];
  if (d.adjective || verb?.pos !== 'VERB' || verb.value.toLowerCase().endsWith('ing')) return false;
  for (let i = d.auxFrom; i < d.predicateAt; i++) if (lemmaAt(d, i) === 'be') return true;
  return false;
}

/** The agent of a passive verb: "… by hackers", "sold to Israel by the United States". */
function byPhrase(d: ClaimDraft): ClaimSpan | null {
  const { tokens } = d.input;
  const limit = Math.min(d.to, Math.max(d.objectEnd, d.predicateAt + 1) + 6);
  for (let i = d.predicateAt + 1; i < limit; i++) {
    if (valueAt(d, i) !== 'by' || tokens[i]!.pos !== 'ADP') continue;
    const end = nounPhraseEnd(tokens, i + 1, d.to);
    return end > i + 1 ? phraseSpan(d, i + 1, end) : null;
  }
  return null;
}

/** Coordinated verbs share the object: "slowing down or temporarily halting arms deliveries". */
function skipCoordinatedVerbs(d: ClaimDraft): void {
  const { tokens } = d.input;
  let k = d.objectFrom;
  while (
    k < d.to &&
    (tokens[k]!.pos === 'CCONJ' ||
      tokens[k]!.pos === 'ADV' ||
      (tokens[k]!.pos === 'VERB' && tokens[k]!.value.endsWith('ing')))
  )
    k++;
  if (k > d.objectFrom && tokens.slice(d.objectFrom, k).some((t) => t.pos === 'CCONJ')) d.objectFrom = k;
}

/** The direct object, else a prepositional one when there is no direct one: "lashed out at X". */
function objectPhrase(d: ClaimDraft): void {
  const { tokens } = d.input;
  d.objectEnd = nounPhraseEnd(tokens, d.objectFrom, d.to);
  const at = d.objectFrom;
  const word = valueAt(d, at);
  const giving = !d.adjective && !d.particle && GIVING_VERBS.has(d.lemma);
  const prepositional =
    d.objectEnd === at &&
    ((tokens[at]?.pos === 'ADP' && !['to', 'from', 'by'].includes(word)) || (word === 'to' && !giving));
  if (prepositional) {
    const end = nounPhraseEnd(tokens, at + 1, d.to);
    if (end > at + 1) {
      d.preposition = word;
      d.objectFrom = at + 1;
      d.objectEnd = end;
    }
  }
  d.object = d.objectEnd > d.objectFrom ? phraseSpan(d, d.objectFrom, d.objectEnd) : null;
}

/** "… to Israel", "… from the United States" right after the object. */
function transferPhrases(d: ClaimDraft): void {
  const { tokens } = d.input;
  for (let i = d.objectEnd; i < Math.min(d.to, d.objectEnd + 3); i++) {
    const w = valueAt(d, i);
    if ((w !== 'to' && w !== 'from') || tokens[i]!.pos !== 'ADP') continue;
    const end = nounPhraseEnd(tokens, i + 1, d.to);
    if (end > i + 1) {
      if (w === 'to') d.recipient = phraseSpan(d, i + 1, end);
      else d.source = phraseSpan(d, i + 1, end);
    }
    return;
  }
}

/**
 * The subject's tokens before the auxiliaries. "The Pentagon, acting on directives from the White
 * House, is …": the parenthetical after the first comma is not the subject. "Yesterday, at the
 * conference, company CEO Steve Jobs unveiled …": an opening adverbial is not either; the subject
 * then follows the last comma.
 */
function subjectSpan(d: ClaimDraft): ClaimSpan | null {
  const commas: number[] = [];
  for (let i = d.from + 1; i < d.subjectEnd; i++) if (d.input.tokens[i]!.value === ',') commas.push(i);
  if (commas.length === 0) return phraseSpan(d, afterOpeningTime(d), d.subjectEnd);
  if (!opensWithAdverbial(d)) return phraseSpan(d, d.from, commas[0]!);
  return phraseSpan(d, commas.at(-1)! + 1, d.subjectEnd) ?? phraseSpan(d, d.from, commas[0]!);
}

/**
 * Where the subject starts after an opening time without a comma: "On Thursday the ECB raised …",
 * "In 2009 the company …", "Last week the minister …"; else the sentence's start.
 */
function afterOpeningTime(d: ClaimDraft): number {
  const { tokens } = d.input;
  let k = d.from;
  const word = (i: number) => tokens[i]?.value.toLowerCase() ?? '';
  if (tokens[k]?.pos === 'ADP') k++;
  else if (!RELATIVE_TIME.has(word(k))) return d.from;
  let timed = false;
  while (k < d.subjectEnd) {
    const time = isCalendarWord(word(k)) || TIME_NOUNS.has(lemmaAt(d, k));
    if (!time && !RELATIVE_TIME.has(word(k))) break;
    timed ||= time;
    k++;
  }
  // Only a time, and a subject after it: "On Thursday the ECB", not "In the city the police",
  // nor "That decision" (a relative word alone is no time).
  return timed && k < d.subjectEnd ? k : d.from;
}

/** A weekday, a month, a year or a day of the month. */
const CALENDAR_WORDS = new Set([...WEEKDAYS, ...MONTHS]);
const isCalendarWord = (w: string): boolean => CALENDAR_WORDS.has(w) || /^\d{1,4}(st|nd|rd|th)?$/.test(w);

/** "Yesterday,", "On Monday,", "Last week,", "However,": the sentence opens with an adverbial. */
function opensWithAdverbial(d: ClaimDraft): boolean {
  const first = d.input.tokens[d.from];
  if (!first) return false;
  if (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV') return true;
  if (TIME_ADVERBS.has(first.value.toLowerCase())) return true;
  return RELATIVE_TIME.has(first.value.toLowerCase()) && TIME_NOUNS.has(lemmaAt(d, d.from + 1));
}
