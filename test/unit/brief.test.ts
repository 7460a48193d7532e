import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildBrief } from '../../server/src/core/brief/brief';
import { profileDetails, sourceProfiles } from '../../server/src/core/brief/profile';
import { storyTimeline, timelineLanes } from '../../server/src/core/brief/timeline';
import type { BriefInputs } from '../../server/src/core/brief/types';
import { EMPTY_REVIEWS, type Reviews } from '../../server/src/core/contradictions/reviews';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';

const article = (front: string, paragraphs: string[]) => `---\n${front}\n---\n${paragraphs.join('\n\n')}\n`;
const RESCUE = 'Rescuers pulled 14 survivors from the rubble of the collapsed hotel in Antalya on 10 May.';

/** Three sources of one story: Reuters (12 May), AP (11 May, first with the rescue), an undated one. */
const ARTICLES = {
  'a.md': article('title: Hotel collapse in Antalya\ndate: 2024-05-12\npublisher: Reuters', [
    RESCUE,
    'Police arrested the hotel owner Mehmet Yilmaz on 11 May.',
    'Hungary blocked the sanctions package at the summit.',
    'A memorial service for the victims will be held in Antalya on 20 May.',
  ]),
  'b.md': article('title: Survivors found in Antalya\ndate: 2024-05-11\npublisher: AP', [
    RESCUE,
    'The mayor of Antalya praised the rescue teams.',
  ]),
  'c.md': article('title: Owner questioned', [
    'Police did not arrest the hotel owner Mehmet Yilmaz on 11 May.',
    'Rescuers pulled 14 survivors from the rubble of the collapsed hotel in Antalya.',
  ]),
};
const URIS = Object.keys(ARTICLES).map((name) => `mem:///${name}`);

function inputsOf(reviews: Reviews = EMPTY_REVIEWS): BriefInputs {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(ARTICLES)) index.setDocument(`mem:///${name}`, name, text);
  const matches = new MatchService(index);
  return { index, matches, findings: new FindingService(index, matches), reviews };
}

const counts = (inputs: BriefInputs) =>
  sourceProfiles(inputs, URIS).map((p) => [
    p.source,
    p.claims,
    p.corroborated,
    p.contradicted,
    p.onlyHere,
    p.firstReports,
  ]);

test('profile: per source, its claims and how many others corroborate, contradict or no one else reports', () => {
  assert.deepEqual(counts(inputsOf()), [
    // source, claims, corroborated, contradicted, only here, first reports
    ['Reuters, 2024-05-12', 4, 1, 1, 1, 1],
    ['AP, 2024-05-11', 2, 1, 0, 0, 1],
    ['Owner questioned', 2, 1, 1, 0, 0],
  ]);
  const [reuters] = sourceProfiles(inputsOf(), URIS);
  assert.equal(reuters?.path, 'a.md');
  assert.equal(reuters?.published, '2024-05-12');
  assert.equal(reuters?.publisher, 'Reuters');
  assert.equal(reuters?.title, 'Hotel collapse in Antalya');
});

test('profile: the first reporter of a claim is the earliest dated source of its match group; undated never', () => {
  const details = profileDetails(inputsOf(), URIS);
  const firstOf = (path: string, sentence: number) =>
    details
      .find((d) => d.profile.path === path)!
      .claims.find((c) => c.sentence === sentence)!
      .firstReporters.map((r) => r.source);
  // AP published the rescue a day before Reuters; the undated retelling is never first.
  assert.deepEqual(firstOf('a.md', 0), ['AP, 2024-05-11']);
  assert.deepEqual(firstOf('b.md', 0), ['AP, 2024-05-11']);
  assert.deepEqual(firstOf('c.md', 1), ['AP, 2024-05-11']);
  // The arrest: Reuters against the undated source, so Reuters is first.
  assert.deepEqual(firstOf('c.md', 0), ['Reuters, 2024-05-12']);
  // A claim no one else reports has no first reporter.
  assert.deepEqual(firstOf('a.md', 2), []);
});

test('profile: a dismissed contradiction no longer counts as one', () => {
  const inputs = inputsOf();
  const key = inputs.findings.findings('mem:///a.md').find((f) => f.kind === 'negation')!.key;
  const dismissed = inputsOf({
    decisions: [{ key, kind: 'negation', decision: 'dismissed', a: '', b: '' }],
    ignoredKinds: [],
  });
  assert.deepEqual(
    sourceProfiles(dismissed, URIS).map((p) => p.contradicted),
    [0, 0, 0],
  );
});

test('timeline: publications and stated days in time order, marked; a plan for a later day is no anachronism', () => {
  const entries = storyTimeline(inputsOf(), URIS).map((e) => [e.kind, e.day, e.source, e.marks.join(' ')]);
  assert.deepEqual(entries, [
    ['stated', '2024-05-10', 'AP, 2024-05-11', ''],
    ['stated', '2024-05-10', 'Reuters, 2024-05-12', ''],
    ['published', '2024-05-11', 'AP, 2024-05-11', ''],
    ['stated', '2024-05-11', 'Reuters, 2024-05-12', 'contradicted'],
    ['published', '2024-05-12', 'Reuters, 2024-05-12', ''],
    ['stated', '2024-05-20', 'Reuters, 2024-05-12', ''],
  ]);
  const late = storyTimeline(inputsOf(), URIS).at(-1)!;
  assert.equal(late.text, 'A memorial service for the victims will be held in Antalya on 20 May.');
  assert.equal(late.precision, 'day');
  const inputs = inputsOf();
  assert.equal(inputs.index.document(late.uri)!.text.slice(late.start, late.end), late.text);
});

test('timeline: a deed reported on a day after its own publication, and an office holder out of term, are anachronisms', () => {
  const index = new WorkspaceIndex();
  const text = article('title: Memorial in Antalya\ndate: 2024-05-12\npublisher: Reuters', [
    'A memorial service for the victims was held in Antalya on 20 May.',
    'Prime Minister Naftali Bennett sent his condolences to the families.',
  ]);
  index.setDocument('mem:///late.md', 'late.md', text);
  const matches = new MatchService(index);
  const inputs = { index, matches, findings: new FindingService(index, matches), reviews: EMPTY_REVIEWS };
  const marked = storyTimeline(inputs, ['mem:///late.md']).filter((e) => e.marks.includes('anachronism'));
  assert.deepEqual(
    marked.map((e) => [e.day, e.text.slice(0, 30)]),
    [
      ['2024-05-12', 'Prime Minister Naftali Bennett'],
      ['2024-05-20', 'A memorial service for the vic'],
    ],
  );
  assert.match(
    marked[0]!.reason ?? '',
    /Naftali Bennett was Prime Minister of Israel 2021-06-13 to 2022-06-30, not then/,
  );
  assert.match(
    marked[1]!.reason ?? '',
    /Reports as done on 2024-05-20, after its own publication on 2024-05-12/,
  );
});

test('timeline: undated sources are lanes after the dated ones; their claims without a stated day are no entries', () => {
  const inputs = inputsOf();
  assert.deepEqual(
    timelineLanes(inputs, URIS).map((l) => [l.source, l.published]),
    [
      ['AP, 2024-05-11', '2024-05-11'],
      ['Reuters, 2024-05-12', '2024-05-12'],
      ['Owner questioned', null],
    ],
  );
  assert.ok(!storyTimeline(inputs, URIS).some((e) => e.uri === 'mem:///c.md'));
});

test('brief: the story with its profiles, each conflict once with both quotes and its review, single-source claims, timeline', () => {
  const inputs = inputsOf();
  const key = inputs.findings.findings('mem:///a.md').find((f) => f.kind === 'negation')!.key;
  const at = '2026-12-01T13:50:00.000Z';
  const brief = buildBrief(
    inputsOf({
      decisions: [{ key, kind: 'negation', decision: 'reviewed', a: '', b: '', at }],
      ignoredKinds: [],
    }),
    'antalya',
  )!;
  assert.equal(brief.folder, 'antalya');
  assert.equal(brief.stories.length, 1);
  const [story] = brief.stories;
  assert.deepEqual(
    story!.sources.map((s) => s.path),
    ['a.md', 'b.md', 'c.md'],
  );
  // Found from both sides, told once.
  assert.deepEqual(
    story!.findings.map((f) => [f.kind, f.a.text, f.b.text, f.review]),
    [
      [
        'negation',
        'Police arrested the hotel owner Mehmet Yilmaz on 11 May.',
        'Police did not arrest the hotel owner Mehmet Yilmaz on 11 May.',
        { decision: 'reviewed', at },
      ],
    ],
  );
  assert.deepEqual(
    story!.singleSource.map((s) => [s.passage.source, s.passage.text]),
    [['Reuters, 2024-05-12', 'Hungary blocked the sanctions package at the summit.']],
  );
  assert.equal(story!.timeline.length, 6);
  assert.deepEqual(
    brief.decisions.map((d) => [d.decision, d.at]),
    [['reviewed', at]],
  );
});

test('brief: a cancelled brief stops between documents and answers nothing', () => {
  let asked = 0;
  assert.equal(buildBrief(inputsOf(), 'antalya', { cancelled: () => ++asked > 2 }), null);
  assert.equal(asked, 3);
});
