import { align } from '../alignment/align';
import type { Claim } from '../claims/types';
import type { DetectContext } from '../contradictions/context';
import { claimCover, REPORTED_COVER } from '../contradictions/singleSource';
import type { SentenceRef } from '../matching/sentenceIndex';

/**
 * How much of the claim a source's sentence reports, 0..1, or 0 unless it reports it: its alignment
 * covers most of the claim (`REPORTED_COVER`, the share by which single-source claims count as
 * reported elsewhere) and the claim's own act is among what aligns, told alike — "followed the
 * Senate debate on the aid package" names the claim's things but not that the Senate approved it,
 * and "may have approved" is not "approved".
 */
export function reportedShare(
  ctx: DetectContext,
  claimSide: SentenceRef,
  claim: Claim,
  other: SentenceRef,
): number {
  const own = ctx.view(claimSide.uri, claimSide.sentence);
  const theirs = ctx.view(other.uri, other.sentence);
  if (!own || !theirs) return 0;
  const al = align(own, theirs);
  const cover = claimCover(al, claim);
  if (cover < REPORTED_COVER) return 0;
  const act = claim.predicateSpan;
  if (!act) return cover;
  const toldAlike = al.links.some(
    ({ a, b }) =>
      a.start >= act.start &&
      a.end <= act.end &&
      a.negated === b.negated &&
      a.open === b.open &&
      a.future === b.future,
  );
  return toldAlike ? cover : 0;
}
