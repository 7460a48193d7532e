import data from '../entities/generated/gazetteer.json';

const words = (s: string): string[] => s.trim().split(/\s*\|\s*/);

/**
 * Predicates that describe the same kind of event, so two sources can be compared on it. A claim's
 * family is that of its verb's lemma (the particle dropped).
 */
const FAMILIES: Record<string, string[]> = {
  withhold: words(
    'withhold|hold|delay|halt|pause|suspend|slow|block|freeze|stop|restrict|postpone|cut|curb|limit|condition',
  ),
  supply: words('deliver|supply|ship|provide|send|transfer|release|resume|give|hand|arm|continue'),
  sell: words('sell|export'),
  buy: words('buy|purchase|acquire|import|order'),
  request: words('request|seek|ask'),
  attack: words('attack|strike|bomb|invade|raid|shell|target|storm'),
  kill: words('kill|die|perish|murder'),
  approve: words('approve|authorize|authorise|clear|greenlight|sign|accept'),
  reject: words('reject|refuse|veto|deny|decline|oppose'),
  review: words('review|examine|assess|scrutinize|scrutinise|evaluate|study|investigate'),
  meet: words('meet|visit|host|receive'),
  withdraw: words('withdraw|pull|retreat|leave|exit'),
  deploy: words('deploy|enter|advance|move|invade'),
  increase: words('increase|raise|boost|expand|grow|rise'),
  decrease: words('decrease|reduce|lower|shrink|fall|drop|decline'),
  win: words('win|defeat|beat'),
  lose: words('lose'),
  leverage: words('leverage|use|utilize|utilise|employ|exploit'),
};

/** Domain antonyms beyond WordNet's (which has few for these verbs). */
const CURATED_ANTONYMS: Array<[string, string]> = [
  ['withhold', 'deliver'],
  ['withhold', 'release'],
  ['withhold', 'provide'],
  ['withhold', 'supply'],
  ['suspend', 'resume'],
  ['halt', 'resume'],
  ['pause', 'resume'],
  ['stop', 'resume'],
  ['freeze', 'unfreeze'],
  ['approve', 'reject'],
  ['approve', 'block'],
  ['confirm', 'deny'],
  ['lift', 'impose'],
  ['escalate', 'de-escalate'],
  ['advance', 'retreat'],
  ['withdraw', 'deploy'],
  ['support', 'oppose'],
  ['sign', 'reject'],
  ['grant', 'deny'],
  ['increase', 'cut'],
  ['raise', 'lower'],
  ['rise', 'fall'],
  ['open', 'close'],
  ['ban', 'permit'],
  ['ban', 'allow'],
  ['accept', 'refuse'],
  ['accelerate', 'delay'],
  ['expedite', 'delay'],
  ['speed', 'delay'],
];

const familyOf = new Map<string, string>();
for (const [family, members] of Object.entries(FAMILIES))
  for (const m of members) if (!familyOf.has(m)) familyOf.set(m, family);

const antonyms = new Set<string>();
const addAntonyms = (a: string, b: string) => {
  antonyms.add(`${a}|${b}`);
  antonyms.add(`${b}|${a}`);
};
for (const [a, b] of (data as { verbAntonyms: string[][] }).verbAntonyms) addAntonyms(a!, b!);
for (const [a, b] of CURATED_ANTONYMS) addAntonyms(a, b);

/** The verb of a predicate ("sell … to" → "sell", "slow down" → "slow"). */
export const verbOf = (predicate: string): string => predicate.split(' ')[0] ?? '';

export function family(predicate: string): string {
  const verb = verbOf(predicate);
  return familyOf.get(verb) ?? verb;
}

/** Explicit antonym pairs only (WordNet and the curated list): families are too broad for opposites. */
export function areAntonyms(p: string, q: string): boolean {
  return antonyms.has(`${verbOf(p)}|${verbOf(q)}`);
}

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
