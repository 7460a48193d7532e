import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: a plain ES module of the build, without type declarations
import { readNicknameData } from '../../scripts/nickname-data.mjs';
import { FindingService } from '../../server/src/core/contradictions/service';
import data from '../../server/src/core/entities/generated/nicknames.json';
import { sameGivenName } from '../../server/src/core/entities/nicknames';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { entityNamed, indexOf } from '../helpers/seeds';

type Doc = { name: string; text: string };
const sourcesOf = (index: ReturnType<typeof indexOf>, surface: string) =>
  new Set(entityNamed(index, surface)?.mentions.map((m) => m.uri));

test('nickname data: no malformed or duplicate lines; the shipped pairs are unique', () => {
  const { problems } = readNicknameData();
  assert.deepEqual(problems, []);
  const keys = (data as { pairs: string[][] }).pairs.map(([a, b]) => [a, b].sort().join('|'));
  assert.equal(new Set(keys).size, keys.length);
});

test('nickname data: nicknames of one person are one given name; relatives are not', () => {
  for (const [formal, nickname] of [
    ['James', 'Jim'],
    ['Michael', 'Mike'],
    ['Benjamin', 'Bibi'],
    ['David', 'Dave'],
    ['Timothy', 'Tim'],
    ['William', 'Bill'],
    ['Richard', 'Dick'],
    ['Robert', 'Bob'],
  ])
    assert.ok(sameGivenName(formal!, nickname!), `${formal}/${nickname}`);
  for (const [a, b] of [
    ['Paul', 'Paula'],
    ['Stephen', 'Stephanie'],
    ['Donald', 'Melania'],
    ['Bill', 'Hillary'],
    ['John', 'Ivan'],
  ])
    assert.ok(!sameGivenName(a!, b!), `${a}/${b}`);
});

test('resolution: nicknames, accents and capitals of one person merge into one entity across sources', () => {
  const index = indexOf([
    { name: 'a.txt', text: 'Rep. James Clyburn said the bill would pass. Clyburn spoke in Columbia.' },
    { name: 'b.txt', text: 'Rep. Jim Clyburn told reporters the bill would pass.' },
    {
      name: 'c.txt',
      text: 'Prime Minister Benjamin Netanyahu met President Felipe Calderón in Mexico City.',
    },
    { name: 'd.txt', text: 'Prime Minister Bibi Netanyahu met President Felipe Calderon on Monday.' },
    { name: 'e.txt', text: 'Sen. Richard Blumenthal criticised the plan. Blumenthal said it was unsafe.' },
    { name: 'f.txt', text: 'Sen. Dick Blumenthal criticised the plan on Tuesday.' },
  ]);
  for (const [variant, canonical] of [
    ['Jim Clyburn', 'James Clyburn'],
    ['Clyburn', 'James Clyburn'],
    ['Bibi Netanyahu', 'Benjamin Netanyahu'],
    ['Felipe Calderon', 'Felipe Calderón'],
    ['Dick Blumenthal', 'Richard Blumenthal'],
    ['Blumenthal', 'Richard Blumenthal'],
  ])
    assert.equal(entityNamed(index, variant)?.id, entityNamed(index, canonical)?.id, variant);
  assert.equal(sourcesOf(index, 'Blumenthal').size, 2, 'one person, in two sources');
});

test('resolution: relatives stay apart, and a nickname that fits two people joins neither', () => {
  const index = indexOf([
    { name: 'a.txt', text: 'Former President Bill Clinton and Senator Hillary Clinton attended the dinner.' },
    { name: 'b.txt', text: 'Dr. Christopher Smith and Dr. Christina Smith spoke to the press.' },
    { name: 'c.txt', text: 'Dr. Chris Smith said the road was closed.' },
  ]);
  assert.notEqual(entityNamed(index, 'Bill Clinton')?.id, entityNamed(index, 'Hillary Clinton')?.id);
  const chris = entityNamed(index, 'Chris Smith');
  assert.ok(chris, 'Chris Smith is a person of its own');
  assert.notEqual(chris.id, entityNamed(index, 'Christopher Smith')?.id);
  assert.notEqual(chris.id, entityNamed(index, 'Christina Smith')?.id);
});

test('resolution: a bare surname is the one person of that name its article names, never a guess', () => {
  const docs: Doc[] = [
    {
      name: 'hillary.txt',
      text: 'Hillary Clinton spoke in Iowa on Sunday. Clinton promised to fight for workers.',
    },
    {
      name: 'bill.txt',
      text: 'Bill Clinton spoke in Arkansas on Sunday. Clinton recalled his years as governor.',
    },
    { name: 'both.txt', text: 'Bill Clinton and Hillary Clinton arrived together. Clinton waved.' },
  ];
  const index = indexOf(docs);
  const mentionOf = (name: string, from: number) => {
    const text = docs.find((d) => d.name === name)!.text;
    const at = text.indexOf('Clinton', from);
    return index.mentionsIn(`mem:///${name}`).find((m) => m.start === at);
  };
  const hillary = entityNamed(index, 'Hillary Clinton')!;
  const bill = entityNamed(index, 'Bill Clinton')!;
  assert.equal(mentionOf('hillary.txt', 20)?.entityId, hillary.id);
  assert.equal(mentionOf('bill.txt', 20)?.entityId, bill.id);
  const both = mentionOf('both.txt', 'Bill Clinton and Hillary Clinton'.length);
  assert.ok(both === undefined || (both.entityId !== hillary.id && both.entityId !== bill.id), 'ambiguous');

  // While typing, the edited article is resolved the same way before the full resolution runs.
  const edited = `${docs[0]!.text}\n\nClinton left for Ohio.`;
  index.setDocument('mem:///hillary.txt', 'hillary.txt', edited, null, true);
  const typed = index.mentionsIn('mem:///hillary.txt').find((m) => m.start === edited.lastIndexOf('Clinton'));
  assert.equal(typed?.entityId, hillary.id);
});

test('name variants: a misspelling in articles of one story is flagged once; relatives and other stories never', () => {
  const story = 'said aid to Gaza had stalled as the Pentagon and Lloyd Austin weighed options in Rafah.';
  const index = indexOf([
    { name: 'a.txt', text: `Refugees International president Jeremy Konyndyk ${story}` },
    { name: 'b.txt', text: `Jeremy Konyndik of Refugees International ${story}` },
    { name: 'c.txt', text: 'Jeremy Konyndek scored twice for Real Madrid on Sunday.' },
    { name: 'd.txt', text: `Rep. Dave Brat and Rep. Jim Clyburn ${story}` },
    { name: 'e.txt', text: `Rep. Dale Brat and Rep. Jim Clyburn ${story}` },
    { name: 'f.txt', text: `President Donald Trump and Lloyd Austin ${story}` },
    { name: 'g.txt', text: `First lady Melania Trump and Lloyd Austin ${story}` },
  ]);
  const variants = new FindingService(index, new MatchService(index))
    .all()
    .filter((f) => f.kind === 'name-variant');
  assert.deepEqual(
    variants.map((f) => f.message),
    [
      'Same person? This source: Jeremy Konyndyk. ‘b.txt’: Jeremy Konyndik (a spelling one or two letters apart).',
      'Same person? This source: Jeremy Konyndik. ‘a.txt’: Jeremy Konyndyk (a spelling one or two letters apart).',
    ],
  );
  assert.equal(new Set(variants.map((f) => f.key)).size, 1, 'one pair, one key for both sides');
});

test('name variants while typing: the finding follows the edited name; a misspelling saved in another article is flagged', () => {
  const story = 'said aid to Gaza had stalled as the Pentagon and Lloyd Austin weighed options in Rafah.';
  const index = indexOf([
    { name: 'a.txt', text: `Refugees International president Jeremy Konyndyk ${story}` },
    { name: 'b.txt', text: `Jeremy Konyndik of Refugees International ${story}` },
    { name: 'c.txt', text: `Defence Secretary Lloyd Austin ${story}` },
  ]);
  const findings = new FindingService(index, new MatchService(index));
  const variantsIn = (name: string) =>
    findings.findings(`mem:///${name}`).filter((f) => f.kind === 'name-variant');
  assert.equal(variantsIn('b.txt').length, 1);
  const moved = `Updated. Jeremy Konyndik of Refugees International ${story}`;
  index.setDocument('mem:///b.txt', 'b.txt', moved, null, true);
  const [found] = variantsIn('b.txt');
  assert.equal(found?.a.start, moved.indexOf('Jeremy'), 'the finding moved with the name');
  const typed = `Defence Secretary Lloyd Austin ${story}\n\nRefugees International president Jeremy Konyndek agreed.`;
  index.setDocument('mem:///c.txt', 'c.txt', typed); // saved: the full resolution files the new name
  assert.deepEqual(
    variantsIn('c.txt').map((f) => typed.slice(f.a.start, f.a.end)),
    ['Jeremy Konyndek'],
  );
});

test('name variants: two spellings in articles of two stories are two people, whatever names their articles share', () => {
  const dock = (k: number, who: string) => ({
    name: `dock-${k}.txt`,
    text: `Dock strike in Valparaiso\n\nDockworkers led by Maria Delgado walked out at the port of Valparaiso, halting cargo ships, ${who}.\n\nDelgado said the Valparaiso strike would last until the port agreed to raise wages.\n`,
  });
  const chip = (k: number, who: string) => ({
    name: `chip-${k}.txt`,
    text: `Zentrix unveils chip\n\nZentrix chief Lena Okafor unveiled the Quasar processor in Osaka, promising faster laptops, ${who}.\n\nOkafor said Zentrix would ship the Quasar to Osaka retailers in spring.\n`,
  });
  // Unrelated articles, so that the stories' own names and words are rare, as in a real workspace.
  const fillers = Array.from({ length: 20 }, (_, k) => ({
    name: `filler-${k}.txt`,
    text: `Harvest ${k} in Region${k}\n\nFarmers in Region${k} gathered crop${k} as Governor${k} Smith${k} praised yield${k}.\n`,
  }));
  const index = indexOf([
    dock(1, 'analyst Jeremy Konyndyk told Reuters in New York'),
    dock(2, 'a union official said'),
    dock(3, 'a port official said'),
    chip(1, 'analyst Jeremy Konyndik told Reuters in New York'),
    chip(2, 'an engineer said'),
    chip(3, 'a retailer said'),
    ...fillers,
  ]);
  const matches = new MatchService(index);
  assert.ok(!matches.stories.sameStory('mem:///dock-1.txt', 'mem:///chip-1.txt'), 'two stories');
  const variants = new FindingService(index, matches).all().filter((f) => f.kind === 'name-variant');
  assert.deepEqual(variants, [], 'Reuters and New York in both articles make no story of them');
});

test('party labels: "(D-S.C.)" neither splits the sentence nor makes "D" or "Democrat" a person', () => {
  const text =
    'Rep. Jim Clyburn (D-S.C.) said the bill would pass, and Sen. Ted Cruz (R-Texas) disagreed. A Democrat, Rep. Joe Sestak (D-Penn.), abstained.';
  const index = indexOf([{ name: 'a.txt', text }]);
  const doc = index.document('mem:///a.txt')!;
  assert.deepEqual(
    doc.analysis.sentences.map((s) => text.slice(s.start, s.end)),
    [
      'Rep. Jim Clyburn (D-S.C.) said the bill would pass, and Sen. Ted Cruz (R-Texas) disagreed.',
      'A Democrat, Rep. Joe Sestak (D-Penn.), abstained.',
    ],
  );
  const names = index.entities().flatMap((e) => [e.name, ...e.aliases]);
  for (const label of ['D', 'R', 'Democrat', 'Penn', 'S.C.', 'C.']) assert.ok(!names.includes(label), label);
  for (const person of ['Jim Clyburn', 'Ted Cruz', 'Joe Sestak'])
    assert.equal(entityNamed(index, person)?.type, 'person', person);
});

test('two organisations joined by "and the" are two names, not one', () => {
  const index = indexOf([
    {
      name: 'a.txt',
      text: 'Finance ministers met in Washington at the same time that the International Monetary Fund and the World Bank held their autumn meetings.',
    },
  ]);
  assert.equal(entityNamed(index, 'International Monetary Fund')?.type, 'organization');
  assert.equal(entityNamed(index, 'World Bank')?.type, 'organization');
  assert.equal(entityNamed(index, 'International Monetary Fund and the World Bank'), undefined);
});

test('name variants prepared in slices are the ones found at once, also when a request comes meanwhile', async () => {
  const story = 'said aid to Gaza had stalled as the Pentagon and Lloyd Austin weighed options in Rafah.';
  const files = [
    { name: 'a.txt', text: `Refugees International president Jeremy Konyndyk ${story}` },
    { name: 'b.txt', text: `Jeremy Konyndik of Refugees International ${story}` },
    { name: 'c.txt', text: `Defence Secretary Lloyd Austin ${story}` },
  ];
  const variants = (service: FindingService) => service.all().filter((f) => f.kind === 'name-variant');
  const atOnce = indexOf(files);
  const expected = variants(new FindingService(atOnce, new MatchService(atOnce)));
  assert.equal(expected.length, 2);
  let pauses = 0;
  const pause = () =>
    new Promise<void>((resolve) => {
      pauses++;
      setImmediate(resolve);
    });
  const sliced = indexOf(files);
  const prepared = new FindingService(sliced, new MatchService(sliced));
  await prepared.prepareInSlices(pause, 0);
  assert.ok(pauses > 1, `the work was cut into slices (${pauses} pauses)`);
  assert.deepEqual(variants(prepared), expected);
  const busy = indexOf(files);
  const interrupted = new FindingService(busy, new MatchService(busy));
  const run = interrupted.prepareInSlices(pause, 0);
  assert.deepEqual(variants(interrupted), expected, 'a request finishes the run');
  await run;
  assert.deepEqual(variants(interrupted), expected);
});
