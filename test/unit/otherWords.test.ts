import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { EVENT_VECTORS } from '../../server/src/core/matching/eventVectors';
import { MATCH_THRESHOLDS } from '../../server/src/core/matching/matcher';
import { similarHappenings } from '../../server/src/core/matching/otherWords';

/** Articles as markdown, with a publication date in their front matter when one is given. */
function workspace(articles: Array<{ name: string; date?: string; text: string }>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const a of articles)
    index.setDocument(a.name, a.name, a.date ? `---\ndate: ${a.date}\n---\n${a.text}\n` : `${a.text}\n`);
  return index;
}

const pairsOf = (index: WorkspaceIndex) => new MatchService(index).allPairs();

/** Pairs found with the vectors switched off (no cosine reaches 1.01), then on again. */
function withoutVectors<T>(run: () => T): T {
  const shipped = EVENT_VECTORS.minCosine;
  EVENT_VECTORS.minCosine = 1.01;
  try {
    return run();
  } finally {
    EVENT_VECTORS.minCosine = shipped;
  }
}

const SLASH =
  'Airbus will slash thousands of jobs under its restructuring plan, chief executive Louis Gallois said.';
const CUT =
  'Louis Gallois told unions in Toulouse on Wednesday that the planemaker Airbus is to cut 10,000 positions over four years.';

test('other words: "slash jobs" and "cut positions" by the same company on the same day are one event', () => {
  const index = workspace([
    { name: 'a.md', date: '2007-02-28', text: SLASH },
    { name: 'b.md', date: '2007-02-28', text: CUT },
  ]);
  const pairs = pairsOf(index);
  assert.equal(pairs.length, 1, 'the two reports of the job cuts are linked');
  assert.equal(pairs[0]!.match.relation, 'same-event');
  assert.ok(pairs[0]!.match.cosine < MATCH_THRESHOLDS.sameEvent, 'too few shared words for TF-IDF alone');
  assert.deepEqual(
    withoutVectors(() => pairsOf(index)),
    [],
    'the vectors make the link',
  );
});

test('other words: the same kind of cut told of another day is another event', () => {
  const index = workspace([
    { name: 'a.md', date: '2007-02-28', text: SLASH },
    {
      name: 'b.md',
      date: '2009-03-03',
      text: 'Louis Gallois told unions in Toulouse on 3 March 2009 that the planemaker Airbus is to cut 10,000 positions over four years.',
    },
  ]);
  assert.deepEqual(pairsOf(index), []);
});

test('other words: cuts in another country are another event', () => {
  const index = workspace([
    {
      name: 'a.md',
      date: '2007-02-28',
      text: 'Airbus will slash thousands of jobs in Germany under its restructuring plan, chief executive Louis Gallois said.',
    },
    {
      name: 'b.md',
      date: '2007-02-28',
      text: 'Louis Gallois told unions on Wednesday that the planemaker Airbus is to cut 10,000 positions in Spain over four years.',
    },
  ]);
  assert.deepEqual(pairsOf(index), []);
});

test('other words: a report of another story is not linked, though one story links it', () => {
  const a = { name: 'a.md', text: SLASH };
  const b = {
    name: 'b.md',
    text: `Louis Gallois told investors at the Paris Air Show that Airbus is to cut 10,000 positions over four years.\n\nThe air show opened with orders for regional jets and helicopters.\n\nEmbraer and Bombardier announced orders for regional jets at the air show.`,
  };
  const linked = (p: { a: { uri: string; sentence: number }; b: { uri: string; sentence: number } }) =>
    p.a.uri === 'a.md' && p.a.sentence === 0 && p.b.uri === 'b.md' && p.b.sentence === 0;
  assert.ok(pairsOf(workspace([a, b])).some(linked), 'two articles are one story: linked');
  const restructuring = [
    {
      name: 'a.md',
      text: `${SLASH}\n\nThe Power8 plan aims to save billions of euros after the delays of the A380 superjumbo.\n\nUnions in France and Germany called strikes against the plan.`,
    },
    {
      name: 'a2.md',
      text: 'Airbus unveiled the Power8 restructuring plan on Wednesday.\n\nUnions in France and Germany called strikes against the Power8 plan of the A380 maker.',
    },
    {
      name: 'a3.md',
      text: 'Strikes against the Power8 plan spread across France and Germany.\n\nAirbus says the plan will save billions of euros after the A380 delays.',
    },
  ];
  const airShow = [
    b,
    {
      name: 'b2.md',
      text: 'The Paris Air Show opened with few orders for regional jets and helicopters.\n\nEmbraer and Bombardier announced orders at the Paris Air Show.',
    },
    {
      name: 'b3.md',
      text: 'Helicopter makers and regional jet makers Embraer and Bombardier took orders at the Paris Air Show on Tuesday.',
    },
  ];
  const index = workspace([...restructuring, ...airShow]);
  const stories = new MatchService(index).stories;
  assert.equal(stories.sameStory('a.md', 'b.md'), false, 'two stories');
  assert.ok(!pairsOf(index).some(linked), 'across stories: not linked');
});

test("similar happenings: a vector neighbour, never an opposite (the same word is the event index's)", () => {
  assert.ok(similarHappenings(['cut'], ['slash']));
  assert.ok(similarHappenings(['resign', 'slash'], ['cut']));
  assert.ok(!similarHappenings(['attack'], ['attack']));
  assert.ok(!similarHappenings(['rise'], ['fall']), 'close in any word vectors, opposite events');
  assert.ok(!similarHappenings(['cut'], []));
});
