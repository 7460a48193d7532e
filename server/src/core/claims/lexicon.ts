/** Words listed twice in one list: data errors, checked by a test. */
export const duplicateWords: string[] = [];

function words(list: string): Set<string> {
  const set = new Set<string>();
  for (const w of list.trim().split(/\s*\|\s*/)) {
    if (set.has(w)) duplicateWords.push(w);
    set.add(w);
  }
  return set;
}

/** Verbs whose outcome is negative; kept apart from grammatical negation. */
export const NEGATIVE_OUTCOME_VERBS = words(
  `withhold|delay|halt|pause|suspend|block|cancel|reject|freeze|stop|restrict|postpone|deny|refuse|ban|veto|
  curb|cut|limit|slow|withdraw|revoke|condition`,
);

/** Verbs that move something from a giver to a receiver; the subject gives. */
export const GIVING_VERBS = words(
  `sell|deliver|supply|ship|provide|send|give|transfer|export|offer|grant|lend|donate|hand`,
);
/** …and those where the subject receives. */
export const RECEIVING_VERBS = words(`buy|purchase|request|seek|receive|acquire|import|obtain|order|get|ask`);

/** Verbs of saying and reporting: their subject is the attribution, their complement the claim. */
export const SAY_VERBS = words(
  `say|tell|state|add|claim|announce|report|warn|insist|argue|note|explain|accuse|deny|confirm|remark|write|
  acknowledge|allege|assert|declare|stress|suggest|reveal|disclose|express|told|speculate|believe|think|fear|
  estimate|predict`,
);

/** Verbs that put what follows under consideration: "is considering slowing", "plans to halt". */
export const CONSIDERATION_VERBS = words(
  `consider|contemplate|weigh|mull|explore|discuss|plan|intend|propose|debate|eye|study|evaluate|look|threaten|
  aim|seek|hope|want|prepare|expect`,
);

/** Modal and adverbial hedges. */
export const HEDGE_WORDS = words(
  `may|might|could|would|should|can|likely|unlikely|possibly|potentially|perhaps|probably|reportedly|allegedly|
  apparently|possible|potential|expected|considering|contemplating|weighing|proposed|planned|underway|mulling`,
);

/** Nouns that put an event under consideration: "the possibility of withholding". */
export const CONSIDERATION_NOUNS = words(
  `possibility|option|idea|prospect|plan|proposal|threat|question|discussion|discussions|consideration|deliberation|deliberations`,
);

/** Verbs with almost no meaning of their own before a noun that carries it: "conduct a review". */
export const LIGHT_VERBS = words(`conduct|make|take|give|have|carry|undertake|hold|launch|perform`);

/** Auxiliaries and copulas: never the predicate when a content verb follows. */
export const AUXILIARIES = words(`be|have|do|will|shall|would|may|might|can|could|should|must|get`);

/** Phrasal particles kept with the verb: "slow down", "scale back", "carry out". */
export const PARTICLES = words(`up|down|out|off|back|away|over|in|on`);

/** Grammatical negators of a clause. */
export const NEGATORS = words(`not|n't|never|no|neither|nor|without`);

/** "last year", "next week": a relative time word before a time noun ends a noun phrase. */
export const RELATIVE_TIME = words(`last|next|this|earlier|later|that`);
export const TIME_NOUNS = words(
  `year|week|month|day|weekend|spring|summer|autumn|fall|winter|morning|evening|night|decade`,
);

/** Words that open a sentence as a time adverbial before the subject: "Yesterday, … Jobs unveiled". */
export const TIME_ADVERBS = words(
  `yesterday|today|tomorrow|tonight|now|earlier|later|meanwhile|previously|recently`,
);

/** "is unlikely to", "is expected to": raising adjectives between the auxiliary and the verb. */
export const RAISING_WORDS = words(
  `likely|unlikely|able|set|expected|due|poised|ready|going|about|willing|reluctant`,
);

/** "plans to deploy": the event is intended, not done. */
export const INTENT_VERBS = words(
  `plan|intend|want|hope|aim|expect|promise|threaten|pledge|vow|propose|seek`,
);
/** "refused to deliver", "failed to": the event did not happen. */
export const REFUSAL_VERBS = words(`refuse|fail|decline`);
/** Saying verbs that only guess: "officials believe that …". */
export const SPECULATION_VERBS = words(
  `speculate|believe|think|suspect|fear|guess|estimate|predict|assume|suggest`,
);

/** Verbs that take a particle: "slow down", "scale back". */
export const PHRASAL_VERBS = words(
  `slow|scale|step|cut|carry|call|hold|turn|shut|pull|rule|give|hand|set|lash|back|look|roll|phase|wind|break|sign`,
);

/** Nouns naming an event, carried by a light verb: "conduct a review". */
export const EVENT_NOUNS = words(
  `review|decision|attack|visit|assessment|investigation|strike|study|offensive|raid|sale|delivery|purchase|
  request|announcement|agreement|deal|pause|halt|suspension|withdrawal`,
);

/** Nouns of reporting whose "that"-clause is a claim the noun attributes: "a statement that …". */
export const REPORT_NOUNS = words(
  `statement|claim|report|assertion|announcement|remark|comment|warning|accusation|allegation|admission|
  suggestion|insistence`,
);
