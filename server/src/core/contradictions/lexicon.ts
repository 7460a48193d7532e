import { GOVERNMENT_SEATS } from '../entities/governments';

/** Organisations whose country is general knowledge (the side they speak for). */
export const ORGANIZATION_COUNTRY: Record<string, string> = {
  ...GOVERNMENT_SEATS,
  Pentagon: 'United States',
  Congress: 'United States',
  Senate: 'United States',
  'State Department': 'United States',
  'Department of Defense': 'United States',
  'Central Intelligence Agency': 'United States',
  'Federal Bureau of Investigation': 'United States',
  'National Security Agency': 'United States',
  'National Security Council': 'United States',
  'House of Representatives': 'United States',
  Knesset: 'Israel',
  Mossad: 'Israel',
  'Shin Bet': 'Israel',
  'Israel Defense Forces': 'Israel',
  'Revolutionary Guards': 'Iran',
};
