import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { datelineOf } from '../../server/src/core/ingest/dateline';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { type SentenceTime, sentenceTime, timeRelation } from '../../server/src/core/matching/eventTime';

const told = (dates: string[], published: string | null = null): SentenceTime =>
  sentenceTime(dates, published);

test('time: stated days decide, a day of difference is tolerated, coarser dates can only agree', () => {
  assert.equal(timeRelation(told(['2008-09-17']), told(['2008-10-06'])), 'conflict');
  assert.equal(timeRelation(told(['2008-09-17']), told(['2008-09-18'])), 'shared');
  assert.equal(timeRelation(told(['2008-12']), told(['2008-12'])), 'shared');
  assert.equal(timeRelation(told(['2008-12']), told(['2008-12-03'])), 'shared', 'a day within a month');
  assert.equal(timeRelation(told(['2008-W40']), told(['2008-10-01'])), 'shared', 'a day within an ISO week');
  assert.equal(timeRelation(told(['2008']), told(['2011'])), 'unknown', 'years do not place a report');
  assert.equal(timeRelation(told([]), told([])), 'unknown');
  // A year or month both mention does not make other days one ("the worst day of 2008").
  assert.equal(timeRelation(told(['2008-01-21', '2008']), told(['2008-10-06', '2008'])), 'conflict');
  assert.equal(timeRelation(told(['2024-03', '2024-03-01']), told(['2024-03', '2024-03-25'])), 'conflict');
});

test('time: undated sentences of articles published days apart are apart, unless a date places one', () => {
  assert.equal(timeRelation(told([], '2008-09-17'), told([], '2008-10-06')), 'apart');
  assert.equal(timeRelation(told([], '2008-09-17'), told([], '2008-09-18')), 'unknown');
  // "Last month, Northrop and EADS defeated Boeing" (published in March) / the February report.
  assert.equal(timeRelation(told(['2008-02'], '2008-03-27'), told([], '2008-02-29')), 'shared');
});

test('a dateline as tokenised text spaces it is still a publication date', () => {
  assert.equal(datelineOf('Stock markets fall\nSeptember 17 , 2008\nStock markets fell.'), '2008-09-17');
  assert.equal(datelineOf('Headline\nMarch 01, 2008\nBody.'), '2008-03-01');
});

function workspace(articles: Array<[string, string]>) {
  const index = new WorkspaceIndex();
  for (const [name, text] of articles) index.setDocument(name, name, text);
  return { index, matches: new MatchService(index) };
}

/** Whether a sentence of `a` holding `words` is matched with a sentence of `b` (headlines aside). */
function linked(w: ReturnType<typeof workspace>, a: string, b: string, words: RegExp): boolean {
  const says = (uri: string, sentence: number) => {
    const d = w.index.document(uri)!;
    const s = d.analysis.sentences[sentence]!;
    return words.test(d.text.slice(s.start, s.end));
  };
  return w.matches
    .allPairs()
    .some(
      (p) =>
        ((p.a.uri === a && p.b.uri === b) || (p.a.uri === b && p.b.uri === a)) &&
        says(p.a.uri, p.a.sentence) &&
        says(p.b.uri, p.b.sentence),
    );
}

test('matching: the same words about another day are not the same report', () => {
  const m = workspace([
    [
      'a.txt',
      'Markets fall\nSeptember 17, 2008\n\nStock markets around the world have fallen dramatically today.\n',
    ],
    [
      'b.txt',
      'Markets fall again\nOctober 6, 2008\n\nStock markets around the world have fallen dramatically today.\n',
    ],
  ]);
  assert.equal(linked(m, 'a.txt', 'b.txt', /fallen/), false);
});

test("matching: articles weeks apart share a copied sentence, not another day's figures", () => {
  const copied =
    'This follows the ongoing turmoil in the financial world, including the bail-out of insurer AIG.';
  const m = workspace([
    ['a.txt', `Markets\nSeptember 17, 2008\n\n${copied}\n`],
    ['b.txt', `Markets\nOctober 6, 2008\n\n${copied}\n`],
    [
      'c.txt',
      'Markets\nSeptember 17, 2008\n\nThe Dow Jones index was down 2.62% at 16:08 UTC, a slight increase.\n',
    ],
    [
      'd.txt',
      'Markets\nOctober 6, 2008\n\nThe Dow Jones index was down 3.76% at 16:08 UTC, a slight increase.\n',
    ],
  ]);
  assert.equal(linked(m, 'a.txt', 'b.txt', /AIG/), true, 'a copy is still a match');
  assert.equal(linked(m, 'c.txt', 'd.txt', /Dow/), false, 'two days, two levels');
});

test('matching: reports of one event in other words, anchored by two shared participants', () => {
  const m = workspace([
    [
      'a.txt',
      'Serious differences have emerged between U.S. President Joe Biden and Israeli Prime Minister Benjamin Netanyahu over the course of the war.\n',
    ],
    [
      'b.txt',
      'Officials met on Sunday amid a new crisis that has erupted between Prime Minister Benjamin Netanyahu and US President Joe Biden.\n',
    ],
  ]);
  assert.equal(linked(m, 'a.txt', 'b.txt', /Netanyahu/), true);
});

test('matching: weeks apart, a shared place is not a shared participant', () => {
  const m = workspace([
    [
      'a.txt',
      'Markets\nSeptember 17, 2008\n\nShares in London fell sharply as traders sold bank stocks and property firms.\n',
    ],
    [
      'b.txt',
      'Markets\nOctober 8, 2008\n\nShares in London fell sharply as traders sold mining stocks and oil firms.\n',
    ],
  ]);
  assert.equal(linked(m, 'a.txt', 'b.txt', /London/), false);
});

test('matching: months apart, "the 1994 treaty" and "a treaty reached in 1994" refer back to one past event', () => {
  const m = workspace([
    [
      'a.txt',
      'River dispute\nMarch 2, 2009\n\nThe Delta Water Board claims that the new dam violates a treaty reached between the two provinces in 1994.\n',
    ],
    [
      'b.txt',
      'River dispute goes to court\nMay 11, 2009\n\nIn court on Monday, lawyers for the Delta Water Board said the dam, finished last year upstream of the city, breaks the 1994 treaty.\n',
    ],
  ]);
  assert.equal(linked(m, 'a.txt', 'b.txt', /1994/), true);
});
