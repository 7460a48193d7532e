import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FindingService } from '../../server/src/core/contradictions/service';
import { ingest } from '../../server/src/core/ingest';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { indexOf } from '../helpers/seeds';

const BODY = [
  'The army said 40 soldiers were killed on Monday near the border town.',
  '',
  'Officials in Cairo said the ceasefire talks would resume on Thursday.',
].join('\n');
const OTHER = [
  'The army said 14 soldiers were killed on Monday near the border town.',
  '',
  'Officials in Cairo said the ceasefire talks would resume on Thursday.',
].join('\n');

const FRONT_MATTER = '---\ntitle: "Border clashes"\ndate: 2024-05-02\n---\n';

/** The article's findings, told apart by kind and the words they quote (offsets move with the headline). */
function findingsOf(name: string, text: string): string[] {
  const index = indexOf([
    { name, text },
    { name: 'other.txt', text: OTHER },
  ]);
  const uri = `mem:///${name}`;
  const source = index.document(uri)!.text;
  return new FindingService(index, new MatchService(index))
    .findings(uri)
    .map((f) => `${f.kind}: ${source.slice(f.a.start, f.a.end)}`)
    .sort();
}

/** Kinds of the blocks that hold the body's sentences. */
function bodyBlockKinds(name: string, text: string): string[] {
  const r = ingest(name, text);
  return r.blocks
    .filter((b) => /soldiers|ceasefire talks/.test(r.text.slice(b.start, b.end)))
    .map((b) => b.kind);
}

test('markdown: the body after front matter and a `# Headline` has the findings it has without it', () => {
  const bare = findingsOf('a.md', BODY);
  assert.ok(
    bare.some((f) => f.startsWith('number: ')),
    bare.join('\n'),
  );
  for (const headed of [
    `# Border clashes\n\n${BODY}`,
    `${FRONT_MATTER}# Border clashes\n\n${BODY}`,
    `${FRONT_MATTER}# Border clashes\n${BODY}`,
    `Border clashes\n==============\n\n${BODY}`,
    `# Border clashes\n\n## Casualties\n\n${BODY}`,
  ]) {
    assert.deepEqual(bodyBlockKinds('a.md', headed), ['paragraph', 'paragraph'], headed);
    assert.deepEqual(findingsOf('a.md', headed), bare, headed);
  }
});

test('markdown: three lines, `# H`, a blank line and a sentence with a figure, give its finding', () => {
  const sentence = 'The army said 40 soldiers were killed on Monday.';
  const index = indexOf([{ name: 'h.md', text: `# H\n\n${sentence}\n` }]);
  const findings = new FindingService(index, new MatchService(index)).findings('mem:///h.md');
  assert.deepEqual(
    findings.map((f) => f.kind),
    ['single-source'],
  );
});

test('HTML: paragraphs in <h1>/<h2> sections have the findings they have without the headings', () => {
  const paragraphs = BODY.split('\n\n').map((p) => `<p>${p}</p>`);
  const bare = findingsOf('a.html', `<html><body>${paragraphs.join('\n')}</body></html>`);
  assert.ok(
    bare.some((f) => f.startsWith('number: ')),
    bare.join('\n'),
  );
  for (const headed of [
    `<html><body><h1>Border clashes</h1>\n${paragraphs.join('\n')}</body></html>`,
    `<html><body><h1>Border clashes</h1><section><h2>Casualties</h2>${paragraphs[0]}</section><section><h2>Talks</h2>${paragraphs[1]}</section></body></html>`,
    `<html><body><h1>Border clashes</h1>\n${BODY}\n</body></html>`,
    `<html><body><article><h2>Casualties</h2>${BODY.replace('\n\n', '<br>')}</article></body></html>`,
  ]) {
    const kinds = bodyBlockKinds('a.html', headed);
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'paragraph'), headed);
    assert.deepEqual(findingsOf('a.html', headed), bare, headed);
  }
});

test('plain text: a headline over hard-wrapped paragraphs does not make them headings', () => {
  const wrapped = [
    'Border clashes',
    '',
    'The army said 40 soldiers were killed on Monday near the border town, as',
    'the fighting that began last week spread to the villages along the river and',
    'the roads leading to the crossing point that both sides claim as their own.',
    '',
    'Officials in Cairo said the ceasefire talks would resume on Thursday with',
    'mediators from Qatar and Egypt, who had drafted the proposal over two weeks.',
  ].join('\n');
  const r = ingest('wrapped.txt', wrapped);
  assert.deepEqual(
    r.blocks.map((b) => b.kind),
    ['heading', 'paragraph', 'paragraph'],
  );
});
