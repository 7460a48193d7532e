import type { TimelineItem, TimelineResult } from '../../../server/src/protocol';
import type { Openable } from './comparePage';
import { escapeHtml, OPEN_SCRIPT, page } from './html';

export interface TimelinePage {
  html: string;
  /** What `data-open="<n>"` opens. */
  targets: Openable[];
}

const QUOTE_LENGTH = 220;

const MARK_LABELS: Record<TimelineItem['marks'][number], string> = {
  contradicted: 'Contradicted',
  singleSource: 'Only this source',
  anachronism: 'Anachronism',
};

const EMPTY: Record<Exclude<TimelineResult['state'], 'ok'>, string> = {
  notArticle:
    'This file is not one of the analysed articles (.txt, .md or .html in the workspace, not excluded).',
  indexing: 'Triangulate is still reading the workspace. The timeline appears when it is done.',
  noEditor: 'Open an article: the timeline shows its story.',
};

const short = (s: string): string => (s.length > QUOTE_LENGTH ? `${s.slice(0, QUOTE_LENGTH - 1)}…` : s);

/**
 * The Timeline view: the story's publications and the days its claims state, in time order, one
 * column (lane) per source — dated sources by date, then the undated —, marks on contradicted,
 * single-source and anachronistic claims.
 */
export function timelinePage(
  result: TimelineResult | null,
  cspSource: string,
  nonceValue: string,
): TimelinePage {
  const targets: Openable[] = [];
  let body: string;
  if (result?.state === 'ok')
    body = okBody(result, (item) => targets.push({ uri: item.uri, range: item.range }) - 1);
  else body = `<p class="empty">${escapeHtml(EMPTY[result?.state ?? 'noEditor'])}</p>`;
  return {
    html: page({ title: 'Timeline', cspSource, nonce: nonceValue, style: STYLE, body, script: OPEN_SCRIPT }),
    targets,
  };
}

function okBody(result: TimelineResult, open: (item: TimelineItem) => number): string {
  const story = result.story!;
  const omitted = result.omitted
    ? ` The story has ${result.omitted} more ${result.omitted === 1 ? 'source' : 'sources'}, published later or undated, not shown.`
    : '';
  const head = `<h1>${escapeHtml(story.label)}</h1>
<p class="muted">${result.lanes.length === 1 ? '1 source' : `${result.lanes.length} sources`}, earliest published first (undated sources last); rows are the days sources were published and the days their claims state.${omitted}</p>`;
  if (result.items.length === 0) {
    return `${head}<p class="empty">No source of this story is dated and no claim states a calendar day: add a date to the articles' metadata (front matter, meta tags) to place them.</p>`;
  }
  const lanes = result.lanes.map(
    (l, i) =>
      `<th scope="col" id="lane-${i}">${escapeHtml(l.source)}<br><span class="muted">${escapeHtml(l.published ?? 'undated')}</span></th>`,
  );
  const laneIndex = new Map(result.lanes.map((l, i) => [l.uri, i]));
  const rows = daysOf(result.items).map(([day, items]) => {
    const cells = result.lanes.map((_, i) => {
      const here = items.filter((item) => laneIndex.get(item.uri) === i);
      return `<td headers="lane-${i}">${here.map((item) => itemHtml(item, open(item))).join('')}</td>`;
    });
    return `<tr><th scope="row" class="day">${escapeHtml(day)}</th>${cells.join('')}</tr>`;
  });
  return `${head}
<table class="timeline"><thead><tr><th scope="col">Day</th>${lanes.join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** The items grouped by day, in the server's order (time order). */
function daysOf(items: TimelineItem[]): Array<[string, TimelineItem[]]> {
  const days = new Map<string, TimelineItem[]>();
  for (const item of items) days.set(item.day, [...(days.get(item.day) ?? []), item]);
  return [...days];
}

function itemHtml(item: TimelineItem, target: number): string {
  const marks = item.marks
    .map((m) => `<span class="mark m-${m}">${escapeHtml(MARK_LABELS[m])}</span>`)
    .join(' ');
  const reason = item.reason ? `<div class="reason">${escapeHtml(item.reason)}</div>` : '';
  const label = item.kind === 'published' ? '<span class="kind">Published</span> ' : '';
  const classes = `item ${item.kind}${item.marks.map((m) => ` m-${m}`).join('')}`;
  return `<div class="${classes}" role="button" tabindex="0" data-open="${target}" title="Open this passage">${label}${escapeHtml(short(item.text))}${marks ? `<div>${marks}</div>` : ''}${reason}</div>`;
}

const STYLE = `
.timeline { border-collapse: collapse; width: 100%; table-layout: fixed; }
.timeline th, .timeline td { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, #8884)); vertical-align: top; padding: 4px 6px; text-align: left; overflow-wrap: anywhere; }
.timeline thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
.timeline th.day { white-space: nowrap; width: 7em; font-family: var(--vscode-editor-font-family); }
.item { cursor: pointer; padding: 4px 6px; margin: 2px 0; border-radius: 3px; background: var(--vscode-textBlockQuote-background); border-left: 3px solid var(--vscode-textBlockQuote-border); }
.item:hover { background: var(--vscode-list-hoverBackground); }
.item.published { border-left-color: var(--vscode-charts-blue); }
.item.m-contradicted { border-left-color: var(--vscode-editorWarning-foreground); }
.item.m-anachronism { border-left-color: var(--vscode-editorError-foreground); }
.kind { font-weight: 600; }
.mark { font-size: 0.85em; padding: 0 6px; border-radius: 8px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
.mark.m-contradicted { background: var(--vscode-inputValidation-warningBackground, var(--vscode-badge-background)); color: var(--vscode-foreground); }
.mark.m-anachronism { background: var(--vscode-inputValidation-errorBackground, var(--vscode-badge-background)); color: var(--vscode-foreground); }
.reason { font-size: 0.9em; color: var(--vscode-descriptionForeground); }
`;
