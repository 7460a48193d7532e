import type { ReviewedFinding } from '../contradictions/reviews';
import { isOneSided, type Passage } from '../contradictions/types';
import type { WorkspaceIndex } from '../index/workspaceIndex';

/** One conflict between two passages: the finding seen from `a`'s side. */
export interface FindingPair {
  finding: ReviewedFinding;
  a: Passage;
  b: Passage;
  /** What this pair's conflict is: the other passage's own explanation when the finding merges several. */
  message: string;
}

export interface PairedFindings {
  conflicts: FindingPair[];
  singleSource: ReviewedFinding[];
  /** Office holders titled out of their term (one passage each, like single-source claims). */
  anachronisms: ReviewedFinding[];
}

/**
 * Reviewed findings by document (in the index's order) as one conflict per pair of passages,
 * whichever side found it, seen from the first source by path unless that side is not shown
 * (its kind ignored there), and the one-sided findings (single-source claims, anachronisms).
 */
export function pairFindings(
  index: WorkspaceIndex,
  reviewedOf: (uri: string) => ReviewedFinding[],
): PairedFindings {
  const pathOf = (p: Passage) => index.document(p.uri)?.relativePath ?? '';
  const at = (p: Passage) => `${pathOf(p)}:${p.start}:${p.end}`;
  const conflicts = new Map<string, FindingPair>();
  const singleSource: ReviewedFinding[] = [];
  const anachronisms: ReviewedFinding[] = [];
  for (const doc of index.documents()) {
    for (const f of reviewedOf(doc.uri)) {
      if (isOneSided(f.kind)) {
        (f.kind === 'single-source' ? singleSource : anachronisms).push(f);
        continue;
      }
      for (const other of f.others) {
        // A side merges the conflicts of one passage under one key, so keys do not tell conflicts apart.
        const id = `${f.kind}|${[at(f.a), at(other)].sort().join('|')}`;
        // The other side reports the same conflict; it stands in only when this side is not shown.
        if (pathOf(f.a) > pathOf(other) && conflicts.has(id)) continue;
        conflicts.set(id, { finding: f, a: f.a, b: other, message: other.message ?? f.message });
      }
    }
  }
  return { conflicts: [...conflicts.values()], singleSource, anachronisms };
}
