import { counted } from '../../counted';
import type { Brief, BriefReview, SourceProfile, TimelineEntry, TimelineMark } from '../types';

/** What each timeline mark says, in words (the one list the report and the views read). */
export const MARK_WORDS: Record<TimelineMark, string> = {
  contradicted: 'contradicted by another source',
  singleSource: 'no other source reports it',
  anachronism: 'out of its time (a deed dated after its own publication, or an office holder out of term)',
};

/** A profile on one line: "12 claims · 3 corroborated · 1 contradicted · 2 only here · first on 4". */
export function profileLine(p: SourceProfile): string {
  return [
    counted(p.claims, 'claim'),
    `${p.corroborated} corroborated`,
    `${p.contradicted} contradicted`,
    `${p.onlyHere} only here`,
    `first on ${p.firstReports}`,
  ].join(' · ');
}

/** A profile in sentences, for tooltips and hovers. */
export function profileSentences(p: SourceProfile): string[] {
  return [
    `${counted(p.claims, 'claim')} in this source.`,
    `${p.corroborated} reported by another source too, ${p.contradicted} contradicted by another source, ${p.onlyHere} that no other source reports.`,
    p.published
      ? `First to report ${counted(p.firstReports, 'claim')} it shares with other sources.`
      : 'Undated: never counted as the first to report a claim.',
  ];
}

/** A decision in words: "reviewed 2026-12-01", or "not reviewed". */
export function reviewWords(review: BriefReview | null): string {
  if (!review) return 'not reviewed';
  return review.at ? `${review.decision} ${review.at.slice(0, 10)}` : review.decision;
}

/** A timeline day with its precision when it is not a day: "2024-05 (month)". */
export function dayWords(e: Pick<TimelineEntry, 'day' | 'precision'>): string {
  return e.precision === 'day' ? e.day : `${e.day} (${e.precision})`;
}

/** The marks of an entry in words, or "" when it has none. */
export function marksWords(e: TimelineEntry): string {
  return e.marks.map((m) => MARK_WORDS[m]).join('; ');
}

/** The report's first line: how much it holds. */
export function briefTotals(brief: Brief): string {
  const sources = brief.stories.reduce((n, s) => n + s.sources.length, 0);
  const findings = brief.stories.reduce((n, s) => n + s.findings.length, 0);
  const singles = brief.stories.reduce((n, s) => n + s.singleSource.length, 0);
  return [
    counted(sources, 'source'),
    counted(brief.stories.length, 'story', 'stories'),
    counted(findings, 'contradiction'),
    counted(singles, 'single-source claim'),
    counted(brief.decisions.length, 'review decision'),
  ].join(' · ');
}
