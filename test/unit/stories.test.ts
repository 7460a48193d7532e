import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { groupStories, similarity } from '../../server/src/core/stories/grouping';
import { StoryService } from '../../server/src/core/stories/service';
import type { StoryInput } from '../../server/src/core/stories/vectors';
import { indexOf, seedFiles } from '../helpers/seeds';

/** A document of story `story` (its own names and words), with `extra` features besides. */
function article(path: string, story: string, extra: string[] = []): StoryInput {
  const names = [1, 2, 3, 4].map((k) => `${story}-person-${k}`);
  const words = [1, 2, 3, 4, 5, 6].map((k) => `${story}word${k}`);
  return { uri: `mem:///${path}`, path, entities: [...names, ...extra], terms: [...words, 'said', 'week'] };
}

/** Fillers of other, unrelated stories: document frequencies like a real workspace's. */
const fillers = (n: number): StoryInput[] =>
  Array.from({ length: n }, (_, k) => article(`filler/${String(k).padStart(3, '0')}.txt`, `filler${k}`));

const membersOf = (inputs: StoryInput[]) => {
  const g = groupStories(inputs);
  return g.stories
    .map((s) =>
      s
        .map((i) => g.docs[i]!.path)
        .sort()
        .join(' '),
    )
    .sort();
};

test('articles sharing story-specific names and words are one story; an unrelated one is alone', () => {
  const docs = [
    article('gaza/a.txt', 'gaza'),
    article('gaza/b.txt', 'gaza'),
    article('gaza/c.txt', 'gaza'),
    article('tanker/a.txt', 'tanker'),
    article('tanker/b.txt', 'tanker'),
    ...fillers(20),
  ];
  const stories = membersOf(docs);
  assert.ok(stories.includes('gaza/a.txt gaza/b.txt gaza/c.txt'), stories.join('\n'));
  assert.ok(stories.includes('tanker/a.txt tanker/b.txt'), stories.join('\n'));
  assert.ok(stories.includes('filler/000.txt'));
});

test('two documents are one story, however unrelated: a pair set side by side is compared as it is', () => {
  const g = groupStories([article('a.txt', 'red'), article('b.txt', 'blue')]);
  assert.equal(g.stories.length, 1);
  assert.equal(
    groupStories([article('a.txt', 'red'), article('b.txt', 'blue'), article('c.txt', 'green')]).stories
      .length,
    3,
  );
});

test('the grouping does not depend on the order documents come in', () => {
  const docs = [
    article('x/1.txt', 'x'),
    article('x/2.txt', 'x', ['y-person-1']),
    article('y/1.txt', 'y'),
    article('y/2.txt', 'y'),
    ...fillers(10),
  ];
  const reversed = [...docs].reverse();
  assert.deepEqual(membersOf(reversed), membersOf(docs));
  assert.deepEqual(groupStories(reversed).storyOf, groupStories(docs).storyOf);
});

test('reports published within days of each other link on less shared evidence than years apart', () => {
  const day = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);
  // Two words of one article's six in the other: a cosine between the two thresholds.
  const pair = (a: string, b: string): StoryInput[] => [
    { ...article('p.txt', 'p'), publishedDay: day(a) },
    {
      uri: 'mem:///q.txt',
      path: 'q.txt',
      entities: [1, 2, 3, 4].map((k) => `q-person-${k}`),
      terms: ['qword1', 'qword2', 'qword3', 'qword4', 'qword5', 'qword6', 'pword1', 'pword2'],
      publishedDay: day(b),
    },
    ...fillers(20),
  ];
  const numbers = (g: ReturnType<typeof groupStories>) =>
    ['p.txt', 'q.txt'].map((path) => g.docs.findIndex((d) => d.path === path)) as [number, number];
  const linked = (inputs: StoryInput[]) => {
    const g = groupStories(inputs);
    const [p, q] = numbers(g);
    return g.storyOf[p] === g.storyOf[q];
  };
  const sameWeek = groupStories(pair('2024-05-01', '2024-05-03'));
  const cosine = similarity(sameWeek, ...numbers(sameWeek));
  assert.ok(cosine > 0.05 && cosine < 0.1, `premise: cosine ${cosine}`);
  assert.equal(linked(pair('2024-05-01', '2024-05-03')), true);
  assert.equal(linked(pair('2021-05-01', '2024-05-03')), false);
});

test('one article naming two stories does not chain them into one', () => {
  const docs = [
    ...['1', '2', '3', '4'].map((k) => article(`red/${k}.txt`, 'red')),
    ...['1', '2', '3', '4'].map((k) => article(`blue/${k}.txt`, 'blue')),
    // A round-up: half of each story's names and words.
    {
      uri: 'mem:///roundup.txt',
      path: 'roundup.txt',
      entities: ['red-person-1', 'red-person-2', 'blue-person-1', 'blue-person-2'],
      terms: ['redword1', 'redword2', 'redword3', 'blueword1', 'blueword2', 'blueword3'],
    },
    ...fillers(20),
  ];
  const stories = membersOf(docs);
  const red = stories.find((s) => s.includes('red/1.txt'))!;
  assert.ok(!red.includes('blue/'), `red and blue chained: ${red}`);
});

test('a workspace of 3,000 articles in 300 stories: each story found whole and alone', () => {
  const docs = Array.from({ length: 3000 }, (_, k) =>
    article(`s${Math.floor(k / 10)}/${k}.txt`, `s${Math.floor(k / 10)}`),
  );
  const g = groupStories(docs);
  assert.equal(g.stories.length, 300);
  for (const s of g.stories) assert.equal(new Set(s.map((i) => g.docs[i]!.path.split('/')[0])).size, 1);
});

test('seeds: one story, labelled with its names, sources earliest first; typing keeps the stories', () => {
  const files = seedFiles();
  const index = indexOf(files);
  const stories = new StoryService(index);
  const story = stories.storyOf(`mem:///${files[0]!.name}`)!;
  assert.equal(story.uris.length, 5);
  assert.match(story.label, /Israel/);
  assert.ok(!story.label.includes('\u0000'), 'no feature prefix in the label');
  assert.equal(stories.all().length, 1);
  const published = story.uris.map((u) => index.document(u)!.analysis.metadata.published ?? '9999');
  assert.deepEqual(published, [...published].sort());
  // An edit while typing (transient) leaves the grouping of the last full change in place.
  const first = files[0]!;
  index.setDocument(`mem:///${first.name}`, first.name, 'Typing about the weather only.', null, true);
  assert.equal(stories.storyOf(`mem:///${first.name}`)!.id, story.id);
  assert.equal(stories.storyOf(`mem:///${first.name}`)!.uris.length, 5);
});

test('one new article in a large workspace keeps the grouping (no regrouping of every article) and is of every story until the next', () => {
  const index = new WorkspaceIndex();
  const text = (story: number, k: number) =>
    `Story${story} Holdings and Mayor Alder${story} met in Town${story}ville.\n\nThe Story${story} talks went on, report ${k} said.\n`;
  for (let s = 0; s < 10; s++)
    for (let k = 0; k < 5; k++) index.setDocument(`mem:///s${s}/${k}.txt`, `s${s}/${k}.txt`, text(s, k));
  const stories = new StoryService(index);
  const before = stories.all().length;
  index.setDocument('mem:///new.txt', 'new.txt', text(3, 9));
  assert.equal(stories.storyOf('mem:///new.txt'), undefined, 'not grouped yet');
  assert.ok(
    stories.sameStory('mem:///new.txt', 'mem:///s7/0.txt'),
    'not kept apart from any story meanwhile',
  );
  assert.equal(stories.all().length, before);
  for (let k = 10; k < 14; k++) index.setDocument(`mem:///more/${k}.txt`, `more/${k}.txt`, text(3, k));
  assert.ok(stories.storyOf('mem:///new.txt'), 'grouped once more than 5% of the workspace changed');
});

test('pairs across stories the cross-story rule refuses take no place of a report inside the story', () => {
  // Eighteen articles of other stories repeat the stock line word for word: more than the matches
  // kept per sentence (12) and the conflict candidates (16), all refused (no shared names).
  const STOCK = 'Shares fell sharply on Monday as investors worried about the economy.';
  const port = (k: number, line: string) => ({
    name: `port-${k}.txt`,
    text: `Dock strike in Valparaiso\n\nDockworkers led by Maria Delgado walked out at the port of Valparaiso, halting cargo ships.\n\n${line}\n\nDelgado said the Valparaiso strike would last until the port agreed to raise wages.\n`,
  });
  const chip = (k: number) => ({
    name: `tech-${String(k).padStart(2, '0')}.txt`,
    text: `Zentrix unveils chip ${k}\n\nZentrix chief Lena Okafor unveiled the Quasar ${k} processor in Osaka, promising faster laptops.\n\n${STOCK}\n\nOkafor said Zentrix would ship the Quasar ${k} to Osaka retailers in spring.\n`,
  });
  const index = indexOf([
    port(1, STOCK),
    port(
      2,
      'Shares did not fall on Monday, although investors worried about the Valparaiso dock strike and the economy.',
    ),
    port(3, 'Ships queued outside the port of Valparaiso.'),
    ...Array.from({ length: 18 }, (_, k) => chip(k)),
  ]);
  const matches = new MatchService(index);
  const uriOf = (path: string) => index.documents().find((d) => d.relativePath === path)!.uri;
  const [port1, port2] = [uriOf('port-1.txt'), uriOf('port-2.txt')];
  assert.ok(matches.stories.sameStory(port1, port2));
  assert.ok(!matches.stories.sameStory(port1, uriOf('tech-00.txt')));
  const stock = matches.sentenceMatches(port1, 2);
  assert.deepEqual(
    stock.map((m) => m.other.uri),
    [port2],
    'the report of the same story, none of the other stories',
  );
  const negation = new FindingService(index, matches).findings(port1).find((f) => f.kind === 'negation');
  assert.ok(negation, 'the denial in the same story is judged');
  assert.equal(negation.others[0]?.uri, port2);
});

test('an article ends in the story it is closest to, not with the one article it shares two rare names with', () => {
  // Joined pair by pair in path order, "crash/x" first meets "boat/y" (two names in common) and
  // that pair joins the boat story before "crash/x" meets the crash reports it is about.
  const shared = ['rare-name', 'rare-place'];
  const docs = [
    article('boat/t1.txt', 'boat'),
    article('boat/t2.txt', 'boat'),
    article('boat/y.txt', 'boat', shared),
    article('crash/s1.txt', 'crash'),
    article('crash/s2.txt', 'crash'),
    article('crash/s3.txt', 'crash'),
    article('crash/x.txt', 'crash', shared),
    ...fillers(20),
  ];
  const stories = membersOf(docs);
  assert.ok(stories.includes('crash/s1.txt crash/s2.txt crash/s3.txt crash/x.txt'), stories.join('\n'));
  assert.ok(stories.includes('boat/t1.txt boat/t2.txt boat/y.txt'), stories.join('\n'));
});

test('stories and event matches prepared in slices are the ones computed at once; a request meanwhile finishes the run, a change supersedes it', async () => {
  const text = (story: number, k: number) =>
    `Story${story} Holdings and Mayor Alder${story} met in Town${story}ville.\n\nThe Story${story} talks collapsed, report ${k} said.\n`;
  const workspace = () => {
    const index = new WorkspaceIndex();
    for (let s = 0; s < 6; s++)
      for (let k = 0; k < 4; k++) index.setDocument(`mem:///s${s}/${k}.txt`, `s${s}/${k}.txt`, text(s, k));
    return index;
  };
  const answers = (matches: MatchService, index: WorkspaceIndex) => ({
    stories: matches.stories.all(),
    matches: index.documents().map((d) => matches.matches(d.uri)),
  });
  let pauses = 0;
  const pause = () =>
    new Promise<void>((resolve) => {
      pauses++;
      setImmediate(resolve);
    });
  const index = workspace();
  const matches = new MatchService(index);
  await matches.prepareInSlices(pause, 0);
  assert.ok(pauses > 1, `the work was cut into slices (${pauses} pauses)`);
  const atOnce = workspace();
  assert.deepEqual(answers(matches, index), answers(new MatchService(atOnce), atOnce));

  // A request while the run is paused finishes it at once, with the same answer.
  const busy = workspace();
  const busyMatches = new MatchService(busy);
  const run = busyMatches.prepareInSlices(pause, 0);
  assert.equal(busyMatches.stories.all().length, 6);
  await run;
  assert.deepEqual(answers(busyMatches, busy), answers(matches, index));

  // A change while it is paused supersedes it: the answers are those of the changed workspace.
  const changing = workspace();
  const changingMatches = new MatchService(changing);
  const superseded = changingMatches.prepareInSlices(pause, 0);
  for (let k = 4; k < 8; k++) changing.setDocument(`mem:///s9/${k}.txt`, `s9/${k}.txt`, text(9, k));
  await superseded;
  const fresh = workspace();
  for (let k = 4; k < 8; k++) fresh.setDocument(`mem:///s9/${k}.txt`, `s9/${k}.txt`, text(9, k));
  assert.deepEqual(answers(changingMatches, changing), answers(new MatchService(fresh), fresh));
  assert.equal(changingMatches.stories.all().length, 7);
});
