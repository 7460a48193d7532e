/**
 * Every kind of finding, in the order the Problems panel and the docs list them: the one list the
 * protocol, the `triangulate.severity.<kind>` settings, SARIF rules and README follow (tests check
 * package.json, protocol.ts and README against it).
 */
export const FINDING_KIND_INFO = [
  {
    kind: 'role',
    severity: 'warning',
    summary: 'The same event with participants swapped (who withheld, who sold to whom).',
  },
  { kind: 'negation', severity: 'warning', summary: 'One source affirms what another negates.' },
  {
    kind: 'antonym',
    severity: 'warning',
    summary: 'Opposite predicates about the same event (withhold / deliver, rise / fall, open / closed).',
  },
  {
    kind: 'number',
    severity: 'warning',
    summary: 'The same counted thing with different figures (beyond rounding and "over"/"about").',
  },
  { kind: 'date', severity: 'warning', summary: 'The same event placed on dates that cannot both hold.' },
  {
    kind: 'certainty',
    severity: 'information',
    summary:
      'Reported as done in one source, undecided or under consideration in another (possibly a change over time).',
  },
  {
    kind: 'self-contradiction',
    severity: 'information',
    summary:
      'One source reports both sides of an inconsistency (a speaker contradicting themselves, or a correction): not a disagreement between sources.',
  },
  { kind: 'name-variant', severity: 'warning', summary: 'The same person named differently across sources.' },
  {
    kind: 'single-source',
    severity: 'information',
    summary:
      'A check-worthy claim (a figure, a named actor doing something specific) that no other source reports.',
  },
  {
    kind: 'anachronism',
    severity: 'information',
    summary:
      'An office holder titled at a date outside their term ("President Obama" in a report dated 2006), by a table of office holders.',
  },
] as const;

export const FINDING_KINDS = FINDING_KIND_INFO.map((k) => k.kind);
export type FindingKind = (typeof FINDING_KIND_INFO)[number]['kind'];
/** The kinds reported on one passage alone, with no other source to point at. */
export const ONE_SIDED_KINDS = ['single-source', 'anachronism'] as const satisfies readonly FindingKind[];
export type OneSidedKind = (typeof ONE_SIDED_KINDS)[number];
export const isOneSided = (kind: FindingKind): kind is OneSidedKind =>
  (ONE_SIDED_KINDS as readonly string[]).includes(kind);
/** The kinds that pit two passages against each other. */
export type ContradictionKind = Exclude<FindingKind, OneSidedKind>;

/** A passage of a document (source offsets). */
export interface Passage {
  uri: string;
  start: number;
  end: number;
  /** The sentence index, when the passage is a sentence. */
  sentence?: number;
  /**
   * On a conflicting passage of a finding that merges several sources: the explanation of this
   * pair (the finding's `message` explains the first).
   */
  message?: string;
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
