import { GIVING_VERBS, NEGATIVE_OUTCOME_VERBS, RECEIVING_VERBS, REPORT_NOUNS } from './lexicon';
import { claimArguments } from './passes/arguments';
import { attributionFrame, reportedSpeech } from './passes/attribution';
import { certaintyCues, certaintyOf } from './passes/certainty';
import { type ClaimDraft, newDraft, phraseSpan, type SentenceInput } from './passes/draft';
import { findMainVerb, leadingAdverbials, verbParts } from './passes/mainVerb';
import { isNegated, polarityCues } from './passes/polarity';
import type { Claim, ClaimArgument, ClaimSpan, ClaimVerb } from './types';

export type { SentenceInput } from './passes/draft';

/** The passes in order; each reads what the earlier ones set on the draft. */
const PASSES: ReadonlyArray<(d: ClaimDraft) => void> = [
  attributionFrame,
  leadingAdverbials,
  findMainVerb,
  reportedSpeech,
  verbParts,
  claimArguments,
  polarityCues,
  certaintyCues,
];

/**
 * The main claim of a sentence from its tokens, without a parser: attribution frames ("According
 * to X,", "X said that …", "…, X said"), the main verb after auxiliaries and leading adverbials,
 * consideration verbs ("is considering halting" → halt, hedged), light verbs ("conduct a review of X"
 * → review X), the object and, for transfer verbs, who gives and who receives.
 */
export function extractClaim(input: SentenceInput): Claim {
  const d = newDraft(input);
  for (const pass of PASSES) pass(d);
  const claim = claimOf(d);
  const embedded = d.predicateAt >= 0 ? embeddedClaims(d, Math.max(d.predicateAt, d.verbAt) + 1) : [];
  return embedded.length ? { embedded, ...claim } : claim;
}

function claimOf(d: ClaimDraft): Claim {
  const { input } = d;
  const [start, end] = input.toSource(input.tokens[input.from]!.start, input.tokens[input.to - 1]!.end);
  const predicateSpan = d.predicateAt >= 0 ? phraseSpan(d, d.predicateAt, d.predicateAt + 1) : null;
  const verb = typedVerb(d, predicateSpan);
  return {
    sentence: input.index,
    start,
    end,
    subject: d.subject,
    verb,
    predicateSpan,
    object: d.object,
    recipient: d.recipient,
    arguments: argumentsOf(d, verb),
    polarity: isNegated(d) ? 'negated' : 'affirmed',
    negativeOutcome: NEGATIVE_OUTCOME_VERBS.has(d.lemma),
    certainty: certaintyOf(d),
    negations: d.negations,
    hedges: d.hedges,
    attribution: d.attribution,
  };
}

function typedVerb(d: ClaimDraft, span: Claim['predicateSpan']): ClaimVerb | null {
  if (d.verbAt < 0) return null;
  const transfer = GIVING_VERBS.has(d.lemma) ? 'give' : RECEIVING_VERBS.has(d.lemma) ? 'receive' : null;
  const { lemma, adjective, particle, preposition } = d;
  return { lemma, adjective, particle, preposition, transfer, span };
}

/**
 * Roles from the voice: the subject acts, unless the verb is passive ("was breached by hackers":
 * the subject undergoes it, the "by" phrase acts; "Israel was sold jets": the subject receives).
 * "from X" is the giver only for verbs where the subject receives.
 */
function argumentsOf(d: ClaimDraft, verb: ClaimVerb | null): ClaimArgument[] {
  const out: ClaimArgument[] = [];
  const add = (role: ClaimArgument['role'], span: ClaimSpan | null) => span && out.push({ role, span });
  const receivesInPassive = verb?.transfer === 'give' && !!d.object && !d.recipient;
  if (!d.passive) add('agent', d.subject);
  else {
    add('agent', d.byAgent);
    add(receivesInPassive ? 'recipient' : 'patient', d.subject);
  }
  if (!d.passive || receivesInPassive) add('patient', d.object);
  add('recipient', d.recipient);
  if (verb?.transfer === 'receive') add('source', d.source);
  return out;
}

const opensClause = (pos: string | undefined) => ['PROPN', 'NOUN', 'DET', 'PRON'].includes(pos ?? '');

/**
 * Complement clauses after the main verb ("said that X …", "referring to a statement that X …"):
 * each is a claim of its own, attributed to the reporting noun's phrase when there is one.
 */
function embeddedClaims(d: ClaimDraft, from: number): Claim[] {
  const { input } = d;
  const { tokens } = input;
  const to = d.to;
  // A second main clause: "No decision has been reached, but the administration is considering …".
  for (let k = from; k < to - 3; k++) {
    const w = tokens[k]!.value.toLowerCase();
    const joins = tokens[k - 1]?.value === ',' && (w === 'but' || w === 'while' || w === 'although');
    if ((!joins && w !== ';') || !opensClause(tokens[k + 1]?.pos)) continue;
    const claim = extractClaim({ ...input, from: k + 1, to: input.to });
    if (claim.verb && claim.subject) return [claim];
  }
  for (let k = from; k < to - 2; k++) {
    const t = tokens[k]!;
    if (t.value.toLowerCase() !== 'that' || (t.pos !== 'SCONJ' && t.pos !== 'PRON')) continue;
    if (!opensClause(tokens[k + 1]?.pos)) continue;
    const claim = extractClaim({ ...input, from: k + 1, to: input.to });
    if (!claim.verb || !claim.subject) return [];
    attributeToReportNoun(d, claim, from, k);
    return [claim];
  }
  return [];
}

/** "Biden’s public statement in May that …": the reporting phrase is the attribution. */
function attributeToReportNoun(d: ClaimDraft, claim: Claim, from: number, that: number): void {
  const { tokens } = d.input;
  const isReportNoun = (i: number) => REPORT_NOUNS.has(tokens[i]?.lemma.toLowerCase() ?? '');
  let n = that - 1;
  while (n > from && !isReportNoun(n) && that - n < 6) n--;
  if (!isReportNoun(n)) return;
  let s = n;
  while (s - 1 >= from && ['DET', 'ADJ', 'PROPN', 'NOUN', 'PART'].includes(tokens[s - 1]!.pos)) s--;
  claim.attribution = { speaker: phraseSpan(d, s, n + 1), cue: phraseSpan(d, n, n + 1) };
  if (claim.certainty === 'asserted') claim.certainty = 'reported';
}
