export const FINDING_KINDS = [
  'role',
  'negation',
  'antonym',
  'number',
  'date',
  'certainty',
  'name-variant',
  'single-source',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
/** The kinds that pit two sources against each other. */
export type ContradictionKind = Exclude<FindingKind, 'single-source'>;

/** A passage of a document (source offsets). */
export interface Passage {
  uri: string;
  start: number;
  end: number;
  /** The sentence index, when the passage is a sentence. */
  sentence?: number;
}

export interface Finding {
  /** Content-based key: stays the same when other parts of the files change. */
  key: string;
  kind: FindingKind;
  /** The passage the finding is reported on. */
  a: Passage;
  /** The conflicting passages in other sources (empty for single-source claims). */
  others: Passage[];
  /** Plain text, states both sides. */
  message: string;
  /** 0..1: how sure the detector is. */
  confidence: number;
}

/**
 * One conflict seen from both sides: the finding reported in A (pointing at B) and the one reported
 * in B (pointing at A), sharing one key so a review decision covers both.
 */
export function bothSides(
  kind: ContradictionKind,
  key: string,
  a: Passage,
  b: Passage,
  messageInA: string,
  messageInB: string,
  confidence: number,
): Finding[] {
  return [
    { key, kind, a, others: [b], message: messageInA, confidence },
    { key, kind, a: b, others: [a], message: messageInB, confidence },
  ];
}
