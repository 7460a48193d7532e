import type { Link } from '../../alignment/align';
import { eventVerb } from '../../alignment/lexicon';
import type { SentenceView, Unit } from '../../alignment/view';
import { RECIPROCAL_VERBS } from '../../alignment/words';
import { GIVING_VERBS, RECEIVING_VERBS } from '../../claims/lexicon';
import { differentSides } from '../actors';
import {
  agentOf,
  alignedCores,
  type Conflict,
  type Detector,
  type DetectorInput,
  headOf,
  isParticipant,
  isPassive,
  objectText,
  type PairSide,
  patientOf,
  recipientOf,
  reordered,
  sameReport,
  sameThing,
  verbGroup,
} from './detector';
import { reversedRoute } from './route';

const entityName = (input: DetectorInput, u: Unit): string =>
  u.kind === 'entity' ? (input.ctx.index.entity(u.key)?.name ?? u.key) : u.key;

const entities = (view: SentenceView) => view.units.filter((u) => u.kind === 'entity');

const RECIPROCAL = new Set(RECIPROCAL_VERBS);

/**
 * The act is one both participants do to each other: a reciprocal verb ("met"), or the other
 * participant joined by "with" ("spoke with", "signed an agreement with") or "and".
 */
function reciprocal(view: SentenceView, verb: Unit, other: Unit | undefined): boolean {
  if (RECIPROCAL.has(eventVerb(verb.key))) return true;
  if (!other) return false;
  // Back over the participant's titles and modifiers: "with Chancellor Merkel".
  let k = other.first - 1;
  while (k > verb.last && k >= other.first - 4 && NOUN_PHRASE_TAGS.has(view.words[k]!.tag)) k--;
  const before = view.words[k]?.lemma;
  if (before !== 'with' && before !== 'and') return false;
  // The "with" of the act itself ("spoke with", "signed an agreement with"), not of a later
  // phrase ("released prisoners ahead of the talks with …").
  return view.words.slice(verb.last + 1, k).every((w) => w.tag !== 'I' && w.lemma !== ',');
}

const NOUN_PHRASE_TAGS = new Set(['P', 'N', 'J', 'D']);

/**
 * Two participants on opposite sides of the same verb in the two sentences, in the same voice:
 * "Boeing defeated Airbus" / "Airbus defeated Boeing", "A sold jets to B" / "B sold jets to A".
 */
function swapped(input: DetectorInput): Conflict | null {
  const al = input.alignment;
  if (!sameReport(al, 0.6, 0.35)) return null;
  const entityLinks = al.links.filter((l) => isParticipant(l.a) && isParticipant(l.b));
  for (const verb of al.links.filter((l) => l.a.tag === 'V' && l.b.tag === 'V')) {
    if (isPassive(al.a, verb.a) >= 0 !== isPassive(al.b, verb.b) >= 0 || verb.a.negated !== verb.b.negated)
      continue;
    for (const x of entityLinks) {
      for (const y of entityLinks) {
        if (x === y) continue;
        const beforeA = x.a.last < verb.a.first && y.a.first > verb.a.last;
        const beforeB = y.b.last < verb.b.first && x.b.first > verb.b.last;
        if (!beforeA || !beforeB) continue;
        if (!argumentsOf(al.a, verb.a, x.a, y.a) || !argumentsOf(al.b, verb.b, y.b, x.b)) continue;
        if (reciprocal(al.a, verb.a, y.a) || reciprocal(al.b, verb.b, x.b)) continue;
        return swapConflict(input, verb, x, y);
      }
    }
  }
  return null;
}

/**
 * The two entities are the verb's own participants: nothing but modifiers between the subject and
 * the verb, and no clause break ("and", a comma, another verb) between the verb and the object.
 */
function argumentsOf(view: SentenceView, verb: Unit, subject: Unit, object: Unit): boolean {
  const between = (from: number, to: number) => view.words.slice(from, to);
  const breaks = (w: { tag: string; lemma: string }) =>
    w.tag === 'C' || w.tag === 'V' || w.lemma === ',' || w.lemma === ';';
  return (
    !between(subject.last + 1, verb.first).some(breaks) && !between(verb.last + 1, object.first).some(breaks)
  );
}

function swapConflict(input: DetectorInput, verb: Link, x: Link, y: Link): Conflict {
  const al = input.alignment;
  const [first, second] = [entityName(input, x.a), entityName(input, y.a)];
  return {
    kind: 'role',
    confidence: 0.8,
    unitsA: [x.a, verb.a, y.a],
    unitsB: [y.b, verb.b, x.b],
    message: (here, there) => {
      const mine = here.uri === al.a.uri ? verb.a : verb.b;
      const theirs = here.uri === al.a.uri ? verb.b : verb.a;
      const [agentHere, agentThere] = here.uri === al.a.uri ? [first, second] : [second, first];
      return `Roles swapped: this source: ${agentHere} “${verbGroup(here, mine)}” ${agentThere}. ‘${there.source}’: ${agentThere} “${verbGroup(there, theirs)}” ${agentHere}.`;
    },
  };
}

/** Where a phrase ending at word `last` ends with the numbers that belong to it: "iPhone 4". */
function withFigures(side: PairSide, last: number): number {
  const words = side.view.words;
  let k = last;
  while (words[k + 1]?.tag === 'U') k++;
  return words[k]!.end;
}

/** A noun phrase as the source wrote it: "the rebel commander", "Colonel Okafor", "iPhone 4". */
const phraseText = (side: PairSide, np: Unit[]): string =>
  side.text.slice(np[0]!.start, withFigures(side, np.at(-1)!.last)).replace(/\s+/g, ' ');

/**
 * Doer and what is done to crossed over between the sides, whatever the voice: each side quoted
 * from its first participant to its last, with its doer named.
 */
function crossedConflict(input: DetectorInput, verb: Link, sideA: Unit[][], sideB: Unit[][]): Conflict {
  const { alignment: al, a, b } = input;
  const told = (side: PairSide, verbUnit: Unit, [agent, patient]: Unit[][]) => {
    const units = [...agent!, verbUnit, ...patient!];
    const start = Math.min(...units.map((u) => u.start));
    const end = withFigures(side, Math.max(...units.map((u) => u.last)));
    return `“${side.text.slice(start, end).replace(/\s+/g, ' ')}” (done by ${phraseText(side, agent!)})`;
  };
  return {
    kind: 'role',
    confidence: 0.75,
    unitsA: [headOf(sideA[0]!)!, verb.a, headOf(sideA[1]!)!],
    unitsB: [headOf(sideB[0]!)!, verb.b, headOf(sideB[1]!)!],
    message: (here, there) => {
      const [mine, theirs] =
        here.uri === al.a.uri
          ? [told(a, verb.a, sideA), told(b, verb.b, sideB)]
          : [told(b, verb.b, sideB), told(a, verb.a, sideA)];
      return `Who did it to whom? This source: ${mine}. ‘${there.source}’: ${theirs}.`;
    },
  };
}

/** The same act by actors on different sides: "the administration has withheld" / "Israel was withholding". */
function otherActor(input: DetectorInput): Conflict | null {
  const { ctx, a, b, alignment: al } = input;
  for (const core of alignedCores(input)) {
    if (core.verbA.negated || core.verbB.negated || core.verbA.open || core.verbB.open) continue;
    const actorA = ctx.actor(a.uri, core.a.subject);
    const actorB = ctx.actor(b.uri, core.b.subject);
    if (!actorA || !actorB || !differentSides(actorA, actorB)) continue;
    const said = (side: typeof a, verb: Unit, claim: typeof core.a) =>
      `“${verbGroup(side, verb)} ${objectText(claim)}”`.replace(/ ”$/, '”');
    return {
      kind: 'role',
      confidence: 0.8,
      unitsA: [core.verbA],
      unitsB: [core.verbB],
      message: (here, there) => {
        const mine = here.uri === al.a.uri;
        const [hereActor, thereActor] = mine ? [actorA, actorB] : [actorB, actorA];
        const hereSaid = mine ? said(a, core.verbA, core.a) : said(b, core.verbB, core.b);
        const thereSaid = mine ? said(b, core.verbB, core.b) : said(a, core.verbA, core.a);
        return `Who did it? This source: ${hereActor.label} (${hereSaid}). ‘${there.source}’: ${thereActor.label} (${thereSaid}).`;
      },
    };
  }
  return null;
}

interface Transfer {
  giver?: Unit;
  receiver?: Unit;
}

/** The entity right before a unit, at most `gap` words away. */
const entityJustBefore = (view: SentenceView, u: Unit, gap: number) =>
  entities(view).find((e) => e.last < u.first && u.first - e.last <= gap);

/**
 * Who gives and who receives in a transfer: "sales to Israel" (Israel receives), "pressure Israel
 * into selling" (Israel sells), "Egypt bought jets from the US" (Egypt receives).
 */
function transferOf(view: SentenceView, event: Unit): Transfer {
  const verb = eventVerb(event.key);
  const giving = GIVING_VERBS.has(verb);
  const words = view.words;
  let to: Unit | undefined;
  let from: Unit | undefined;
  for (let k = event.last + 1; k < Math.min(words.length, event.last + 7); k++) {
    const w = words[k]!;
    if (w.tag === 'V' || w.tag === 'X') break;
    if (w.tag !== 'I' || (w.lemma !== 'to' && w.lemma !== 'from')) continue;
    const e = entities(view).find(
      (u) => u.first === k + 1 || (u.first === k + 2 && words[k + 1]!.tag === 'D'),
    );
    if (w.lemma === 'to') to = e;
    else from = e;
    break;
  }
  // "pressure Israel into selling": the entity before "into" does the selling.
  const into = words[event.first - 1]?.lemma === 'into' ? entityJustBefore(view, event, 2) : undefined;
  // A verb's doer within a few words; a noun's right before it when the transfer names its other
  // end ("Russia's supplies to Ukraine", or a verb the tagger read as a noun: "Russia supplies gas
  // to Ukraine"; not "U.S. requests", which transfer nothing).
  const nounAgent = event.tag !== 'V' && (to || from) ? entityJustBefore(view, event, 2) : undefined;
  const agent = into ?? (event.tag === 'V' ? entityJustBefore(view, event, 4) : nounAgent);
  return giving ? { giver: agent ?? from, receiver: to } : { giver: from, receiver: agent ?? to };
}

/** Per word, whether it names a transfer: asked for every link of every compared pair. */
const TRANSFER_WORDS = new Map<string, boolean>();

function isTransfer(u: Unit): boolean {
  let known = TRANSFER_WORDS.get(u.key);
  if (known === undefined) {
    const verb = eventVerb(u.key);
    known = GIVING_VERBS.has(verb) || RECEIVING_VERBS.has(verb);
    if (TRANSFER_WORDS.size >= 100_000) TRANSFER_WORDS.clear();
    TRANSFER_WORDS.set(u.key, known);
  }
  return known;
}

/** The direction of a transfer reversed: one source's receiver is the other's giver. */
function reversed(input: DetectorInput): Conflict | null {
  const al = input.alignment;
  if (!sameReport(al, 0.3, 0.2)) return null;
  for (const l of al.links) {
    if (!isTransfer(l.a) || !isTransfer(l.b) || l.a.negated !== l.b.negated) continue;
    const ta = transferOf(al.a, l.a);
    const tb = transferOf(al.b, l.b);
    const linked = (x?: Unit, y?: Unit) => !!x && !!y && al.links.some((k) => k.a === x && k.b === y);
    const flipped = linked(ta.receiver, tb.giver) || linked(ta.giver, tb.receiver);
    if (!flipped || linked(ta.giver, tb.giver) || linked(ta.receiver, tb.receiver)) continue;
    const phrase = (side: typeof input.a, t: Transfer, event: Unit) => {
      const parts = [t.giver, t.receiver, event].filter((u): u is Unit => !!u);
      const start = Math.min(...parts.map((u) => u.start));
      const end = Math.max(...parts.map((u) => u.end));
      const who = t.giver
        ? `${entityName(input, t.giver)} gives`
        : `${entityName(input, t.receiver!)} receives`;
      return `“${side.text.slice(start, end).replace(/\s+/g, ' ')}” (${who})`;
    };
    return {
      kind: 'role',
      confidence: 0.7,
      unitsA: [l.a],
      unitsB: [l.b],
      message: (here, there) => {
        const mine = here.uri === al.a.uri;
        const [th, tt] = mine ? [ta, tb] : [tb, ta];
        const [uh, ut] = mine ? [l.a, l.b] : [l.b, l.a];
        return `Who transfers to whom? This source: ${phrase(here, th, uh)}. ‘${there.source}’: ${phrase(there, tt, ut)}.`;
      },
    };
  }
  return null;
}

/**
 * The doer of one side is what the other side's act is done to, and the other way round: "the dog
 * chases the cat" / "the cat chases the dog", "Russia supplies gas to Hungary" / "Hungary supplies
 * gas to Russia". Voice is read from each side ("the cat was chased by the dog" agrees).
 */
function swappedParticipants(input: DetectorInput): Conflict | null {
  const al = input.alignment;
  // The linked verb with both its participants linked crosswise is the evidence; less else must align.
  if (!sameReport(al, 0.4, 0.25)) return null;
  const linked = (x?: Unit, y?: Unit) => !!x && !!y && sameThing(al, x, y);
  for (const verb of al.links.filter((l) => l.a.tag === 'V' && l.b.tag === 'V')) {
    if (verb.a.negated !== verb.b.negated) continue;
    const agentPhraseA = agentOf(al.a, verb.a);
    const agentPhraseB = agentOf(al.b, verb.b);
    const agentA = headOf(agentPhraseA);
    const agentB = headOf(agentPhraseB);
    const othersA = [patientOf(al.a, verb.a), recipientOf(al.a, verb.a)];
    const othersB = [patientOf(al.b, verb.b), recipientOf(al.b, verb.b)];
    const x = othersB.find((np) => linked(agentA, headOf(np)));
    const y = othersA.find((np) => linked(headOf(np), agentB));
    if (!x || !y || linked(agentA, agentB)) continue;
    if (reciprocal(al.a, verb.a, headOf(y)) || reciprocal(al.b, verb.b, headOf(x))) continue;
    return crossedConflict(input, verb, [agentPhraseA, y], [agentPhraseB, x]);
  }
  return null;
}

/**
 * Participants swapped, the act done by the other side, the direction of a transfer reversed, or
 * a journey told the other way round.
 */
export const role: Detector = {
  kind: 'role',
  detect(input) {
    const al = input.alignment;
    if (al.a.question || al.b.question || al.a.imperative || al.b.imperative) return null;
    const swap = reordered(al) ? (swapped(input) ?? swappedParticipants(input)) : null;
    return swap ?? otherActor(input) ?? reversed(input) ?? reversedRoute(input);
  },
};
