/** A span of the analysed sentence, in source offsets (end exclusive). */
export interface ClaimSpan {
  text: string;
  start: number;
  end: number;
}

export type Polarity = 'affirmed' | 'negated';
export type Certainty = 'asserted' | 'hedged' | 'reported';

/** Why a claim is not stated as done: one list, read by the certainty pass and the summaries. */
export const HEDGE_KINDS = [
  'modal',
  'consideration',
  'intent',
  'undecided',
  'speculation',
  'refusal',
] as const;
export type HedgeKind = (typeof HEDGE_KINDS)[number];

export interface ClaimHedge extends ClaimSpan {
  kind: HedgeKind;
}

/** Transfer verbs move something: the subject gives (sell, deliver) or receives (buy, request). */
export type TransferDirection = 'give' | 'receive';

/** The verb of a claim, in parts: "slowing down" → slow + down; "referring to" → refer + to. */
export interface ClaimVerb {
  lemma: string;
  /** A copula's adjective carries the claim: "was crucial" → be + crucial. */
  adjective: string | null;
  particle: string | null;
  /** The preposition of a prepositional object: "lashed out at X", "referring to X". */
  preposition: string | null;
  transfer: TransferDirection | null;
  span: ClaimSpan | null;
}

export const ARGUMENT_ROLES = ['agent', 'patient', 'recipient', 'source'] as const;
export type ArgumentRole = (typeof ARGUMENT_ROLES)[number];

/** agent: the subject; patient: the object; recipient: "to X"; source: "from X". */
export interface ClaimArgument {
  role: ArgumentRole;
  span: ClaimSpan;
}

/** On whose word: "according to X", "X said", "X's statement that …". */
export interface ClaimAttribution {
  speaker: ClaimSpan | null;
  cue: ClaimSpan | null;
}

/** The main claim of one sentence: who did or said what to whom, how sure, and on whose word. */
export interface Claim {
  /** Index of the sentence in its document. */
  sentence: number;
  start: number;
  end: number;
  subject: ClaimSpan | null;
  /** Null when the sentence has no verb to carry a claim. */
  verb: ClaimVerb | null;
  /** The word carrying the predicate (the verb, or a copula's adjective). */
  predicateSpan: ClaimSpan | null;
  object: ClaimSpan | null;
  recipient: ClaimSpan | null;
  /** The participants with their roles, in sentence order of the roles above. */
  arguments: ClaimArgument[];
  polarity: Polarity;
  /** The predicate is a negative outcome (withhold, delay, halt…), which is not a negation. */
  negativeOutcome: boolean;
  certainty: Certainty;
  /** Grammatical negations of the main clause: "not", "no", "unlikely to". */
  negations: ClaimSpan[];
  /** What makes the claim open: modals, consideration, intent, undecided matters, refusal. */
  hedges: ClaimHedge[];
  attribution: ClaimAttribution | null;
  /** From a headline or a Title Case line: a label, not a statement to compare. */
  headline?: boolean;
  /** Claims stated inside this one: "… statement in May that Israel was withholding …". */
  embedded?: Claim[];
}
