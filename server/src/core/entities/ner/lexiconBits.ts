import { gazetteer, nameKey } from '../gazetteer';
import {
  CALENDAR_WORDS,
  NOT_NAMES,
  ORG_FOLLOWERS,
  ORG_HEADS,
  PERSON_ROLE_NOUNS,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  TITLE_HEADS,
} from '../lexicon';

/**
 * Membership of one word in the gazetteers and cue lists, as bits: the tagger's knowledge features.
 * Looked up case-insensitively, so an all-caps dateline ("LONDON") finds what "London" finds.
 */
export const BIT = {
  place: 1 << 0,
  city: 1 << 1,
  firstName: 1 << 2,
  organization: 1 << 3,
  titleHead: 1 << 4,
  orgHead: 1 << 5,
  placeHead: 1 << 6,
  roleNoun: 1 << 7,
  demonym: 1 << 8,
  calendar: 1 << 9,
  orgFollower: 1 << 10,
  placeFollower: 1 << 11,
  placePreposition: 1 << 12,
  notName: 1 << 13,
  /** Set per position, not per word: the word starts or continues a known multi-word place / organisation. */
  inPlace: 1 << 14,
  inOrganization: 1 << 15,
  inCity: 1 << 16,
  companyWord: 1 << 17,
} as const;
export const BIT_COUNT = 18;
/** Bits set per position by phraseBits, not per word. */
export const PHRASE_BITS = BIT.inPlace | BIT.inOrganization | BIT.inCity;

const capitalised = (lower: string): string => lower.charAt(0).toUpperCase() + lower.slice(1);

/**
 * Bits of a word from its lower-cased form (the same for "LONDON", "London", "london" except case
 * cues). Not memoised here: the features cache everything that depends on the word alone.
 */
export function wordBits(value: string, lower: string): number {
  const g = gazetteer();
  const key = nameKey(lower);
  const title = capitalised(lower);
  let bits = 0;
  if (g.placeOf(key)) bits |= BIT.place;
  if (g.isCity(key)) bits |= BIT.city;
  if (g.isFirstName(title)) bits |= BIT.firstName;
  if (g.organizationOf(key)) bits |= BIT.organization;
  if (g.isCompanyWord(lower)) bits |= BIT.companyWord;
  if (TITLE_HEADS.has(value) || TITLE_HEADS.has(title)) bits |= BIT.titleHead;
  if (ORG_HEADS.has(value) || ORG_HEADS.has(title)) bits |= BIT.orgHead;
  if (PLACE_HEADS.has(value) || PLACE_HEADS.has(title)) bits |= BIT.placeHead;
  if (PERSON_ROLE_NOUNS.has(lower)) bits |= BIT.roleNoun;
  if (g.countryOfDemonym(title)) bits |= BIT.demonym;
  if (CALENDAR_WORDS.has(title)) bits |= BIT.calendar;
  if (ORG_FOLLOWERS.has(lower)) bits |= BIT.orgFollower;
  if (PLACE_FOLLOWERS.has(lower)) bits |= BIT.placeFollower;
  if (PLACE_PREPOSITIONS.has(lower)) bits |= BIT.placePreposition;
  if (NOT_NAMES.has(title)) bits |= BIT.notName;
  return bits;
}

/** Bits for known two- and three-word names ("New York", "White House", "Des Moines") over a window. */
export function phraseBits(
  lowers: readonly string[],
  capitalisedAt: (i: number) => boolean,
  out: Int32Array,
): void {
  const g = gazetteer();
  const n = lowers.length;
  for (let i = 0; i < n; i++) {
    if (!capitalisedAt(i)) continue;
    for (let len = 2; len <= 3 && i + len <= n; len++) {
      let ok = true;
      for (let k = i + 1; k < i + len; k++) if (!capitalisedAt(k) && lowers[k] !== 'of') ok = false;
      if (!ok || !capitalisedAt(i + len - 1)) break;
      const key = lowers.slice(i, i + len).join(' ');
      const bit = g.placeOf(key)
        ? BIT.inPlace
        : g.organizationOf(key)
          ? BIT.inOrganization
          : g.isCity(key)
            ? BIT.inCity
            : 0;
      if (bit) for (let k = i; k < i + len; k++) out[k] |= bit;
    }
  }
}
