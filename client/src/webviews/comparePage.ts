import type {
  ComparePair,
  CompareResult,
  CompareSegment,
  CompareVersion,
} from '../../../server/src/protocol';
import { escapeHtml, OPEN_SCRIPT, page } from './html';

/** A passage the page can ask to open, by its position in this list. */
export interface Openable {
  uri: string;
  range: CompareVersion['range'];
}

export interface ComparePage {
  html: string;
  /** What `data-open="<n>"` opens. */
  targets: Openable[];
}

const LINK_COLOURS = 6;

const EMPTY: Record<Exclude<CompareResult['state'], 'ok'>, string> = {
  notArticle:
    'This file is not one of the analysed articles (.txt, .md or .html in the workspace, not excluded).',
  indexing: 'Triangulate is still reading the workspace. The comparison appears when it is done.',
  noSentence: 'Put the cursor in a sentence of an article, then run “Triangulate: Compare Sources”.',
};

/** The Compare view: the sentence beside every other source's version, differences marked by kind. */
export function comparePage(
  result: CompareResult | null,
  cspSource: string,
  nonceValue: string,
): ComparePage {
  const targets: Openable[] = [];
  const open = (v: CompareVersion): number => targets.push({ uri: v.uri, range: v.range }) - 1;
  const labels = new Map(result?.legend.map((l) => [l.kind, l.label]) ?? []);
  let body: string;
  if (!result) body = `<p class="empty">${escapeHtml(EMPTY.noSentence)}</p>`;
  else if (result.state !== 'ok') body = `<p class="empty">${escapeHtml(EMPTY[result.state])}</p>`;
  else body = okBody(result, open, labels);
  const html = page({
    title: 'Compare sources',
    cspSource,
    nonce: nonceValue,
    style: STYLE,
    body,
    script: OPEN_SCRIPT,
  });
  return { html, targets };
}

function okBody(
  result: CompareResult,
  open: (v: CompareVersion) => number,
  labels: Map<string, string>,
): string {
  const s = result.sentence!;
  const head = `<h1>${escapeHtml(s.source)}</h1>`;
  if (result.pairs.length === 0) {
    return `${head}<p class="quote">${escapeHtml(s.text)}</p><p class="empty">No other source in this workspace reports this sentence or contradicts it.</p>`;
  }
  const count = result.pairs.length === 1 ? '1 other source' : `${result.pairs.length} other sources`;
  const pairs = result.pairs.map((p, i) => pairHtml(p, i, open, labels)).join('\n');
  return `${head}<p class="muted">This sentence beside ${count}. Words that say the same thing share a colour; differences are marked by kind.</p>
${legendHtml(result)}
${pairs}`;
}

function legendHtml(result: CompareResult): string {
  const used = new Set(result.pairs.flatMap((p) => p.differences));
  const items = result.legend
    .filter((l) => used.has(l.kind))
    .map(
      (l) =>
        `<li><mark class="d d-${escapeHtml(l.kind)}">${escapeHtml(l.label)}</mark> ${escapeHtml(l.summary)}</li>`,
    );
  return items.length ? `<ul class="legend" aria-label="Legend">${items.join('')}</ul>` : '';
}

function pairHtml(
  p: ComparePair,
  i: number,
  open: (v: CompareVersion) => number,
  labels: Map<string, string>,
): string {
  const kind = p.conflict
    ? `<span class="badge conflict">${escapeHtml(p.conflict.kind)}</span>`
    : `<span class="badge">${escapeHtml(p.relation ?? 'reported')}</span>`;
  return `<section class="pair" aria-labelledby="pair-${i}">
<h2 id="pair-${i}">${kind} ${escapeHtml(p.other.source)}</h2>
<p class="explanation">${escapeHtml(p.explanation)}</p>
<div class="sides">
${sideHtml(p.anchor, open(p.anchor), labels, 'This source')}
${sideHtml(p.other, open(p.other), labels, 'Other source')}
</div>
</section>`;
}

function sideHtml(v: CompareVersion, target: number, labels: Map<string, string>, role: string): string {
  const date = v.published ? ` <span class="muted">· ${escapeHtml(v.published)}</span>` : '';
  return `<div class="side">
<div class="side-head"><span class="muted">${role}:</span> ${escapeHtml(v.source)}${date}
<button data-open="${target}" title="Open this passage in the editor">Open</button></div>
<p class="quote">${v.segments.map((s) => segmentHtml(s, labels)).join('')}</p>
</div>`;
}

/** A link is coloured by its number; a difference is a mark with its label for screen readers and tooltips. */
function segmentHtml(s: CompareSegment, labels: Map<string, string>): string {
  const text = escapeHtml(s.text);
  if (s.difference) {
    const label = escapeHtml(labels.get(s.difference) ?? s.difference);
    return `<mark class="d d-${escapeHtml(s.difference)}" title="${label}" aria-label="${label}: ${text}">${text}</mark>`;
  }
  if (s.link) return `<span class="l l${s.link % LINK_COLOURS}">${text}</span>`;
  return text;
}

const STYLE = `
.pair { border-top: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, #8884)); padding-top: 4px; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
@media (max-width: 560px) { .sides { grid-template-columns: 1fr; } }
.side-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.side-head button { margin-left: auto; }
.quote { font-family: var(--vscode-editor-font-family); background: var(--vscode-textBlockQuote-background); border-left: 3px solid var(--vscode-textBlockQuote-border); padding: 6px 10px; margin: 6px 0; white-space: pre-wrap; }
.explanation { margin: 4px 0 8px; }
.badge { font-size: 0.85em; padding: 0 6px; border-radius: 8px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.badge.conflict { background: var(--vscode-inputValidation-warningBackground, var(--vscode-badge-background)); border: 1px solid var(--vscode-inputValidation-warningBorder, transparent); color: var(--vscode-foreground); }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.l { border-bottom: 2px solid; }
.l0 { border-color: var(--vscode-charts-blue); } .l1 { border-color: var(--vscode-charts-green); }
.l2 { border-color: var(--vscode-charts-purple); } .l3 { border-color: var(--vscode-charts-orange); }
.l4 { border-color: var(--vscode-charts-yellow); } .l5 { border-color: var(--vscode-charts-foreground); }
mark.d { color: inherit; border-radius: 2px; padding: 0 2px; font-weight: 600; }
mark.d-actor, mark.d-negation { background: var(--vscode-diffEditor-removedTextBackground, #f003); outline: 1px solid var(--vscode-editorError-foreground); }
mark.d-figure, mark.d-date { background: var(--vscode-diffEditor-insertedTextBackground, #0f03); outline: 1px solid var(--vscode-editorWarning-foreground); }
mark.d-hedge, mark.d-future { background: var(--vscode-editor-findMatchHighlightBackground, #ff03); outline: 1px dashed var(--vscode-editorInfo-foreground); }
mark.d-only { background: transparent; font-weight: normal; text-decoration: underline dotted; }
`;
