import type { Link } from '../../alignment/align';
import type { Unit } from '../../alignment/view';
import { NOUN_NEGATORS, OPEN_NOUNS } from '../../alignment/words';
import { alignedCores, type Detector, type PairSide, sameReport, verbGroup } from './detector';

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

/** The link where one side reports the act as done and the other as open. */
function openVersusDone(links: Link[]): Link | undefined {
  return links.find(
    (l) => l.a.tag === 'V' && l.b.tag === 'V' && !l.a.negated && !l.b.negated && l.a.open !== l.b.open,
  );
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
    let link = sameReport(al, 0.55, 0.3) ? openVersusDone(al.links) : undefined;
    if (!link) {
      const cores = alignedCores(input).filter(() => sameReport(al, 0.2, 0.1));
      const coreLinks = cores.flatMap((c) => al.links.filter((l) => l.a === c.verbA && l.b === c.verbB));
      link = openVersusDone(coreLinks);
    }
    if (!link) return null;
    const found = link;
    return {
      kind: 'certainty',
      confidence: 0.6,
      unitsA: [found.a],
      unitsB: [found.b],
      message: (here, there) => {
        const [mine, theirs] = here.uri === al.a.uri ? [found.a, found.b] : [found.b, found.a];
        const change = `Possibly a change over time (this source: ${dated(here)}; ‘${there.source}’: ${dated(there)}).`;
        return mine.open
          ? `Undecided here (“${openCue(here, mine)}”), but ‘${there.source}’ reports it as done (“${verbGroup(there, theirs)}”). ${change}`
          : `Reported as done here (“${verbGroup(here, mine)}”), but ‘${there.source}’ says it is undecided (“${openCue(there, theirs)}”). ${change}`;
      },
    };
  },
};
