export const ENTITY_TYPES = ['person', 'organization', 'place', 'equipment', 'quantity', 'date'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A name-like type: one whose mentions are merged by name across the workspace. */
export type NameType = 'person' | 'organization' | 'place';

/**
 * Evidence for a name's type found in its context, before workspace-wide resolution.
 * Weights add up across every mention of the name in every document.
 */
export interface TypeEvidence {
  person: number;
  organization: number;
  place: number;
  /** Weak hints for a place ("in X"): capped when summed, so frequency alone cannot type a name. */
  placeHint?: number;
}

/** A candidate mention found in one document (source offsets into the file, end exclusive). */
export interface MentionCandidate {
  start: number;
  end: number;
  /** The surface as analysed (character references decoded, markup removed). */
  surface: string;
  kind: 'name' | 'equipment' | 'quantity' | 'date';
  /** Normalised name used to merge mentions (titles, possessives, dots and articles removed). */
  key: string;
  evidence?: TypeEvidence;
  /** Names whose type this one shares (coordination: "Kushner and Witkoff"). */
  coordinatedWith?: string[];
  /** An abbreviation this mention defines: "joint direct attack munitions (JDAMs)". */
  defines?: string;
  /** True when found in a title-case headline, where capitals say nothing about names. */
  inHeadline?: boolean;
  /** Normalised value: a number for quantities, an ISO string for dates. */
  value?: string | number | null;
  /** Display name (for quantities and equipment: the phrase without quantifiers). */
  name?: string;
  /** Quantities: unit ("%", "USD", "mm"), what is counted, and a hedge ("over", "about"). */
  unit?: string | null;
  counts?: string | null;
  qualifier?: string | null;
  /** Country a titled person serves ("US President Joe Biden" → United States). */
  affiliation?: string;
}
