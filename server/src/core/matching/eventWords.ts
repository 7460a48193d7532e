import { eventVerb } from '../alignment/lexicon';
import { BoundedMap } from '../boundedMap';
import { foldWord } from '../claims/terms';
import type { Claim, ClaimVerb } from '../claims/types';
import type { Entity, EntityMention } from '../entities/resolve';
import type { DocumentAnalysis } from '../index/analyzeDocument';
import { EVENT_NOUNS, EVENT_SYNONYMS, LIGHT_EVENT_VERBS } from './eventLexicon';

const LIGHT = new Set(LIGHT_EVENT_VERBS);
/**
 * Terms that name a happening besides the claims' verbs. Not every noun WordNet derives from a verb
 * ("television", "conference", "government" would link any two sentences of a story).
 */
const EVENT_TERMS = new Set(EVENT_NOUNS.map((n) => EVENT_SYNONYMS[n] ?? n));
/** Happenings kept per sentence: its claims' verbs first, then event nouns in sentence order. */
const MAX_EVENT_WORDS = 4;

/** Distinct words remembered (a hostile corpus may hold millions). */
const EVENT_WORDS_MEMO = 50_000;
const eventWords = new BoundedMap<string, string | null>(EVENT_WORDS_MEMO);

/** One form per happening: "stepped down" → resign, "the quake" → earthquake, "acquisition" → acquire. */
export function eventWord(word: string): string | null {
  // Memoised: a workspace repeats a few thousand verbs in millions of sentences.
  let w = eventWords.get(word);
  if (w === undefined) {
    w = foldEventWord(word);
    eventWords.set(word, w);
  }
  return w;
}

function foldEventWord(word: string): string | null {
  const phrase = EVENT_SYNONYMS[word];
  if (phrase) return phrase;
  const folded = foldWord(word);
  if (!folded) return null;
  const w = EVENT_SYNONYMS[folded] ?? eventVerb(folded);
  return LIGHT.has(w) ? null : w;
}

/** "GM, which filed for bankruptcy, announced …": a relative clause's verb is background, not the report. */
const RELATIVE_BEFORE = /\b(?:which|who|that)\s+(?:(?:has|have|had)\s+)?(?:been\s+)?$/i;

const background = (verb: ClaimVerb, text: string): boolean =>
  verb.span !== null && RELATIVE_BEFORE.test(text.slice(Math.max(0, verb.span.start - 24), verb.span.start));

/** A capitalised word read as a bare verb ("Ford said" → ford) is a name, not a happening. */
const misreadName = (verb: ClaimVerb): boolean =>
  verb.span !== null && /^\p{Lu}/u.test(verb.span.text) && verb.span.text.toLowerCase() === verb.lemma;

/** A happening a sentence names, with its participants' roles and ranges (null: the whole sentence). */
export interface EventMention {
  word: string;
  participants: ReadonlyArray<{ role: string; start: number; end: number }> | null;
}

function claimEvents(claim: Claim | undefined, text: string, out: EventMention[]): void {
  if (!claim) return;
  const verb = claim.verb;
  // A copula's claim is its adjective ("was crucial"): no happening.
  if (verb && !verb.adjective && !background(verb, text) && !misreadName(verb)) {
    const word = (verb.particle && EVENT_SYNONYMS[`${verb.lemma} ${verb.particle}`]) || eventWord(verb.lemma);
    if (word) out.push({ word, participants: claim.arguments.map((a) => ({ role: a.role, ...a.span })) });
  }
  for (const e of claim.embedded ?? []) claimEvents(e, text, out);
}

/**
 * The happenings a sentence names: its claims' verbs with their arguments' ranges, else its event
 * nouns ("the quake", "the launch") with the whole sentence as their participants. `text` is the
 * document's text (claim spans are offsets into it).
 */
export function sentenceEvents(
  claim: Claim | undefined,
  terms: readonly string[],
  text: string,
): EventMention[] {
  const out: EventMention[] = [];
  claimEvents(claim, text, out);
  // Event nouns name the happening only where no verb does ("Airbus's first A380 launch"); beside a
  // verb they are mostly background ("GM, which filed for bankruptcy, announced …").
  if (out.length === 0) {
    for (const t of terms) {
      const word = EVENT_TERMS.has(t) ? eventWord(t) : null;
      if (word) out.push({ word, participants: null });
    }
  }
  return out.slice(0, MAX_EVENT_WORDS);
}

/** Participants bound into a sentence's keys per happening. */
const MAX_PARTICIPANTS = 3;

/** A named participant of a happening: its role ("any" for an event noun's sentence) and entity. */
export interface Participant {
  role: string;
  entity: string;
}

/**
 * Keys two reports of one event share: a happening's word (its synonyms folded by `eventWord`)
 * bound to a named participant in its role
 * ("resign>agent@person:steve-jobs"), so the same act by other doers, another act by the same
 * doer, or an act done to the other's doer ("Israel delayed" / "delaying deliveries to Israel")
 * shares no key.
 */
export function eventKeys(
  events: readonly EventMention[],
  participantsOf: (e: EventMention) => Participant[],
): string[] {
  const keys = new Set<string>();
  for (const e of events) {
    for (const p of participantsOf(e).slice(0, MAX_PARTICIPANTS)) keys.add(`${e.word}>${p.role}@${p.entity}`);
  }
  return [...keys];
}

/** Named things only: figures and dates are compared by the matcher's own rules. */
const UNNAMED = new Set(['quantity', 'date']);

/**
 * The event keys of each sentence of a document, from its claims, terms and resolved mentions
 * (sorted by start): what the event index files the sentences under.
 */
export function documentEventKeys(
  analysis: Pick<DocumentAnalysis, 'sentences' | 'claims'>,
  text: string,
  mentions: readonly EntityMention[],
  entityOf: (id: string) => Entity | undefined,
): string[][] {
  const claims = new Map(analysis.claims.map((c) => [c.sentence, c]));
  let m = 0;
  return analysis.sentences.map((s, i) => {
    while (m < mentions.length && mentions[m]!.end <= s.start) m++;
    const named: EntityMention[] = [];
    for (let k = m; k < mentions.length && mentions[k]!.start < s.end; k++) {
      const type = entityOf(mentions[k]!.entityId)?.type;
      if (type && !UNNAMED.has(type)) named.push(mentions[k]!);
    }
    if (named.length === 0) return [];
    const participantsOf = (e: EventMention): Participant[] => {
      const out = new Map<string, Participant>();
      for (const x of named) {
        const role = e.participants
          ? e.participants.find((r) => r.start <= x.start && x.end <= r.end)?.role
          : 'any';
        if (role) out.set(`${role}@${x.entityId}`, { role, entity: x.entityId });
      }
      return [...out.values()];
    };
    return eventKeys(sentenceEvents(claims.get(i), s.terms, text), participantsOf);
  });
}
