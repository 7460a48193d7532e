import type { Alignment, Link } from '../../alignment/align';
import type { SentenceView, Unit } from '../../alignment/view';
import { NOUN_NEGATORS, OPEN_NOUNS } from '../../alignment/words';
import {
  alignedCores,
  anchored,
  beforeAuxiliaries,
  type Detector,
  type DetectorInput,
  mainPredicate,
  type PairSide,
  sameParticipants,
  sameReport,
  sameReportAnyVerb,
  verbGroup,
} from './detector';

const NEGATOR = new Set(NOUN_NEGATORS);
const OPEN_NOUN = new Set(OPEN_NOUNS);

/** What makes a side undecided, in its own words: "no definitive decisions", "is considering cutting". */
function openCue(side: PairSide, u: Unit): string {
  const words = side.view.words;
  if (side.view.undecided) {
    const at = words.findIndex((w) => NEGATOR.has(w.lemma));
    const noun = words.findIndex((w, i) => i > at && OPEN_NOUN.has(w.lemma));
    if (at >= 0 && noun > at) return side.text.slice(words[at]!.start, words[noun]!.end).replace(/\s+/g, ' ');
  }
  return verbGroup(side, u);
}

const dated = (side: PairSide) => (side.published ? `published ${side.published}` : 'undated');

const RELATIVE = new Set(['that', 'which', 'who']);

/** A verb of a relative clause ("… that brings new features") describes a thing; it reports no act. */
const describes = (view: Alignment['a'], verb: Unit): boolean =>
  RELATIVE.has(view.words[beforeAuxiliaries(view, verb)]?.lemma ?? '');

/** The link where one side reports the act as done (or firmly future) and the other as open. */
function openVersusDone(al: Alignment, links: Link[]): Link | undefined {
  return links.find((l) => {
    if (l.a.tag !== 'V' || l.b.tag !== 'V' || l.a.negated || l.b.negated) return false;
    if (!l.a.open === !l.b.open) return false;
    const [open, firm] = l.a.open ? [l.a, l.b] : [l.b, l.a];
    if (describes(firm === l.a ? al.a : al.b, firm)) return false;
    return conflictingCertainty(open, sharedOf(al, firm === l.a ? 'a' : 'b'), firm === l.a ? al.a : al.b);
  });
}

/** The units of one side that the other side also says: what the firm side asserts about the open matter. */
const sharedOf = (al: Alignment, side: 'a' | 'b'): Unit[] => al.links.map((l) => l[side]);

/**
 * "May cut" against "cut" or "will cut"; "plans to cut" only against "cut" (a plan and an
 * announced future agree, also when the future governs the act: "will see 400 jobs cut").
 */
function conflictingCertainty(open: Unit, shared: Unit[], firmSide: SentenceView): boolean {
  // The firm side tells the same act as open too; another act open on both ("in an attempt to
  // block him") says nothing of this one.
  if (shared.some((u) => u.open && u.key === open.key)) return false;
  if (open.open === 'possible') return true;
  return !firmSide.units.some((u) => u.future);
}

/**
 * The verbs are paraphrases the lexicon does not link ("is considering unveiling" / "introduced"):
 * one side's claim is open, the other's is done, nothing on it open, and the participants are the same.
 */
function openClaimVersusDone(input: DetectorInput): Link | undefined {
  const { alignment: al, a, b } = input;
  if (!sameReportAnyVerb(input)) return undefined;
  const va = mainPredicate(a);
  const vb = mainPredicate(b);
  if (!va || !vb || va.negated || vb.negated || !va.open === !vb.open) return undefined;
  const [open, firm] = va.open ? [va, vb] : [vb, va];
  const shared = sharedOf(al, firm === va ? 'a' : 'b');
  if (
    !conflictingCertainty(open, shared, firm === va ? al.a : al.b) ||
    al.links.some((l) => l.a === open || l.b === open)
  )
    return undefined;
  return { a: va, b: vb, how: 'synonym' };
}

/**
 * Done in one source, undecided, planned or considered in the other: "has withheld" / "while no
 * decisions have been reached, withholding … is being considered". Possibly a change over time,
 * so it says when each was published.
 */
export const certainty: Detector = {
  kind: 'certainty',
  detect(input) {
    const { alignment: al } = input;
    if (al.a.question || al.b.question || al.a.imperative || al.b.imperative) return null;
    const content = al.links.filter((l) => l.a.weight >= 1.2).length;
    // "No decision has been made on whether to expel the diplomats" says outright that the act is
    // open: the act and what it is done to aligned are enough.
    const enough = al.a.undecided || al.b.undecided ? 2 : 3;
    const aligned =
      sameReport(al, 0.55, 0.3) &&
      (anchored(al) || content >= enough) &&
      sameParticipants(al, input.a, input.b);
    let link = aligned ? openVersusDone(al, al.links) : undefined;
    if (!link) {
      const cores = alignedCores(input).filter(() => sameReport(al, 0.2, 0.1));
      const coreLinks = cores.flatMap((c) => al.links.filter((l) => l.a === c.verbA && l.b === c.verbB));
      link = openVersusDone(al, coreLinks);
    }
    link ??= openClaimVersusDone(input);
    if (!link) return null;
    const found = link;
    return {
      kind: 'certainty',
      confidence: 0.6,
      unitsA: [found.a],
      unitsB: [found.b],
      message: (here, there) => {
        const [mine, theirs] = here.uri === al.a.uri ? [found.a, found.b] : [found.b, found.a];
        // Short enough for the Problems panel: the other source is named once, before.
        const change =
          here.published || there.published
            ? `Possibly a change over time (this source: ${dated(here)}; that one: ${dated(there)}).`
            : 'Possibly a change over time (neither is dated).';
        return mine.open
          ? `Undecided here (“${openCue(here, mine)}”), but ‘${there.source}’ reports it as done (“${verbGroup(there, theirs)}”). ${change}`
          : `Reported as done here (“${verbGroup(here, mine)}”), but ‘${there.source}’ says it is undecided (“${openCue(there, theirs)}”). ${change}`;
      },
    };
  },
};
