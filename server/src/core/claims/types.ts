/** A span of the analysed sentence, in source offsets (end exclusive). */
export interface ClaimSpan {
  text: string;
  start: number;
  end: number;
}

export type Polarity = 'affirmed' | 'negated';
export type Certainty = 'asserted' | 'hedged' | 'reported';

/** The main claim of one sentence: who did or said what to whom, how sure, and on whose word. */
export interface Claim {
  /** Index of the sentence in its document. */
  sentence: number;
  start: number;
  end: number;
  subject: ClaimSpan | null;
  /** Lemma with particle and preposition: "withhold", "sell … to", "slow down". */
  predicate: string;
  predicateSpan: ClaimSpan | null;
  object: ClaimSpan | null;
  recipient: ClaimSpan | null;
  /** Transfer verbs (sell, deliver, request…): who gives and who receives. */
  direction: { giver: ClaimSpan | null; receiver: ClaimSpan | null } | null;
  polarity: Polarity;
  /** The predicate is a negative outcome (withhold, delay, halt…), which is not a negation. */
  negativeOutcome: boolean;
  certainty: Certainty;
  /** Words that made the claim hedged or negated ("considering", "no definitive decisions"). */
  cues: string[];
  attribution: ClaimSpan | null;
  /** From a headline or a Title Case line: a label, not a statement to compare. */
  headline?: boolean;
  /** Claims stated inside this one: "… statement in May that Israel was withholding …". */
  embedded?: Claim[];
}
