import type { Token } from '../nlp/tokenize';
import { gazetteer } from './gazetteer';
import type { NameSpan } from './names';

/** Evidence of a dateline's place: more than the tagger and the gazetteer together. */
const DATELINE_STRENGTH = 8;
/** What follows the place of a dateline: a date, "(Reuters)", ", Feb 3", " - ". */
const AFTER_PLACE = new Set(['(', ',', '-', '—', '–']);
const LETTER = /\p{L}/u;

const inCapitals = (text: string): boolean => LETTER.test(text) && text === text.toUpperCase();

/**
 * "LONDON 1996-08-30", "WASHINGTON (Reuters) -", "BRUSSELS, Feb 3 (AP) —": a known place in
 * capitals opening a sentence, followed by a date, an agency or a dash, is where the story was
 * filed, a place (the tagger can read "WASHINGTON" as the government).
 */
export function markDatelinePlace(
  names: NameSpan[],
  tokens: readonly Token[],
  from: number,
  to: number,
): void {
  const first = names[0];
  if (!first || first.tokenStart !== from || first.tokenEnd - from > 3 || !inCapitals(first.surface)) return;
  const next = tokens[first.tokenEnd];
  const dated =
    first.tokenEnd === to || (next !== undefined && (AFTER_PLACE.has(next.value) || /^\d/.test(next.value)));
  const g = gazetteer();
  if (dated && (g.placeOf(first.key) || g.isCity(first.key))) first.evidence.place += DATELINE_STRENGTH;
}
