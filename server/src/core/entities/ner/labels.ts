import type { NameType } from '../types';

/** BIO labels of the tagger, in the order of the weight matrix's columns. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

/** The entity type a tag names, as written in the training files ("PER", "ORG", "LOC"). */
export const TAG_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type TagType = (typeof TAG_TYPES)[number];

export const NAME_TYPE_OF: Readonly<Record<TagType, NameType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
};

export const labelIndex = (label: string): number => {
  const i = (LABELS as readonly string[]).indexOf(label);
  if (i < 0) throw new Error(`unknown NER label ${label}`);
  return i;
};

export const isBegin = (label: number): boolean => label % 2 === 1;
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;
/** The type of a B- or I- label: 0 PER, 1 ORG, 2 LOC. */
export const typeOfLabel = (label: number): TagType => TAG_TYPES[(label - 1) >> 1]!;

/** BIO: I-X may only follow B-X or I-X. */
export function allowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true;
  return from === to || from === to - 1;
}
