import type { ContradictionKind } from '../contradictions/types';
import type { Relation } from '../matching/matcher';

/**
 * What a source says about a checked claim, strongest first, with the name of its group: the one
 * list the protocol, the Claim Check view and the CLI follow (`test/unit/checkClaim.test.ts` checks
 * protocol.ts against it).
 */
export const VERDICT_INFO = [
  { verdict: 'contradicts', group: 'Contradict' },
  { verdict: 'agrees', group: 'Agree' },
  { verdict: 'mentions', group: 'Mentions' },
  { verdict: 'silent', group: 'Silent' },
] as const;
export const VERDICTS = VERDICT_INFO.map((v) => v.verdict);
export type Verdict = (typeof VERDICT_INFO)[number]['verdict'];

/** The passage of a source that decides its verdict (source offsets). */
export interface VerdictPassage {
  start: number;
  end: number;
  sentence: number;
  /** The passage's whole sentence as written (the range may be a figure or a clause inside it). */
  text: string;
}

export interface SourceVerdict {
  uri: string;
  relativePath: string;
  /** Outlet and date when known, else its title or file name (`contradictions/sources.ts`). */
  source: string;
  verdict: Verdict;
  /** Null when the source is silent. */
  passage: VerdictPassage | null;
  /** The match of the passage with the claim, when scoring found one. */
  relation: Relation | null;
  score: number | null;
  /** Set when the source contradicts the claim: the kind and the explanation, in this source's view. */
  conflict: { kind: ContradictionKind; message: string } | null;
}

export type ClaimCheck =
  | { ok: true; claim: string; sources: SourceVerdict[] }
  | { ok: false; message: string; cancelled: boolean };
