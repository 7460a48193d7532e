import type { Alignment } from '../../alignment/align';
import type { SentenceView, Unit } from '../../alignment/view';
import { EXCEPTIVE_CONDITIONS, PERMISSION_VERBS, SUPPOSING_WORDS } from '../../alignment/words';
import { governedOpposites } from './antonym';
import type { Conflict, Detector, DetectorInput, PairSide } from './detector';
import {
  alignedCores,
  DENYING_AUX,
  inside,
  mainPredicate,
  predicateGroup,
  reportDenied,
  sameParticipants,
  sameReport,
  sameReportAnyVerb,
  sentenceOf,
} from './detector';

const PREDICATE_TAGS = new Set(['V', 'J', 'N']);
const PERMISSION = new Set(PERMISSION_VERBS);
const SUPPOSING = new Set(SUPPOSING_WORDS);

/** Words looked back from a negated verb for the clause's "if" ("if the company does not receive"). */
const CLAUSE_LOOKBACK = 6;

/** "Would fold if it does not receive aid": the negation supposes, it denies nothing. */
function supposed(view: SentenceView, u: Unit): boolean {
  for (let k = u.first - 1; k >= Math.max(0, u.first - CLAUSE_LOOKBACK); k--) {
    const w = view.words[k]!;
    if (w.lemma === ',' || w.lemma === ';') return false;
    if (SUPPOSING.has(w.lemma)) return true;
  }
  return false;
}

/** "Had not descended as quickly as in October", "did not rise more than 2%": a comparison, not a denial. */
function compared(view: SentenceView, u: Unit): boolean {
  const next = (k: number) => view.words[u.last + k]?.lemma;
  for (let k = 1; k <= 3; k++) {
    const w = next(k);
    if (w === 'than') return true;
    if (w !== 'as' && w !== 'so') continue;
    // "as sharply (on Monday) as": the second "as" within the clause ("did not sign as planned, as
    // officials said" is a denial).
    for (let j = k + 1; j <= k + 4 && next(j) !== ','; j++) if (j > k + 1 && next(j) === 'as') return true;
  }
  return false;
}

/** A negated unit that denies its act: neither supposed nor compared. */
const denies = (view: SentenceView, u: Unit): boolean => !supposed(view, u) && !compared(view, u);

/**
 * The sentence's claim is denied, or its report ("did not argue that …"), not a clause inside it:
 * "released the program in response to complaints that it had not taken measures" denies no release.
 */
function deniesTheClaim(side: PairSide, negated: Unit): boolean {
  const own = mainPredicate(side) === negated || inside(negated, side.claim?.attribution?.cue ?? null);
  return own && denies(side.view, negated);
}

const negatedPredicates = (view: SentenceView): Unit[] =>
  view.units.filter((u) => u.negated && PREDICATE_TAGS.has(u.tag));

function conflict(al: Alignment, ua: Unit, ub: Unit, confidence: number, note = ''): Conflict {
  return {
    kind: 'negation',
    confidence,
    unitsA: [ua],
    unitsB: [ub],
    message: (here: PairSide, there: PairSide) => {
      const [mine, theirs] = here.uri === al.a.uri ? [ua, ub] : [ub, ua];
      return `Did it happen? This source: “${predicateGroup(here, mine)}”. ‘${there.source}’: “${predicateGroup(there, theirs)}”.${note}`;
    },
  };
}

/** Said of a future told before a later report: the forecast, or the later report, is wrong. */
const FORETOLD_NOTE = ' One source told it as future before the other reported it.';

/**
 * Exactly one aligned unit negated on one side only: a verb, predicate adjective or noun, or what a
 * negated copula or "have" says.
 */
function flippedLink(input: DetectorInput): Conflict | null {
  const al = input.alignment;
  if (!sameReport(al, CORE_SHORTER, CORE_LONGER)) return null;
  const flips = al.links.filter((l) => l.a.negated !== l.b.negated);
  if (flips.length !== 1) return null;
  const flip = flips[0]!;
  if (flip.a.open !== flip.b.open) return null;
  // "Refused to lease" / "agreed to lease": opposite verbs, the antonym kind's.
  if (governedOpposites(al) === flip) return null;
  if (!denies(flip.a.negated ? al.a : al.b, flip.a.negated ? flip.a : flip.b)) return null;
  // The same event: something besides the negated word is said in both (who, or what to).
  if (!al.links.some((l) => l !== flip && l.a.weight >= 1.2)) return null;
  // Less said in common is enough when the negated verb is the claims' own, with its doer or
  // its object aligned ("Jobs did not resign in a letter …" / "On August 24, Jobs resigned").
  const core = alignedCores(input).some((c) => c.verbA === flip.a && c.verbB === flip.b);
  if (!core && !sameReport(al, 0.5, 0.2)) return null;
  return conflict(al, flip.a, flip.b, 0.8);
}

/** Coverage a negated claim verb with its doer or object aligned needs. */
const CORE_SHORTER = 0.3;
const CORE_LONGER = 0.1;

/**
 * The verbs are paraphrases the lexicon does not link ("did not unveil" / "introduced"): one side
 * negates its claim, the other negates nothing, and the participants of the two claims are the same.
 */
function negatedClaim(input: DetectorInput): Conflict | null {
  const { alignment: al, a, b } = input;
  const negA = negatedPredicates(al.a);
  const negB = negatedPredicates(al.b);
  if (negA.length + negB.length !== 1) return null;
  const [negated, affirmedSide, negatedSide] = negA.length ? [negA[0]!, b, a] : [negB[0]!, a, b];
  if (negated.open || al.links.some((l) => l.a === negated || l.b === negated)) return null;
  if (!deniesTheClaim(negatedSide, negated)) return null;
  const affirmed = sameReportAnyVerb(input) ? mainPredicate(affirmedSide) : undefined;
  // "Will not take off" / "will make the flight": both future; "did not" against "will" is two
  // times, unless the future was told before the report of the deed was published (`foretold`).
  // A plan is a future too: "will not lose 4,300 jobs" / "expects to cut 4,300 jobs".
  if (!affirmed || affirmed.negated) return null;
  // "Were not allowed to enter" / "police blocked them from entering": stopping agrees with a
  // denied permission ("will not lose jobs" / "will cut jobs" still conflict).
  if (affirmedSide.claim?.negativeOutcome && PERMISSION.has(negated.key)) return null;
  const forecast =
    affirmed.future !== negated.future && foretold([affirmedSide, affirmed], [negatedSide, negated]);
  const sameTime = affirmed.open
    ? affirmed.open === 'planned' && negated.future
    : affirmed.future === negated.future || forecast;
  if (!sameTime) return null;
  const note = forecast ? FORETOLD_NOTE : '';
  return negA.length
    ? conflict(al, negated, affirmed, 0.65, note)
    : conflict(al, affirmed, negated, 0.65, note);
}

/**
 * One side tells as future ("will be gathering in Washington") what a report published later tells
 * as done or not done ("had not met in Washington"): one moment, told before and after.
 */
function foretold(...sides: Array<[PairSide, Unit]>): boolean {
  const future = sides.find(([, u]) => u.future);
  const done = sides.find(([, u]) => !u.future);
  const before = future?.[0].published;
  const after = done?.[0].published;
  return !!before && !!after && before < after;
}

/** The report as written, from its speaker when the speaker leads: "Union officials did not say". */
function reportGroup(side: PairSide): string {
  const { speaker, cue } = side.claim?.attribution ?? { speaker: null, cue: null };
  if (!cue) return '';
  const leads = !!speaker && speaker.end <= cue.start && cue.start - speaker.end < 30;
  const before = side.text.slice(Math.max(0, cue.start - 24), cue.start);
  const aux = before.match(DENYING_AUX)?.index;
  const start = leads ? speaker.start : aux !== undefined ? cue.start - before.length + aux : cue.start;
  return side.text.slice(start, cue.end).replace(/\s+/g, ' ').trim();
}

/**
 * "Officials said …" / "Officials did not say …", all else told alike: one source denies the report
 * the other gives. No word of the view carries it, as report verbs are not content.
 */
function deniedReport(input: DetectorInput): Conflict | null {
  const { alignment: al, a, b } = input;
  const da = reportDenied(a);
  const db = reportDenied(b);
  if (da === null || db === null || da === db) return null;
  if (al.links.some((l) => l.a.negated !== l.b.negated)) return null;
  if (!sameReport(al, REPORT_SHORTER, REPORT_LONGER) || !sameParticipants(al, a, b)) return null;
  return {
    kind: 'negation',
    confidence: 0.7,
    unitsA: [],
    unitsB: [],
    message: (here, there) =>
      `Was it said? This source: “${reportGroup(here)}”. ‘${there.source}’: “${reportGroup(there)}”.`,
  };
}

/** Coverage two reports need to be one report, said by one side and denied by the other. */
const REPORT_SHORTER = 0.6;
const REPORT_LONGER = 0.4;

const EXCEPTIVE = new RegExp(`\\b(${EXCEPTIVE_CONDITIONS.join('|')})\\b`, 'i');

/** "Will not sign unless …": a condition, which "will sign only if …" states the other way round. */
const conditional = (side: PairSide) => EXCEPTIVE.test(sentenceOf(side));

/**
 * One source affirms what the other denies ("has been prosecuted" / "has not been prosecuted").
 * Hedged against done is the certainty kind's.
 */
export const negation: Detector = {
  kind: 'negation',
  detect(input) {
    const al = input.alignment;
    if (al.a.question || al.b.question || al.a.imperative || al.b.imperative) return null;
    if (conditional(input.a) || conditional(input.b)) return null;
    return flippedLink(input) ?? negatedClaim(input) ?? deniedReport(input);
  },
};
