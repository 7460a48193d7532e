/**
 * Word lists of the claim comparison. Data, not code: general English and news vocabulary, none of
 * it taken from an article of the workspace. test/unit/alignment.test.ts checks them for duplicates.
 */

/** Words that negate the verb they precede (within its auxiliary chain). */
export const VERB_NEGATORS: readonly string[] = ['not', "n't", 'never', 'no longer', 'nt'];

/**
 * Words after a negator that make an idiom, not a denial: "not only … but also", "not just",
 * "not least", "not surprisingly".
 */
export const NEGATION_IDIOMS: readonly string[] = [
  'only',
  'just',
  'least',
  'surprisingly',
  'unlike',
  'merely',
  // "not until Friday": it happened, on Friday.
  'until',
];

/** Verbs whose negation widens rather than denies: "not limited to", "not restricted to". */
export const WIDENING_VERBS: readonly string[] = [
  'limit',
  'limited',
  'restrict',
  'restricted',
  'confine',
  'confined',
];

/** Possessive determiners: "its own" is no verb, "did not have its worst fall" denies the fall. */
export const POSSESSIVE_DETERMINERS: readonly string[] = [
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'whose',
];

/** Nouns of an amount, told of what follows "of": "a total of 237 orders", "a number of plants". */
export const AMOUNT_NOUNS: readonly string[] = ['total', 'number', 'handful', 'couple', 'majority', 'series'];

/** Verbs of aspect: their complement carries the claim ("continued to fall", "began to withdraw"). */
export const ASPECT_VERBS: readonly string[] = ['continue', 'begin', 'start', 'keep', 'resume', 'cease'];

/**
 * Prepositions after which a noun phrase modifies the noun before it: "the first flight of the
 * aircraft", "the package under review", "ministers from the G7" are the flight, the package, the
 * ministers.
 */
export const POST_MODIFIER_PREPOSITIONS: readonly string[] = [
  'of',
  'under',
  'from',
  'at',
  'in',
  'with',
  'for',
];

/**
 * Words of figures that move between reports: counts that grow as reports come in (the dead and
 * injured, cases, arrests, votes, orders), and market levels and the day's moves. Two articles
 * published days apart give different figures for these because the figure moved, not because they
 * disagree. Lemmas, as the comparison reads them.
 */
export const MOVING_FIGURE_WORDS: readonly string[] = [
  'dead',
  'death',
  'die',
  'kill',
  'killed',
  'toll',
  'fatality',
  'casualty',
  'victim',
  'injure',
  'injured',
  'injury',
  'wound',
  'wounded',
  'missing',
  'survivor',
  'body',
  'case',
  'infection',
  'infect',
  'hospitalize',
  'displace',
  'displaced',
  'evacuate',
  'evacuee',
  'refugee',
  'arrest',
  'detain',
  'vote',
  'signature',
  'tally',
  'order',
  'ordered',
  'sale',
  'index',
  'point',
  'share',
  'stock',
  'price',
  'close',
  'closing',
  'trading',
  'market',
  'low',
  'high',
];

/** Determiners that negate the noun they precede: "no casualties", "no decision". */
export const NOUN_NEGATORS: readonly string[] = ['no', 'zero'];

/** Verbs whose infinitive complement did not happen: "refused to sign", "failed to win". */
export const FAILURE_VERBS: readonly string[] = ['fail', 'refuse', 'decline', 'neglect'];

/**
 * Conditions that turn a denial into a requirement: "will not sign unless it includes the cuts" is
 * "will sign only if it includes the cuts".
 */
export const EXCEPTIVE_CONDITIONS: readonly string[] = ['unless', 'only if', 'except if'];

/**
 * Words opening a clause that supposes or asks rather than states: "would fold if it does not
 * receive aid", "whether it has not paid". A negation inside one denies nothing ("unless" is an
 * exceptive condition: `EXCEPTIVE_CONDITIONS`, judged for the whole sentence).
 */
export const SUPPOSING_WORDS: readonly string[] = ['if', 'whether', 'lest'];

/**
 * Verbs of letting happen: denied, they say what a verb of stopping says ("was not allowed to enter"
 * / "was blocked from entering", "did not accept the offer" / "rejected the offer").
 */
export const PERMISSION_VERBS: readonly string[] = [
  'allow',
  'permit',
  'let',
  'authorize',
  'authorise',
  'approve',
  'accept',
  'admit',
];

/**
 * Reciprocal verbs: "Lula met Merkel" is "Merkel met Lula", so their participants swapped are one
 * report (an act "with" someone is reciprocal too: "spoke with", "signed an agreement with").
 */
export const RECIPROCAL_VERBS: readonly string[] = [
  'meet',
  'play',
  'face',
  'marry',
  'divorce',
  'date',
  'kiss',
  'hug',
  'embrace',
  'greet',
  'fight',
  'battle',
  'clash',
  'draw',
  'tie',
  'resemble',
  'equal',
  'confront',
  'encounter',
  'rival',
  'talk',
  'speak',
  'chat',
  'negotiate',
  'confer',
  'correspond',
];

/** Verbs that deny the act they report: "denied that it had laid off workers", "denied sending". */
export const DENIAL_VERBS: readonly string[] = ['deny'];

/** Auxiliaries of the future and the conditional: the act is announced or supposed, not done. */
export const FUTURE_AUXILIARIES: readonly string[] = ['will', 'would', 'shall'];

/** Modal hedges: the act is possible, not done. */
export const MODALS: readonly string[] = ['may', 'might', 'could', 'can', 'should'];

/**
 * Words before a verb that make it possible or planned rather than done. ("Reportedly" and
 * "allegedly" say on whose word, not how sure: they are attribution, not hedges.)
 */
export const HEDGES: readonly string[] = [
  'possibly',
  'potentially',
  'perhaps',
  'probably',
  'likely',
  'unlikely',
  'expected',
  'set',
  'poised',
  'due',
];

/** Of the hedges, those of a planned or expected act (the rest make it merely possible). */
export const PLANNED_HEDGES: readonly string[] = ['likely', 'unlikely', 'expected', 'set', 'poised', 'due'];

/** Of the verbs of consideration, those of an intended act ("plans to"); the rest leave it open. */
export const PLANNED_VERBS: readonly string[] = [
  'plan',
  'intend',
  'propose',
  'threaten',
  'hope',
  'aim',
  'want',
  'seek',
  'expect',
  'prepare',
  'try',
  'attempt',
];

/**
 * Of the verbs of intent, those of wanting: with a thing as object ("seeks bankruptcy protection",
 * "wants more weapons") they report a request or a wish, which is itself done, not an undecided act.
 */
export const DESIRE_VERBS: readonly string[] = ['seek', 'want', 'hope', 'wish'];

/** Verbs that put their complement under consideration: "is considering cutting", "plans to cut". */
export const OPEN_VERBS: readonly string[] = [
  'consider',
  'contemplate',
  'weigh',
  'mull',
  'explore',
  'discuss',
  'debate',
  ...PLANNED_VERBS,
];
/** Nouns of an open matter: "no decision has been made", "the possibility of withholding". */
export const OPEN_NOUNS: readonly string[] = [
  'decision',
  'possibility',
  'option',
  'prospect',
  'proposal',
  'plan',
  'consideration',
  'deliberation',
];

/** Lemmas that carry no content of a claim: auxiliaries, light verbs, pronouns, quantifiers. */
export const NON_CONTENT: readonly string[] = [
  'be',
  'have',
  'do',
  'will',
  'would',
  'shall',
  'get',
  'also',
  'just',
  'very',
  'so',
  'too',
  'only',
  'even',
  'still',
  'yet',
  'already',
  'now',
  'then',
  'here',
  'there',
  'mr',
  'ms',
  'mrs',
  'dr',
  'say',
  'tell',
  'accord',
  'other',
  'such',
  'same',
  'own',
  'more',
  'most',
  'less',
  'least',
  'much',
  'many',
  'some',
  'any',
  'all',
  'each',
  'both',
  'few',
  'several',
  'one',
  'thing',
  'way',
  'lot',
  'kind',
  'part',
];

/** Participles used as prepositions: "particularly regarding the terms", "including Gaza". */
export const PREPOSITIONAL_PARTICIPLES: readonly string[] = [
  'regarding',
  'concerning',
  'including',
  'following',
  'excluding',
  'involving',
  'pending',
  'barring',
];

/** Verbs of saying: the speaker's words are compared, not the saying. */
export const SAYING_VERBS: readonly string[] = [
  'say',
  'tell',
  'state',
  'add',
  'claim',
  'announce',
  'report',
  'write',
  'note',
  'explain',
  'insist',
  'argue',
  'declare',
  'stress',
  'assert',
  'confirm',
  'acknowledge',
];

/**
 * Verbs of a figure moving up and moving down ("climbed" / "dropped", "surged" / "tumbled"): every
 * verb of one list is the opposite of every verb of the other.
 */
export const MOVES_UP: readonly string[] = [
  'rise',
  'climb',
  'gain',
  'surge',
  'jump',
  'soar',
  'rally',
  'rebound',
  'increase',
  'grow',
];
export const MOVES_DOWN: readonly string[] = [
  'fall',
  'drop',
  'decline',
  'slide',
  'tumble',
  'plunge',
  'sink',
  'slump',
  'dip',
  'decrease',
  'shrink',
  'slip',
];

/** Opposites WordNet does not list (or lists only for rarer senses). */
export const CURATED_ANTONYMS: ReadonlyArray<readonly [string, string]> = [
  ['uphold', 'overturn'],
  ['uphold', 'reverse'],
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
  ['approve', 'veto'],
  ['confirm', 'deny'],
  ['admit', 'deny'],
  ['lift', 'impose'],
  ['advance', 'retreat'],
  ['withdraw', 'deploy'],
  ['support', 'oppose'],
  ['sign', 'reject'],
  ['grant', 'deny'],
  ['increase', 'cut'],
  ['increase', 'reduce'],
  ['raise', 'cut'],
  ['raise', 'lower'],
  ['gain', 'lose'],
  ['win', 'lose'],
  ['beat', 'lose'],
  ['defeat', 'lose'],
  ['open', 'close'],
  ['open', 'closed'],
  ['ban', 'permit'],
  ['ban', 'allow'],
  ['accept', 'refuse'],
  ['accept', 'reject'],
  ['accept', 'decline'],
  ['accelerate', 'delay'],
  ['expedite', 'delay'],
  ['hire', 'fire'],
  ['hire', 'lay'],
  ['join', 'leave'],
  ['join', 'quit'],
  ['enter', 'exit'],
  ['arrive', 'depart'],
  ['begin', 'end'],
  ['start', 'end'],
  ['start', 'stop'],
  ['succeed', 'fail'],
  ['pass', 'fail'],
  ['acquit', 'convict'],
  ['guilty', 'innocent'],
  ['legal', 'illegal'],
  ['high', 'low'],
  ['higher', 'lower'],
  ['highest', 'lowest'],
  ['profit', 'loss'],
  ['surplus', 'deficit'],
  ['success', 'failure'],
  ['victory', 'defeat'],
  ['strengthen', 'weaken'],
  ['expand', 'shrink'],
  ['expand', 'contract'],
  ['boost', 'cut'],
  ['improve', 'worsen'],
  ['improve', 'deteriorate'],
  ['early', 'late'],
  ['earlier', 'later'],
  ['first', 'last'],
  ['public', 'private'],
  ['positive', 'negative'],
  ['strong', 'weak'],
  ['stronger', 'weaker'],
  ['majority', 'minority'],
  ['true', 'false'],
  ['alive', 'dead'],
  ['survive', 'die'],
  ['include', 'exclude'],
  ['agree', 'refuse'],
  ['agree', 'reject'],
  ['expand', 'reduce'],
  ['expand', 'cut'],
  ['add', 'remove'],
  ['enter', 'leave'],
  ['pass', 'reject'],
  ['pass', 'defeat'],
  ['allow', 'block'],
  ['allow', 'forbid'],
  ['permit', 'forbid'],
  ['extend', 'shorten'],
  ['tighten', 'loosen'],
  ['tighten', 'ease'],
  ['allow', 'prevent'],
  ['encourage', 'discourage'],
  ['praise', 'criticize'],
  ['praise', 'criticise'],
  ['welcome', 'condemn'],
  ['agree', 'disagree'],
  ['like', 'dislike'],
  ['love', 'hate'],
  ['cheap', 'expensive'],
  ['safe', 'dangerous'],
  ['full', 'empty'],
  ['wet', 'dry'],
  ['asleep', 'awake'],
  ['sleep', 'wake'],
  ['sit', 'stand'],
  ['up', 'down'],
  ['inside', 'outside'],
  ['indoors', 'outdoors'],
  ['day', 'night'],
];

/**
 * Converses: the same transfer seen from the other end ("A sold to B" = "B bought from A"). Opposites
 * only when one actor does both.
 */
export const CONVERSES: ReadonlyArray<readonly [string, string]> = [
  ['buy', 'sell'],
  ['lend', 'borrow'],
  ['import', 'export'],
  ['give', 'receive'],
  ['win', 'lose'],
  ['beat', 'lose'],
  ['defeat', 'lose'],
  ['lead', 'trail'],
];

/** Event nouns WordNet does not derive from their verb. */
export const CURATED_DERIVATIONS: Readonly<Record<string, string>> = {
  sale: 'sell',
  victory: 'win',
  loss: 'lose',
  win: 'win',
  purchase: 'buy',
  death: 'die',
  killing: 'kill',
  arrest: 'arrest',
  rise: 'rise',
  fall: 'fall',
  cut: 'cut',
  increase: 'increase',
  decrease: 'decrease',
  gain: 'gain',
  drop: 'drop',
  resignation: 'resign',
  election: 'elect',
  approval: 'approve',
  rejection: 'reject',
  refusal: 'refuse',
  denial: 'deny',
  acquisition: 'acquire',
  merger: 'merge',
  ban: 'ban',
};

export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export { MONTHS } from '../entities/dates';
/**
 * Activities one doer cannot carry on at the same time, by group: two verbs of one group exclude
 * each other when the group is exclusive within itself, and groups listed as exclusive exclude
 * each other's verbs ("is sitting" / "is running", "is sleeping" / "is jogging").
 */
export const ACTIVITY_GROUPS: Readonly<Record<string, readonly string[]>> = {
  posture: ['sit', 'stand', 'lie', 'kneel', 'squat', 'crouch'],
  motion: [
    'run',
    'walk',
    'jog',
    'swim',
    'climb',
    'jump',
    'dance',
    'skate',
    'ski',
    'surf',
    'hike',
    'sprint',
    'crawl',
  ],
  rest: ['sleep', 'nap', 'doze', 'asleep'],
  vehicle: ['drive', 'fly', 'cycle', 'pilot'],
};

/** Groups within which any two different verbs exclude each other. */
export const EXCLUSIVE_WITHIN: readonly string[] = ['posture', 'motion'];

/** Pairs of groups whose verbs exclude each other. */
export const EXCLUSIVE_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['posture', 'motion'],
  ['rest', 'motion'],
  ['rest', 'vehicle'],
  ['rest', 'posture'],
  ['motion', 'vehicle'],
];

/** Manners that exclude each other: "whispering" / "shouting", "crying" / "laughing". */
export const EXCLUSIVE_MANNERS: ReadonlyArray<readonly [string, string]> = [
  ['whisper', 'shout'],
  ['whisper', 'scream'],
  ['cry', 'laugh'],
  ['fight', 'hug'],
  ['silent', 'cheer'],
  ['silent', 'shout'],
  ['silent', 'sing'],
  ['quiet', 'loud'],
  ['awake', 'sleep'],
];
