import { sourceName } from '../contradictions/sources';
import { type Evidence, gatherEvidence, sentenceKey } from './evidence';
import { claimSentences } from './profile';
import type { BriefInputs, TimelineEntry, TimelineLane, TimelineMark } from './types';

type Precision = TimelineEntry['precision'];

/** The calendar precision of a resolved date value; weeks and intervals are no calendar day. */
function precisionOf(value: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

/** The first day a value covers: a month or a year is after a day only when all of it is. */
const firstDay = (value: string, precision: Precision): string =>
  precision === 'day' ? value : precision === 'month' ? `${value}-01` : `${value}-01-01`;

const plain = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The day a source was published, as its lane's first entry. */
function publishedEntry(inputs: BriefInputs, uri: string, day: string): TimelineEntry {
  const first = inputs.index.document(uri)!.analysis.sentences[0];
  return {
    kind: 'published',
    day,
    precision: 'day',
    uri,
    source: sourceName(inputs.index, uri),
    start: first?.start ?? 0,
    end: first?.end ?? 0,
    text: plain(inputs.index.label(uri)),
    marks: [],
  };
}

/**
 * Whether a sentence's claim is told as done: not as a plan, a forecast or a possibility ("will
 * vote on 12 May", "is expected to sign", "may resume"), whose later day is no anachronism.
 */
function toldAsDone(inputs: BriefInputs, uri: string, sentence: number): boolean {
  const predicate = inputs.index.document(uri)?.analysis.claims[sentence]?.predicateSpan;
  if (!predicate) return false;
  const unit = inputs.findings
    .view(uri, sentence)
    ?.units.find((u) => u.kind === 'word' && u.start <= predicate.start && predicate.start < u.end);
  return unit !== undefined && !unit.future && !unit.open;
}

/**
 * The days a source's claims state, as the matcher resolved them against its publication date
 * (`MatchService.facts`: "on Monday" is a day), one entry per claim and distinct day.
 */
function statedEntries(inputs: BriefInputs, evidence: Evidence, uri: string): TimelineEntry[] {
  const doc = inputs.index.document(uri)!;
  const published = doc.analysis.metadata.published?.slice(0, 10) ?? null;
  const facts = inputs.matches.facts(uri);
  const source = sourceName(inputs.index, uri);
  const out: TimelineEntry[] = [];
  const entry = (
    sentence: number,
    day: string,
    precision: Precision,
    marks: TimelineMark[],
  ): TimelineEntry => {
    const s = doc.analysis.sentences[sentence]!;
    const text = plain(doc.text.slice(s.start, s.end));
    return {
      kind: 'stated',
      day,
      precision,
      uri,
      source,
      start: s.start,
      end: s.end,
      text,
      marks: [...marks],
    };
  };
  const placed = new Set<number>();
  for (const sentence of claimSentences(inputs, uri)) {
    const key = sentenceKey(uri, sentence);
    const marks: TimelineMark[] = [];
    if (evidence.conflicts.has(key)) marks.push('contradicted');
    if (evidence.onlyHere.has(key)) marks.push('singleSource');
    const office = evidence.anachronisms.get(key);
    for (const day of new Set(facts[sentence]?.time.dates ?? [])) {
      const precision = precisionOf(day);
      if (!precision) continue;
      const e = entry(sentence, day, precision, marks);
      if (office) {
        e.marks.push('anachronism');
        e.reason = office;
      } else if (published && firstDay(day, precision) > published && toldAsDone(inputs, uri, sentence)) {
        e.marks.push('anachronism');
        e.reason = `Reports as done on ${day}, after its own publication on ${published}: a wrong date, or the date of another event.`;
      }
      placed.add(sentence);
      out.push(e);
    }
  }
  // An office holder out of term in a sentence that states no day: on the source's own date.
  if (published)
    doc.analysis.sentences.forEach((_, sentence) => {
      const office = evidence.anachronisms.get(sentenceKey(uri, sentence));
      if (!office || placed.has(sentence)) return;
      out.push({ ...entry(sentence, published, 'day', ['anachronism']), reason: office });
    });
  return out;
}

/** The sources of `uris` as timeline lanes: the dated by publication day, then the undated, by name. */
export function timelineLanes(inputs: BriefInputs, uris: readonly string[]): TimelineLane[] {
  return uris
    .filter((uri) => inputs.index.document(uri))
    .map((uri) => ({
      uri,
      source: sourceName(inputs.index, uri),
      published: inputs.index.document(uri)!.analysis.metadata.published?.slice(0, 10) ?? null,
    }))
    .sort(
      (a, b) =>
        Number(a.published === null) - Number(b.published === null) ||
        (a.published ?? '').localeCompare(b.published ?? '') ||
        a.source.localeCompare(b.source) ||
        a.uri.localeCompare(b.uri),
    );
}

/**
 * The story's timeline in time order: each dated source's publication, and every claim stating a
 * calendar day, month or year (marked contradicted / single-source as in the profiles, and as an
 * anachronism when the day is after its own source's publication). Undated sources give only the
 * claims that state a day. On one day: publications first, then by lane, then by position.
 */
export function storyTimeline(
  inputs: BriefInputs,
  uris: readonly string[],
  evidence?: Evidence,
): TimelineEntry[] {
  const ev = evidence ?? gatherEvidence(inputs, uris);
  const lanes = timelineLanes(inputs, uris);
  const laneOf = new Map(lanes.map((l, i) => [l.uri, i]));
  const entries = lanes.flatMap((lane) => [
    ...(lane.published ? [publishedEntry(inputs, lane.uri, lane.published)] : []),
    ...statedEntries(inputs, ev, lane.uri),
  ]);
  return entries.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      Number(a.kind === 'stated') - Number(b.kind === 'stated') ||
      laneOf.get(a.uri)! - laneOf.get(b.uri)! ||
      a.start - b.start,
  );
}
