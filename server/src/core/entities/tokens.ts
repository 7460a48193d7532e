import type { Token } from '../nlp/tokenize';

export const isCapitalized = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.value);
export const lower = (t: Token | undefined): string => (t ? t.value.toLowerCase() : '');

/** Possessive endings are never part of a name: "Israel’s" → "Israel". */
export function withoutPossessive(text: string): string {
  return text.replace(/['’](s)?$/u, (m, s) => (s || m.length === 1 ? '' : m));
}

/** An abbreviation in capitals, optionally plural: "EADS", "JDAMs", "U.S.". */
export const isAcronym = (value: string): boolean => /^(?:[A-Z]{2,6}s?|(?:[A-Z]\.){2,4})$/.test(value);

/** A weapon model designation: "F-15EX", "MQ-9", "AH-64s". */
export const isModelCode = (value: string): boolean => /^[A-Z]{1,3}-\d{1,3}[A-Z]{0,3}s?$/.test(value);
