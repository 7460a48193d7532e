// The Timeline view's page: lanes by source, rows by day, marks in words, article text escaped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelinePage } from '../../client/src/webviews/timelinePage';
import { parseReviews } from '../../server/src/core/contradictions/reviews';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { STORY_VIEW_MAX_SOURCES, shownSources } from '../../server/src/lsp/storySources';
import type { TimelineResult } from '../../server/src/protocol';

const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } };
const HOSTILE = '<script>alert(1)</script>';

const RESULT: TimelineResult = {
  uri: 'file:///a.txt',
  state: 'ok',
  story: { id: 's1', label: `Rafah ${HOSTILE}` },
  lanes: [
    { uri: 'file:///a.txt', source: 'Alpha, 2024-05-10', published: '2024-05-10' },
    { uri: 'file:///b.txt', source: `Beta ${HOSTILE}`, published: null },
  ],
  items: [
    {
      kind: 'published',
      day: '2024-05-10',
      precision: 'day',
      uri: 'file:///a.txt',
      source: 'Alpha, 2024-05-10',
      range,
      text: 'Headline A',
      marks: [],
    },
    {
      kind: 'stated',
      day: '2024-05-20',
      precision: 'day',
      uri: 'file:///a.txt',
      source: 'Alpha, 2024-05-10',
      range,
      text: `The talks will end on 20 May. ${HOSTILE}`,
      marks: ['anachronism', 'contradicted'],
      reason: 'States 2024-05-20, after its own publication on 2024-05-10.',
    },
    {
      kind: 'stated',
      day: '2024-05-20',
      precision: 'day',
      uri: 'file:///b.txt',
      source: 'Beta',
      range,
      text: 'Talks ended on 20 May.',
      marks: ['singleSource'],
    },
  ],
};

test('one column per source in the lanes’ order, undated sources say so; one row per day', () => {
  const { html } = timelinePage(RESULT, 'x', 'N');
  const heads = [
    ...html.matchAll(/<th scope="col" id="lane-\d">([^<]*)<br><span class="muted">([^<]*)</g),
  ].map((m) => [m[1], m[2]]);
  assert.deepEqual(heads, [
    ['Alpha, 2024-05-10', '2024-05-10'],
    ['Beta &lt;script&gt;alert(1)&lt;/script&gt;', 'undated'],
  ]);
  assert.deepEqual(
    [...html.matchAll(/<th scope="row" class="day">([^<]*)</g)].map((m) => m[1]),
    ['2024-05-10', '2024-05-20'],
  );
});

test('marks and the anachronism’s reason are in words; entries open by number and take the keyboard', () => {
  const { html, targets } = timelinePage(RESULT, 'x', 'N');
  assert.match(
    html,
    /<span class="mark m-anachronism">Anachronism<\/span> <span class="mark m-contradicted">Contradicted<\/span>/,
  );
  assert.match(html, /Only this source/);
  assert.match(html, /after its own publication on 2024-05-10/);
  assert.equal(targets.length, 3);
  assert.equal((html.match(/role="button" tabindex="0" data-open="\d"/g) ?? []).length, 3);
});

test('article text is escaped and only the page’s nonce’d script runs', () => {
  const { html } = timelinePage(RESULT, 'x', 'N');
  assert.doesNotMatch(html, /<script>alert/);
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /default-src 'none'/);
});

test('empty states say what to do', () => {
  assert.match(timelinePage(null, 'x', 'N').html, /Open an article: the timeline shows its story/);
  assert.match(timelinePage({ ...RESULT, items: [] }, 'x', 'N').html, /No source of this story is dated/);
});

test('a long story’s timeline shows the document’s own lane and the earliest others, and says how many are left out', () => {
  const index = new WorkspaceIndex();
  const uris: string[] = [];
  for (let i = 0; i < STORY_VIEW_MAX_SOURCES + 5; i++) {
    const uri = `mem:///d${i}.md`;
    const day = `2024-03-${String((i % 28) + 1).padStart(2, '0')}`;
    index.setDocument(uri, `d${i}.md`, `---\npublisher: Outlet ${i}\ndate: ${day}\n---\n\nTalks went on.\n`);
    uris.push(uri);
  }
  const matches = new MatchService(index);
  const inputs = {
    index,
    matches,
    findings: new FindingService(index, matches),
    reviews: parseReviews('{}').reviews,
  };
  const own = uris.at(-1)!;
  const shown = shownSources(inputs, uris, own);
  assert.equal(shown.length, STORY_VIEW_MAX_SOURCES);
  assert.equal(shown[0], own);
  const days = shown.slice(1).map((u) => index.document(u)!.analysis.metadata.published!);
  const left = uris
    .filter((u) => !shown.includes(u))
    .map((u) => index.document(u)!.analysis.metadata.published!);
  assert.ok(Math.max(...days.map(Date.parse)) <= Math.min(...left.map(Date.parse)), 'the earliest are kept');
  const html = timelinePage({ ...RESULT, omitted: 5 }, 'x', 'N').html;
  assert.match(html, /The story has 5 more sources, published later or undated, not shown\./);
});
