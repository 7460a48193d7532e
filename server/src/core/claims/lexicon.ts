const words = (s: string): Set<string> => new Set(s.trim().split(/\s*\|\s*/));

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
  estimate|predict|remark`,
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
