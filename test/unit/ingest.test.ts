import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes, detectFormat, ingest } from '../../server/src/core/ingest';
import { seedText } from '../helpers/seeds';

/** Every analysed character that was copied must sit at its mapped place in the source. */
function assertExactMapping(source: string, result: ReturnType<typeof ingest>): void {
  for (const b of result.blocks) {
    const analysed = result.text.slice(b.start, b.end);
    for (const m of analysed.matchAll(/[\p{L}\p{N}]+/gu)) {
      const start = b.start + m.index!;
      const [s, e] = result.map.toSourceRange(start, start + m[0].length);
      assert.equal(source.slice(s, e), m[0], `word “${m[0]}” maps to “${source.slice(s, e)}”`);
    }
  }
}

test('HTML: visible text only, character references decoded, offsets exact', () => {
  const html = `<html><head><title>T</title><style>p{color:red}</style></head><body>
<h1>Arms &amp; Diplomacy</h1>
<p>Israel&#x2019;s army met <b>US</b> envoys.</p><script>var x = "Hamas";</script>
<nav>Home | About</nav><p>Second&nbsp;paragraph.</p></body></html>`;
  const r = ingest('page.html', html);
  assert.equal(r.format, 'html');
  assert.match(r.text, /Arms & Diplomacy/);
  assert.match(r.text, /Israel’s army met US envoys\./);
  assert.doesNotMatch(r.text, /Hamas|color|Home \| About/);
  const apostrophe = r.text.indexOf('’');
  assert.deepEqual(r.map.toSourceRange(apostrophe, apostrophe + 1), [
    html.indexOf('&#x2019;'),
    html.indexOf('&#x2019;') + 8,
  ]);
  assert.equal(r.blocks[0]?.kind, 'heading');
  assertExactMapping(html, r);
});

test('a saved web page in a .txt file is read as HTML; JSON-LD gives its metadata and is not text', () => {
  const { name, text } = seedText('002');
  assert.equal(detectFormat(name, text), 'html');
  const r = ingest(name, text);
  assert.deepEqual(r.metadata, {
    title: 'Gaza Ceasefire: The Shifting Sands of US Influence and a Looming Regional Realignment',
    published: '2024-06-24',
    publisher: 'Archyworldys',
    author: 'Archyworldys Staff',
  });
  assert.doesNotMatch(r.text, /schema\.org|@type|acceptedAnswer/);
  assert.doesNotMatch(r.text, /Subscribe to get|You may also like|0 comments|Discover more/);
  assert.doesNotMatch(r.text, /\*\*/, 'markdown emphasis inside the page is markup');
  assert.match(r.text, /Despite the intense US pressure, Netanyahu retains/);
  assertExactMapping(text, r);
});

test('plain text: furniture and a repeated headline are dropped, headings found', () => {
  const { name, text } = seedText('004');
  const r = ingest(name, text);
  assert.equal(
    r.metadata.title,
    'Gallant’s diplomatic mission: Trip aims to resolve conflict between Israel and the USA',
  );
  assert.equal(r.text.match(/Gallant’s diplomatic mission/g)?.length, 1);
  assert.ok(!r.text.startsWith('close'));
  const headings = r.blocks.filter((b) => b.kind === 'heading').map((b) => r.text.slice(b.start, b.end));
  assert.deepEqual(headings, [r.metadata.title, 'Netanyahu is blamed for worsening the crisis']);
  assertExactMapping(text, r);
});

test('plain text: publisher boilerplate after the article is not text', () => {
  const { name, text } = seedText('001');
  const r = ingest(name, text);
  assert.doesNotMatch(r.text, /Comment via Facebook|Corrections: If you are aware|Comments are closed/);
});

test('markdown: markup is not text, links keep their words, front matter is metadata', () => {
  const md = `---
title: "Talks in Cairo"
date: 2024-05-02
author: Jane Roe
---
# Talks in **Cairo**

Egypt's *foreign minister* met [Hamas envoys](https://example.com/x) in Cairo.
The talks
continued on \`Tuesday\`.

\`\`\`
code Hamas
\`\`\`
- A list item about Qatar.
`;
  const r = ingest('talks.md', md);
  assert.equal(r.format, 'markdown');
  assert.deepEqual(r.metadata, {
    title: 'Talks in Cairo',
    published: '2024-05-02',
    publisher: null,
    author: 'Jane Roe',
  });
  assert.match(r.text, /^Talks in Cairo/);
  assert.match(
    r.text,
    /Egypt's foreign minister met Hamas envoys in Cairo\. The talks continued on Tuesday\./,
  );
  assert.doesNotMatch(r.text, /example\.com|code Hamas|\*|#/);
  assert.match(r.text, /A list item about Qatar\./);
  assertExactMapping(md, r);
});

test('hard-wrapped plain text is re-joined into paragraphs', () => {
  const wrapped = [
    'The ministers met in Geneva on Monday to discuss the ceasefire proposal that',
    'mediators from Qatar and Egypt had drafted over the previous two weeks of',
    'intense negotiations between the parties to the conflict in the region.',
    '',
    'A second paragraph follows here with more words than the first line has in',
    'it, so that the detector sees a typical hard-wrapped text file as input.',
  ].join('\n');
  const r = ingest('wrapped.txt', wrapped);
  assert.equal(r.blocks.length, 2);
  assert.match(r.text, /proposal that mediators/);
  assertExactMapping(wrapped, r);
});

test('hard-wrapped wire copy: a headline or dateline in capitals and a results line stand alone', () => {
  const wire = [
    'SOCCER - LEEDS BEAT CHELSEA IN LATE DRAMA',
    'LONDON 1996-08-30',
    'Leeds United beat Chelsea 2-1 at Elland Road on Saturday, with a late goal from',
    'Tony Yeboah that sent the home crowd of more than thirty thousand into raptures.',
    'Manchester United 3 Liverpool 1',
    'Germany 2 Spain 0',
  ].join('\n');
  const r = ingest('wire.txt', wire);
  const blocks = r.blocks.map((b) => r.text.slice(b.start, b.end));
  assert.deepEqual(blocks, [
    'SOCCER - LEEDS BEAT CHELSEA IN LATE DRAMA',
    'LONDON 1996-08-30',
    'Leeds United beat Chelsea 2-1 at Elland Road on Saturday, with a late goal from Tony Yeboah that sent the home crowd of more than thirty thousand into raptures.',
    'Manchester United 3 Liverpool 1',
    'Germany 2 Spain 0',
  ]);
  assertExactMapping(wire, r);
});

test('bytes: BOM stripped, UTF-16 decoded, binary refused, bad UTF-8 reported', () => {
  const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
  assert.deepEqual(bom, { ok: true, text: 'A', warning: null });
  const utf16 = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]));
  assert.equal(utf16.ok && utf16.text, 'AB');
  const binary = decodeBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  assert.equal(binary.ok, false);
  const bad = decodeBytes(new Uint8Array([0x41, 0xff, 0x42]));
  assert.ok(bad.ok && bad.warning?.includes('invalid UTF-8'));
});
