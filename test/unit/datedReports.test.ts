import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';

// Two dated articles of Wikinews (MEANTIME: an Airbus launch of 18 January 2005 and a Boeing
// unveiling of 17 February 2005) telling the A380's first flight.
const LONG = (month: string) =>
  `The first test flight of the aircraft may take place as early as ${month}, and the first commercial flight is expected to take off in mid-2006 from Singapore's Changi Airport.`;
const SHORT = 'First flight is scheduled in early March.';

function dateFindings(a: string, b: string): string[] {
  const index = new WorkspaceIndex();
  index.setDocument(
    'file:///airbus.txt',
    'airbus.txt',
    `Airbus launches largest passenger plane\nJanuary 18, 2005\n\n${a}\n`,
  );
  index.setDocument(
    'file:///boeing.txt',
    'boeing.txt',
    `Boeing unveils long-range 777\nFebruary 17, 2005\n\n${b}\n`,
  );
  const service = new FindingService(index, new MatchService(index));
  return service
    .findings('file:///airbus.txt')
    .filter((f) => f.kind === 'date')
    .map((f) => f.message);
}

test('a month that differs in one clause of a two-clause sentence is a date conflict', () => {
  const found = dateFindings(LONG('September'), SHORT);
  assert.equal(found.length, 1);
  assert.match(found[0]!, /“September”.*“March”/);
});

test('the same month named without a year is no conflict, whatever years the publication dates suggest', () => {
  assert.deepEqual(dateFindings(LONG('March'), SHORT), []);
});

/** Findings of article a against article b, each dated in its front matter. */
function datedFindings(dateA: string, a: string, dateB: string, b: string): string[] {
  const index = new WorkspaceIndex();
  const article = (title: string, date: string, body: string) =>
    `---\ntitle: ${title}\ndate: ${date}\n---\n${body}\n`;
  index.setDocument('file:///a.md', 'a.md', article('Ministers to gather', dateA, a));
  index.setDocument('file:///b.md', 'b.md', article('Ministers met', dateB, b));
  return new FindingService(index, new MatchService(index))
    .findings('file:///a.md')
    .map((f) => `${f.kind}: ${f.message}`);
}

const FORETOLD =
  'Trade ministers from the G20 will not be gathering in Jakarta, and the Asian Development Bank will be holding its annual meeting.';
const REPORTED =
  'The G20 trade ministers had met in Jakarta while the Asian Development Bank held its annual meeting.';

test('a future denied before a later report tells it done is a negation, said to be a forecast', () => {
  const [finding] = datedFindings('2011-05-02', FORETOLD, '2011-05-09', REPORTED);
  assert.match(finding ?? '', /^negation: .*“will not be gathering”.*“had met”.*told it as future before/);
});

test('a future told after the report of the deed, or undated, is another moment: no finding', () => {
  assert.deepEqual(datedFindings('2011-05-12', FORETOLD, '2011-05-09', REPORTED), []);
  assert.deepEqual(datedFindings('', FORETOLD, '', REPORTED), []);
});
