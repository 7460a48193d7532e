import { escapeMarkdown } from '../../markdownText';
import type { Brief, BriefFinding, BriefPassage, BriefStory, SourceProfile, TimelineEntry } from '../types';
import { briefTotals, dayWords, marksWords, reviewWords } from './words';

/** Article text as literal Markdown on one line, however long (nothing it holds is markup). */
const md = (text: string): string => escapeMarkdown(text, Number.POSITIVE_INFINITY);

/** A table row; every cell is escaped text ("|" included). */
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

function sourcesTable(sources: SourceProfile[]): string[] {
  return [
    row(['Source', 'File', 'Published', 'Claims', 'Corroborated', 'Contradicted', 'Only here', 'First on']),
    row(Array(8).fill('---')),
    ...sources.map((p) =>
      row([
        md(p.source),
        md(p.path),
        md(p.published ?? 'undated'),
        String(p.claims),
        String(p.corroborated),
        String(p.contradicted),
        String(p.onlyHere),
        String(p.firstReports),
      ]),
    ),
  ];
}

/** A passage as a list item: the source, then its words quoted on a line of their own. */
const quoted = (p: BriefPassage): string[] => [`- **${md(p.source)}** (${md(p.path)}):`, `  > ${md(p.text)}`];

function finding(f: BriefFinding, n: number): string[] {
  return [
    `#### ${n}. ${f.kind}: ${md(f.message)}`,
    '',
    ...quoted(f.a),
    ...quoted(f.b),
    '',
    `Review: ${md(reviewWords(f.review))} · confidence ${f.confidence.toFixed(2)}`,
    '',
  ];
}

function timelineTable(entries: TimelineEntry[]): string[] {
  if (entries.length === 0) return ['No dated source and no claim stating a day.', ''];
  return [
    row(['Day', 'Source', 'What', 'Marks']),
    row(Array(4).fill('---')),
    ...entries.map((e) =>
      row([
        md(dayWords(e)),
        md(e.source),
        e.kind === 'published' ? `published: ${md(e.text)}` : md(e.text),
        md([marksWords(e), e.reason ?? ''].filter(Boolean).join(' — ')),
      ]),
    ),
    '',
  ];
}

function story(s: BriefStory, n: number): string[] {
  return [
    `## ${n}. ${md(s.label)}`,
    '',
    '### Sources',
    '',
    ...sourcesTable(s.sources),
    '',
    `### Contradictions (${s.findings.length})`,
    '',
    ...(s.findings.length ? s.findings.flatMap((f, i) => finding(f, i + 1)) : ['None found.', '']),
    `### Single-source claims (${s.singleSource.length})`,
    '',
    ...(s.singleSource.length
      ? s.singleSource.flatMap((c) => [
          ...quoted(c.passage),
          `  ${md(c.reason)} (${md(reviewWords(c.review))})`,
        ])
      : ['None.']),
    '',
    ...anachronisms(s),
    '### Timeline',
    '',
    ...timelineTable(s.timeline),
  ];
}

/** Office holders titled out of their term; the section is left out when there are none. */
function anachronisms(s: BriefStory): string[] {
  if (s.anachronisms.length === 0) return [];
  return [
    `### Anachronisms (${s.anachronisms.length})`,
    '',
    ...s.anachronisms.flatMap((c) => [
      ...quoted(c.passage),
      `  ${md(c.reason)} (${md(reviewWords(c.review))})`,
    ]),
    '',
  ];
}

function decisions(brief: Brief): string[] {
  if (brief.decisions.length === 0) return ['No review decisions recorded.', ''];
  return [
    row(['Decision', 'When', 'Kind', 'Source file', 'Passage', 'Other passage']),
    row(Array(6).fill('---')),
    ...brief.decisions.map((d) =>
      row([d.decision, md(d.at ?? 'undated'), d.kind, md(d.path ?? ''), md(d.a), md(d.b)]),
    ),
    '',
  ];
}

/** The brief as Markdown: every article string escaped, quotes on lines of their own. */
export function briefMarkdown(brief: Brief): string {
  return [
    `# Triangulate report: ${md(brief.folder)}`,
    '',
    md(briefTotals(brief)),
    '',
    ...brief.stories.flatMap((s, i) => story(s, i + 1)),
    '## Review decisions',
    '',
    ...decisions(brief),
  ].join('\n');
}
