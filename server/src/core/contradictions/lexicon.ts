/** Predicates too general to compare ("say", "be", "have"): two claims with them are not one event. */
export const GENERIC_PREDICATES = new Set([
  'be',
  'have',
  'do',
  'make',
  'say',
  'tell',
  'get',
  'go',
  'come',
  'take',
  'give',
  'use',
  'see',
  'know',
  'think',
  'explain',
  'describe',
  'refer',
  'remark',
  'express',
  'comment',
  'note',
  'add',
]);

const IRREGULAR_PAST: Record<string, string> = {
  withhold: 'withheld',
  hold: 'held',
  sell: 'sold',
  buy: 'bought',
  send: 'sent',
  give: 'gave',
  make: 'made',
  take: 'took',
  strike: 'struck',
  seek: 'sought',
  lead: 'led',
  build: 'built',
  bring: 'brought',
  keep: 'kept',
  leave: 'left',
  lose: 'lost',
  win: 'won',
  begin: 'began',
  pay: 'paid',
  say: 'said',
  tell: 'told',
  hit: 'hit',
  cut: 'cut',
  put: 'put',
  set: 'set',
  shut: 'shut',
  spend: 'spent',
  meet: 'met',
  fight: 'fought',
  shoot: 'shot',
  die: 'died',
  deny: 'denied',
  supply: 'supplied',
  be: 'was',
  have: 'had',
  do: 'did',
  go: 'went',
  run: 'ran',
};

/** Simple past of a verb lemma, for questions like "Who withheld …?". */
export function pastTense(verb: string): string {
  if (IRREGULAR_PAST[verb]) return IRREGULAR_PAST[verb]!;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

/** Organisations whose country is general knowledge (the side they speak for). */
export const ORGANIZATION_COUNTRY: Record<string, string> = {
  'White House': 'United States',
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
  Kremlin: 'Russia',
  'Revolutionary Guards': 'Iran',
};
