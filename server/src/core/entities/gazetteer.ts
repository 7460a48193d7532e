import data from './generated/gazetteer.json';
import { COUNTRY_ABBREVIATIONS, KNOWN_ORGANIZATIONS, KNOWN_PLACES } from './lexicon';

/**
 * Lookup tables built once from the generated gazetteer (countries, cities, first names from
 * data packages) and the curated lists. Keys are lowercase, whitespace-collapsed names.
 */
interface GazetteerData {
  countries: string[][];
  demonyms: Record<string, string>;
  cities: string[];
  firstNames: string[];
  /** Lower-cased words of company names ("chrysler", "airbus"). */
  companyWords: string[];
}

export interface Gazetteer {
  /** Country, region or abbreviation → canonical place name. */
  placeOf(key: string): string | undefined;
  isCity(key: string): boolean;
  /** Known organisation name or abbreviation → canonical name. */
  organizationOf(key: string): string | undefined;
  isFirstName(word: string): boolean;
  /** A word of a company name, lower-cased ("chrysler"): a hint for the tagger, not a name by itself. */
  isCompanyWord(lower: string): boolean;
  /** "Israeli", "Israelis" → "Israel". */
  countryOfDemonym(word: string): string | undefined;
}

export const nameKey = (s: string): string =>
  s.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const d = data as GazetteerData;
  const places = new Map<string, string>();
  for (const [canonical, ...aliases] of d.countries) {
    for (const n of [canonical!, ...aliases]) places.set(nameKey(n), canonical!);
  }
  for (const group of KNOWN_PLACES) for (const n of group) places.set(nameKey(n), group[0]!);
  for (const [abbr, canonical] of Object.entries(COUNTRY_ABBREVIATIONS)) places.set(nameKey(abbr), canonical);
  const organizations = new Map<string, string>();
  for (const group of KNOWN_ORGANIZATIONS) for (const n of group) organizations.set(nameKey(n), group[0]!);
  const cities = new Set(d.cities.map(nameKey));
  const firstNames = new Set(d.firstNames);
  const companyWords = new Set(d.companyWords);
  const demonyms = new Map<string, string>();
  for (const [demonym, country] of Object.entries(d.demonyms)) {
    demonyms.set(demonym, country);
    demonyms.set(`${demonym}s`, country);
  }
  cached = {
    placeOf: (key) => places.get(key),
    isCity: (key) => cities.has(key),
    organizationOf: (key) => organizations.get(key),
    isFirstName: (word) => firstNames.has(word),
    isCompanyWord: (lower) => companyWords.has(lower),
    countryOfDemonym: (word) => demonyms.get(word),
  };
  return cached;
}
