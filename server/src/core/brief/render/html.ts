import { printable } from '../../printable';
import type { Brief, BriefFinding, BriefPassage, BriefStory, SourceProfile, TimelineEntry } from '../types';
import { briefTotals, dayWords, marksWords, reviewWords } from './words';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or attribute value: nothing it holds is markup. */
export const escapeHtml = (text: string): string => printable(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** No script, no remote resource, no form: only the inline style below applies. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --mark: #9a6700; --bad: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --mark: #d29922; --bad: #f85149; } }
body { font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1, h2, h3 { line-height: 1.25; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2.5rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
article.finding { border: 1px solid var(--line); border-left: 4px solid var(--bad); border-radius: 4px; padding: .5rem 1rem; margin: .75rem 0; }
blockquote { margin: .25rem 0 .5rem 1rem; padding-left: .75rem; border-left: 3px solid var(--line); }
.marks { color: var(--mark); }
a { color: inherit; } a:focus { outline: 2px solid var(--mark); outline-offset: 2px; }
@media print { :root { --fg: #000; --bg: #fff; --muted: #333; --line: #999; } body { margin: 0; max-width: none; } nav { display: none; } article.finding, tr { break-inside: avoid; } }
`;

const h = escapeHtml;
const cell = (text: string, numeric = false) => `<td${numeric ? ' class="n"' : ''}>${h(text)}</td>`;

function sourcesTable(sources: SourceProfile[]): string {
  const head = [
    'Source',
    'File',
    'Published',
    'Claims',
    'Corroborated',
    'Contradicted',
    'Only here',
    'First on',
  ];
  const rows = sources.map(
    (p) =>
      `<tr>${cell(p.source)}${cell(p.path)}${cell(p.published ?? 'undated')}${[
        p.claims,
        p.corroborated,
        p.contradicted,
        p.onlyHere,
        p.firstReports,
      ]
        .map((n) => cell(String(n), true))
        .join('')}</tr>`,
  );
  return `<table><caption class="muted">Sources and what the others make of their claims</caption><thead><tr>${head.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const passage = (p: BriefPassage): string =>
  `<p><strong>${h(p.source)}</strong> <span class="muted">(${h(p.path)})</span></p><blockquote>${h(p.text)}</blockquote>`;

const finding = (f: BriefFinding): string =>
  `<article class="finding"><h4>${h(f.kind)}: ${h(f.message)}</h4>${passage(f.a)}${passage(f.b)}<p class="muted">Review: ${h(reviewWords(f.review))} · confidence ${f.confidence.toFixed(2)}</p></article>`;

function timeline(entries: TimelineEntry[]): string {
  if (entries.length === 0) return '<p>No dated source and no claim stating a day.</p>';
  const rows = entries.map((e) => {
    const what = e.kind === 'published' ? `published: ${e.text}` : e.text;
    const marks = [marksWords(e), e.reason ?? ''].filter(Boolean).join(' — ');
    return `<tr>${cell(dayWords(e))}${cell(e.source)}${cell(what)}<td class="marks">${h(marks)}</td></tr>`;
  });
  return `<table><thead><tr><th scope="col">Day</th><th scope="col">Source</th><th scope="col">What</th><th scope="col">Marks</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** One-sided findings (single-source claims, anachronisms) as list items. */
const oneSided = (list: BriefStory['singleSource']): string =>
  list
    .map(
      (c) =>
        `<li>${passage(c.passage)}<p>${h(c.reason)} <span class="muted">(${h(reviewWords(c.review))})</span></p></li>`,
    )
    .join('');

function story(s: BriefStory, n: number): string {
  const singles = oneSided(s.singleSource);
  const anachronisms = s.anachronisms.length
    ? `<h3>Anachronisms (${s.anachronisms.length})</h3><ul>${oneSided(s.anachronisms)}</ul>`
    : '';
  return [
    `<section id="story-${n}" aria-labelledby="story-${n}-title"><h2 id="story-${n}-title">${n}. ${h(s.label)}</h2>`,
    `<h3>Sources</h3>${sourcesTable(s.sources)}`,
    `<h3>Contradictions (${s.findings.length})</h3>`,
    s.findings.length ? s.findings.map(finding).join('') : '<p>None found.</p>',
    `<h3>Single-source claims (${s.singleSource.length})</h3>`,
    singles ? `<ul>${singles}</ul>` : '<p>None.</p>',
    anachronisms,
    `<h3>Timeline</h3>${timeline(s.timeline)}</section>`,
  ].join('\n');
}

function decisions(brief: Brief): string {
  if (brief.decisions.length === 0) return '<p>No review decisions recorded.</p>';
  const rows = brief.decisions.map(
    (d) =>
      `<tr>${cell(d.decision)}${cell(d.at ?? 'undated')}${cell(d.kind)}${cell(d.path ?? '')}${cell(d.a)}${cell(d.b)}</tr>`,
  );
  return `<table><thead><tr><th scope="col">Decision</th><th scope="col">When</th><th scope="col">Kind</th><th scope="col">Source file</th><th scope="col">Passage</th><th scope="col">Other passage</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The brief as one self-contained HTML file: inline style (light, dark and print), no script and
 * no remote resource (the Content-Security-Policy forbids both), every article string escaped. The
 * only links are the contents' own anchors (numbered ids, never article text).
 */
export function briefHtml(brief: Brief): string {
  const contents = brief.stories
    .map((s, i) => `<li><a href="#story-${i + 1}">${h(s.label)}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Triangulate report: ${h(brief.folder)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Triangulate report: ${h(brief.folder)}</h1><p class="muted">${h(briefTotals(brief))}</p></header>
<nav aria-label="Stories"><ol>${contents}<li><a href="#decisions">Review decisions</a></li></ol></nav>
<main>
${brief.stories.map((s, i) => story(s, i + 1)).join('\n')}
<section id="decisions" aria-labelledby="decisions-title"><h2 id="decisions-title">Review decisions</h2>${decisions(brief)}</section>
</main>
</body>
</html>
`;
}
