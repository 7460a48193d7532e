import type { FindingKind } from '../contradictions/types';
import type { Relation } from '../matching/matcher';

/**
 * How two versions of a claim differ, word by word: the one list the Compare view's marks, legend
 * and explanations follow.
 */
export const DIFFERENCE_INFO = [
  { kind: 'actor', label: 'Other actor', summary: 'Who does it, or to whom it is done, is not the same.' },
  {
    kind: 'figure',
    label: 'Other figure',
    summary: 'A figure one source gives and the other gives differently.',
  },
  { kind: 'date', label: 'Other date', summary: 'A date one source gives and the other gives differently.' },
  { kind: 'negation', label: 'Negated', summary: 'Denied in one source, stated in the other.' },
  {
    kind: 'hedge',
    label: 'Open',
    summary: 'Possible, planned or undecided in one source, done in the other.',
  },
  { kind: 'future', label: 'Future', summary: 'Told as future in one source, as done in the other.' },
  { kind: 'only', label: 'Only here', summary: 'A name or figure the other source does not state.' },
] as const;

export type DifferenceKind = (typeof DIFFERENCE_INFO)[number]['kind'];

/** A marked stretch of a sentence (file offsets): linked to the other side, or a difference. */
export interface Mark {
  start: number;
  end: number;
  /** The same number on both sides marks the words that say the same thing. */
  link?: number;
  difference?: DifferenceKind;
}

/** A sentence cut into consecutive segments covering it whole, each with at most one mark. */
export interface Segment {
  start: number;
  end: number;
  link?: number;
  difference?: DifferenceKind;
}

export interface SentenceRef {
  uri: string;
  sentence: number;
}

/** One sentence of a comparison: where it is and its segments. */
export interface Version extends SentenceRef {
  start: number;
  end: number;
  segments: Segment[];
}

/** The sentence compared with one other source's version of it. */
export interface ComparedPair {
  anchor: Version;
  other: Version;
  /** How the matcher relates them; null when only a finding pairs them. */
  relation: Relation | null;
  score: number | null;
  /** The finding that pits them, when one does (review decisions applied by the caller). */
  conflict: { key: string; kind: FindingKind; message: string } | null;
  /** The kinds of difference marked, in `DIFFERENCE_INFO` order. */
  differences: DifferenceKind[];
}
