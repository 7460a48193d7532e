// The comparison behind the Compare view: linked words, and differences marked by kind from the
// alignment the detectors read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareSentence } from '../../server/src/core/compare/compare';
import { segmentsOf } from '../../server/src/core/compare/segments';
import { DetectContext } from '../../server/src/core/contradictions/context';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';

function compared(a: string, b: string) {
  const index = new WorkspaceIndex();
  const article = (outlet: string, sentence: string) =>
    `---\ntitle: Report\npublisher: ${outlet}\ndate: 2024-05-10\n---\n\nOfficials spoke to reporters.\n${sentence}\n`;
  index.setDocument('mem:///a.md', 'a.md', article('Alpha News', a));
  index.setDocument('mem:///b.md', 'b.md', article('Beta Post', b));
  const matches = new MatchService(index);
  const findings = new FindingService(index, matches);
  const inputs = {
    index,
    matches,
    context: new DetectContext(index),
    findings: (u: string) => findings.findings(u),
  };
  const doc = index.document('mem:///a.md')!;
  const pairs = compareSentence(inputs, {
    uri: doc.uri,
    sentence: index.sentenceAt(doc.uri, doc.text.indexOf(a)),
  });
  const text = (uri: string) => index.document(uri)!.text;
  const marked = (v: (typeof pairs)[number]['anchor'], kind: string) =>
    v.segments.filter((s) => s.difference === kind).map((s) => text(v.uri).slice(s.start, s.end));
  return { pairs, marked, text };
}

test('a changed figure is marked on both sides, the counted thing linked', () => {
  const { pairs, marked, text } = compared(
    'The strike killed 25 people in Rafah on Tuesday, health officials said.',
    'The strike killed 40 people in Rafah on Tuesday, health officials said.',
  );
  assert.equal(pairs.length, 1);
  const [p] = pairs;
  assert.equal(p!.conflict?.kind, 'number');
  assert.deepEqual(marked(p!.anchor, 'figure'), ['25']);
  assert.deepEqual(marked(p!.other, 'figure'), ['40']);
  assert.deepEqual(p!.differences, ['figure']);
  const linkOf = (v: typeof p.anchor) =>
    v.segments.find((s) => text(v.uri).slice(s.start, s.end) === 'killed')?.link;
  assert.ok(linkOf(p!.anchor) && linkOf(p!.anchor) === linkOf(p!.other), 'the act is linked');
});

test('a negation on one side marks the denied act on both', () => {
  const { pairs, marked } = compared(
    'Egypt opened the Rafah crossing to aid trucks on Monday, officials said.',
    'Egypt did not open the Rafah crossing to aid trucks on Monday, officials said.',
  );
  const [p] = pairs;
  assert.ok(p);
  assert.deepEqual(marked(p.anchor, 'negation'), ['opened']);
  assert.deepEqual(marked(p.other, 'negation'), ['open']);
});

test('segments cover the sentence whole; a difference wins over a link where they overlap', () => {
  const segments = segmentsOf(
    [
      { start: 4, end: 10, link: 1 },
      { start: 4, end: 10, difference: 'actor' },
      { start: 15, end: 20, link: 2 },
    ],
    0,
    25,
  );
  assert.deepEqual(segments, [
    { start: 0, end: 4 },
    { start: 4, end: 10, link: 1, difference: 'actor' },
    { start: 10, end: 15 },
    { start: 15, end: 20, link: 2 },
    { start: 20, end: 25 },
  ]);
});
