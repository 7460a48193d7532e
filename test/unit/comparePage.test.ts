// The Compare view's page is built from article text: it must escape all of it, allow only its own
// nonce'd script and style, and open only the passages the extension holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparePage } from '../../client/src/webviews/comparePage';
import type { CompareResult, CompareVersion } from '../../server/src/protocol';

const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 40 } };
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';

function version(uri: string, source: string, segments: CompareVersion['segments']): CompareVersion {
  return { uri, source, published: '2024-05-09', range, segments };
}

const RESULT: CompareResult = {
  uri: 'file:///a.txt',
  state: 'ok',
  sentence: { range, text: `The US withheld bombs. ${HOSTILE}`, source: `Alpha ${HOSTILE}` },
  legend: [{ kind: 'actor', label: 'Other actor', summary: 'Who does it differs.' }],
  pairs: [
    {
      anchor: version('file:///a.txt', 'Alpha', [
        { text: 'The ' },
        { text: 'US', difference: 'actor' },
        { text: ' withheld', link: 1 },
        { text: ` bombs. ${HOSTILE}` },
      ]),
      other: version('file:///b.txt', `Beta ${HOSTILE}`, [
        { text: 'Israel', difference: 'actor' },
        { text: ' withheld', link: 1 },
        { text: ' bombs.' },
      ]),
      relation: 'same-event',
      score: 0.4,
      conflict: { kind: 'role', message: `Who did it? ${HOSTILE}` },
      differences: ['actor'],
      explanation: `Who did it? ${HOSTILE}`,
    },
  ],
};

test('every article string is escaped: no markup of the text survives', () => {
  const { html } = comparePage(RESULT, 'vscode-resource:', 'NONCE');
  assert.doesNotMatch(html, /<script>alert|<img src=x|onerror=alert\(2\)>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the page’s own script');
  assert.match(html, /<script nonce="NONCE">/);
});

test('the page allows nothing but its own nonce’d script and style', () => {
  const { html } = comparePage(RESULT, 'vscode-resource:', 'NONCE');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-NONCE'/);
  assert.match(csp, /style-src 'nonce-NONCE'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
});

test('the swapped actor is a labelled mark on both sides; linked words share a colour', () => {
  const { html } = comparePage(RESULT, 'vscode-resource:', 'NONCE');
  assert.match(html, /<mark class="d d-actor" title="Other actor" aria-label="Other actor: US">US<\/mark>/);
  assert.match(
    html,
    /<mark class="d d-actor" title="Other actor" aria-label="Other actor: Israel">Israel<\/mark>/,
  );
  assert.equal((html.match(/class="l l1"> withheld/g) ?? []).length, 2);
  assert.match(html, /Other actor<\/mark> Who does it differs\./, 'the legend explains the mark');
});

test('Open buttons name passages by number; the extension keeps their URIs and ranges', () => {
  const { html, targets } = comparePage(RESULT, 'vscode-resource:', 'NONCE');
  assert.deepEqual(
    targets.map((t) => t.uri),
    ['file:///a.txt', 'file:///b.txt'],
  );
  assert.match(html, /<button data-open="0"/);
  assert.match(html, /<button data-open="1"/);
  assert.doesNotMatch(html, /file:\/\/\/b\.txt/, 'no URI in the page');
});

test('empty states say what to do', () => {
  assert.match(comparePage(null, 'x', 'n').html, /Put the cursor in a sentence/);
  const indexing = comparePage({ ...RESULT, state: 'indexing', pairs: [] }, 'x', 'n').html;
  assert.match(indexing, /still reading the workspace/);
  const alone = comparePage({ ...RESULT, pairs: [] }, 'x', 'n').html;
  assert.match(alone, /No other source in this workspace reports this sentence/);
});
