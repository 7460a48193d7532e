import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPORT_FORMATS } from '../../server/src/core/brief/render';
import { briefCsv, csvField } from '../../server/src/core/brief/render/csv';
import { briefHtml, REPORT_CSP } from '../../server/src/core/brief/render/html';
import { briefMarkdown } from '../../server/src/core/brief/render/markdown';
import type { Brief, BriefPassage } from '../../server/src/core/brief/types';
import { REPORT_FORMAT_INFO } from '../../server/src/protocol';
import { parseCsv } from '../helpers/csv';

const SCRIPT = '<script>alert(1)</script>';
const STYLE_BREAK = '</style><img src="https://evil.example/x.png">';
const FORMULA = '=HYPERLINK("https://evil.example","click")';
const LINK = '[click](javascript:alert(1)) and ![x](https://evil.example/p.png)';

const passage = (text: string, source = `Outlet ${SCRIPT}`): BriefPassage => ({
  uri: 'file:///w/a.txt',
  path: 'a|b`.txt',
  source,
  start: 0,
  end: text.length,
  text,
});

/** A brief whose every article string is hostile. */
const HOSTILE: Brief = {
  folder: `news ${SCRIPT}`,
  stories: [
    {
      id: 'story-1',
      label: `${LINK} | # heading`,
      sources: [
        {
          uri: 'file:///w/a.txt',
          path: 'a|b`.txt',
          source: `Outlet ${STYLE_BREAK}`,
          title: SCRIPT,
          published: '2024-05-12',
          publisher: FORMULA,
          claims: 3,
          corroborated: 1,
          contradicted: 1,
          onlyHere: 1,
          firstReports: 0,
        },
      ],
      findings: [
        {
          key: 'k1',
          kind: 'number',
          a: passage(`He said "${FORMULA}"\nthen ${STYLE_BREAK}`),
          b: passage(`-2+3 ${LINK}`, '@mention'),
          message: `This source: ${SCRIPT}. Other: ${LINK}`,
          confidence: 0.8,
          review: { decision: 'reviewed', at: '2026-12-01T13:50:00.000Z' },
        },
      ],
      singleSource: [
        { key: 'k2', passage: passage(FORMULA), reason: `Only this source: ${LINK}`, review: null },
      ],
      anachronisms: [
        { key: 'k3', passage: passage(`President ${SCRIPT}`), reason: `Anachronism? ${LINK}`, review: null },
      ],
      timeline: [
        {
          kind: 'stated',
          day: '2024-05-20',
          precision: 'day',
          uri: 'file:///w/a.txt',
          source: `Outlet ${SCRIPT}`,
          start: 0,
          end: 10,
          text: `${STYLE_BREAK} ${LINK}`,
          marks: ['anachronism'],
          reason: 'States 2024-05-20, after its own publication on 2024-05-12.',
        },
      ],
      lanes: [],
    },
  ],
  decisions: [
    {
      key: 'k1',
      kind: 'number',
      decision: 'reviewed',
      path: SCRIPT,
      at: '2026-12-01T13:50:00.000Z',
      a: LINK,
      b: FORMULA,
    },
  ],
};

test('HTML report: a strict CSP, no script, no remote resource, every article string escaped', () => {
  const html = briefHtml(HOSTILE);
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`));
  assert.match(REPORT_CSP, /default-src 'none'/);
  assert.ok(!/<script/i.test(html), 'no script element');
  assert.equal(html.match(/<\/style>/g)?.length, 1, 'only our own style element closes');
  assert.ok(!/<img/i.test(html), 'no image element');
  assert.ok(!/\s(src|href)="(?!#)/i.test(html), 'the only links are in-page anchors');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(
    html.includes('He said &quot;=HYPERLINK(&quot;https://evil.example&quot;,&quot;click&quot;)&quot;'),
  );
  assert.ok(html.includes('@media (prefers-color-scheme: dark)') && html.includes('@media print'));
});

test('Markdown report: article text cannot open a link, an image, HTML, a heading or a table cell', () => {
  const md = briefMarkdown(HOSTILE);
  assert.ok(!md.includes('<script'), 'no raw HTML');
  assert.ok(!md.includes(']('), 'no link or image syntax');
  // Every table row keeps its columns: escaped pipes do not count.
  const rows = md.split('\n').filter((l) => l.startsWith('| Outlet'));
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.replace(/\\\|/g, '').split('|').length, 10);
  // Quotes stay on one line, as a blockquote of the list item.
  assert.ok(md.includes('  > He said "=HYPERLINK\\(') && !md.includes('\nthen'));
  assert.ok(md.includes('\\[click\\]\\(javascript:'.replace(':', '\\:')));
});

test('CSV report: RFC 4180 quoting, formulas defused with an apostrophe, one row per finding', () => {
  const rows = parseCsv(briefCsv(HOSTILE));
  assert.equal(rows.length, 4);
  assert.ok(rows.every((r) => r.length === rows[0]!.length));
  const [, conflict, single, anachronism] = rows;
  assert.equal(anachronism![1], 'anachronism');
  assert.equal(conflict![6], `He said "${FORMULA}"\nthen ${STYLE_BREAK}`);
  assert.equal(conflict![7], "'@mention");
  assert.equal(conflict![11], `'-2+3 ${LINK}`);
  assert.equal(single![6], `'${FORMULA}`);
  assert.equal(single![1], 'single-source');
  for (const start of ['=', '+', '-', '@', '\t', '\r'])
    assert.equal(csvField(`${start}1`).replace(/"/g, '')[0], "'");
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField(12), '12');
});

test('report formats: the protocol lists the core’s, in its order', () => {
  assert.deepEqual(REPORT_FORMAT_INFO, REPORT_FORMATS);
});
