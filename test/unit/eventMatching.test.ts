import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { EventIndex } from '../../server/src/core/matching/eventIndex';
import * as eventLexicon from '../../server/src/core/matching/eventLexicon';
import { MATCH_THRESHOLDS } from '../../server/src/core/matching/matcher';

/** Articles as markdown with a publication date in their front matter. */
function workspace(articles: Array<{ name: string; date: string; text: string }>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const a of articles) index.setDocument(a.name, a.name, `---\ndate: ${a.date}\n---\n${a.text}\n`);
  return index;
}

const pairsOf = (index: WorkspaceIndex) => new MatchService(index).allPairs();

test('event words: the same happening told in other words, with the same participant, is a same-event match', () => {
  const index = workspace([
    {
      name: 'a.md',
      date: '2008-02-29',
      text: 'Northrop Grumman and EADS have defeated Boeing in the contest for the air force tanker order.',
    },
    {
      name: 'b.md',
      date: '2008-03-01',
      text: 'Boeing was beaten by the European consortium, officials announced on Friday.',
    },
  ]);
  const pairs = pairsOf(index);
  assert.equal(pairs.length, 1, 'the two reports of the defeat are linked');
  assert.equal(pairs[0]!.match.relation, 'same-event');
  assert.ok(
    pairs[0]!.match.cosine < MATCH_THRESHOLDS.sameEvent,
    'too few shared words for the TF-IDF rule alone',
  );
});

test("event words: the same act done to the other report's doer is not the same happening", () => {
  const index = workspace([
    {
      name: 'a.md',
      date: '2008-02-29',
      text: 'Boeing defeated Northrop Grumman in the contest for the navy order.',
    },
    {
      name: 'b.md',
      date: '2008-03-01',
      text: 'Boeing was beaten by the European consortium, officials announced on Friday.',
    },
  ]);
  assert.deepEqual(pairsOf(index), []);
});

test('two earthquakes on different days are different events, even told in the same words', () => {
  const index = workspace([
    {
      name: 'august.md',
      date: '2016-08-24',
      text: 'A powerful earthquake struck central Italy near Amatrice on Wednesday, killing dozens of people.',
    },
    {
      name: 'october.md',
      date: '2016-10-30',
      text: 'A powerful quake struck central Italy near Norcia on Sunday, killing dozens of people.',
    },
  ]);
  assert.deepEqual(pairsOf(index), []);
});

test('a specific figure and a participant in common link a retelling published a week later', () => {
  const index = workspace([
    {
      name: 'a.md',
      date: '2007-02-28',
      text: 'General Motors Corp. will cut 10,000 jobs over four years, the carmaker announced.',
    },
    {
      name: 'b.md',
      date: '2007-03-08',
      text: 'Unions marched against the restructuring plan at General Motors Corp., under which 10,000 jobs go.',
    },
  ]);
  const pairs = pairsOf(index);
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0]!.match.relation, 'same-event');
});

test('a market level told on two days with only a place in common is no retelling', () => {
  const index = workspace([
    {
      name: 'a.md',
      date: '2008-10-06',
      text: 'The FTSE 100 fell below the 5000 mark in the United Kingdom.',
    },
    {
      name: 'b.md',
      date: '2008-10-15',
      text: 'Shares in the United Kingdom closed under the 5000 mark again.',
    },
  ]);
  assert.deepEqual(pairsOf(index), []);
});

test('typing: an edited report is filed again under its event words', () => {
  const index = workspace([
    {
      name: 'a.md',
      date: '2008-02-29',
      text: 'Northrop Grumman and EADS have defeated Boeing in the contest for the air force tanker order.',
    },
    { name: 'b.md', date: '2008-03-01', text: 'Airbus shares were steady, officials announced on Friday.' },
  ]);
  const service = new MatchService(index);
  assert.deepEqual(service.matches('a.md'), []);
  const typed =
    '---\ndate: 2008-03-01\n---\nBoeing was beaten by the European consortium, officials announced on Friday.\n';
  index.setDocument('b.md', 'b.md', typed, null, true);
  assert.equal(service.sentenceMatches('b.md', 0)[0]?.other.uri, 'a.md', 'found while typing');
  index.settle();
  assert.equal(service.sentenceMatches('a.md', 0)[0]?.other.uri, 'b.md', 'and after the full resolution');
});

test('the event index: candidates come from the same story only, and their number is bounded', () => {
  const events = new EventIndex();
  const key = 'win>patient@organization:boeing';
  events.setDocument('a', 'story-1', [[key]]);
  events.setDocument('b', 'story-2', [[key]]);
  events.setDocument('c', 'story-1', [[], [key]]);
  assert.deepEqual(events.candidates('a', 'story-1', [key]), [{ uri: 'c', sentence: 1 }]);
  events.removeDocument('c');
  assert.deepEqual(events.candidates('a', 'story-1', [key]), []);
  for (let i = 0; i < 1000; i++) events.setDocument(`d${i}`, 'story-1', [[key]]);
  const found = events.candidates('a', 'story-1', [key]).length;
  assert.ok(found > 10 && found <= 64, `${found} candidates of 1,000 reports`);
});

test('event word lists hold no duplicates', () => {
  for (const [name, list] of Object.entries(eventLexicon)) {
    const items = Array.isArray(list) ? list : Object.keys(list);
    assert.equal(new Set(items).size, items.length, `${name} has a duplicate`);
  }
});
