import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityNamed, indexOf, seedFiles, seedsIndexed } from '../helpers/seeds';

test('seeds: aliases merge across sources into one canonical entity', () => {
  const index = seedsIndexed();
  const netanyahu = entityNamed(index, 'Netanyahu');
  assert.equal(netanyahu?.name, 'Benjamin Netanyahu');
  assert.equal(netanyahu?.type, 'person');
  assert.ok(new Set(netanyahu.mentions.map((m) => m.uri)).size >= 4, 'mentioned in at least four sources');

  const us = entityNamed(index, 'U.S.');
  assert.equal(us?.name, 'United States');
  assert.equal(us?.type, 'place');
  for (const variant of ['US', 'USA']) assert.equal(entityNamed(index, variant)?.id, us.id, variant);

  const jdams = entityNamed(index, 'JDAMs');
  assert.equal(jdams?.type, 'equipment');
  assert.equal(jdams?.name, 'joint direct attack munitions');

  assert.equal(entityNamed(index, 'Gallant')?.name, 'Yoav Gallant');
  assert.equal(entityNamed(index, 'Biden')?.name, 'Joe Biden');
});

test('seeds: people, organisations, places and equipment of the story are typed', () => {
  const index = seedsIndexed();
  const expected: Record<string, string> = {
    'Antony Blinken': 'person',
    'Lloyd Austin': 'person',
    'Jake Sullivan': 'person',
    'Bezalel Smotrich': 'person',
    'Jeremy Konyndyk': 'person',
    'Ran Gvili': 'person',
    'Jared Kushner': 'person',
    Hamas: 'organization',
    Hezbollah: 'organization',
    Pentagon: 'organization',
    'White House': 'organization',
    'Israel Democracy Institute': 'organization',
    'Refugees International': 'organization',
    'Daily Mail': 'organization',
    Rafah: 'place',
    'Khan Younis': 'place',
    'Tel Aviv': 'place',
    Iran: 'place',
    '155 mm artillery rounds': 'equipment',
    'F-15EX aircraft': 'equipment',
    'air defense systems': 'equipment',
    'heavy bombs': 'equipment',
  };
  for (const [name, type] of Object.entries(expected)) {
    assert.equal(entityNamed(index, name)?.type, type, `${name} is a ${type}`);
  }
});

test('seeds: titles, possessives and pronouns are never part of a name', () => {
  const index = seedsIndexed();
  for (const e of index.entities()) {
    const names = [e.name, ...e.aliases];
    for (const n of names) {
      assert.doesNotMatch(n, /['’]s$/, `${n}: possessive`);
      assert.doesNotMatch(n, /^(Prime Minister|President|Defense Minister|Secretary)\b/, `${n}: title`);
      assert.doesNotMatch(n, /^(he|she|they|it|his|her|their|him|them)$/i, `${n}: pronoun`);
    }
  }
});

test('seeds: every mention range holds exactly its text, nothing from markup or JSON-LD', () => {
  const index = seedsIndexed();
  const texts = new Map(seedFiles().map((f) => [`mem:///${f.name}`, f.text]));
  const page = seedFiles().find((f) => f.name.startsWith('002'))!.text;
  const scriptStart = page.indexOf('<script>');
  for (const e of index.entities()) {
    for (const m of e.mentions) {
      const slice = texts.get(m.uri)!.slice(m.start, m.end);
      assert.ok(slice.length > 0 && !/[<>]/.test(slice), `${e.name}: “${slice}”`);
      if (m.uri.includes('002')) assert.ok(m.start < scriptStart, `${e.name} found inside <script>`);
    }
  }
});

test('seeds: quantities and dates carry normalised values', () => {
  const index = seedsIndexed();
  assert.equal(entityNamed(index, '34,900 Palestinians')?.value, 34900);
  assert.equal(entityNamed(index, '17%')?.value, 17);
  assert.equal(entityNamed(index, 'May 15, 2024')?.value, '2024-05-15');
  // 004 has no publication date: relative dates stay unresolved rather than guessed.
  assert.equal(entityNamed(index, 'Saturday evening')?.value, null);
});

test('another story: typing works beyond the seeds', () => {
  const a = `Berlin and Paris at odds over Ukraine aid

German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday to discuss military aid to Ukraine. Scholz said Germany would send more Leopard 2 tanks and IRIS-T air defense systems, while Macron urged the European Union (EU) to fund 155 mm artillery shells.
According to the Kiel Institute for the World Economy, Germany has pledged €10.5 billion since February 2022. Ukrainian President Volodymyr Zelensky thanked both leaders.
Defence analyst Sarah Connolly, a researcher at the International Institute for Strategic Studies, told Reuters that deliveries had slowed.`;
  const b = `Zelensky met U.S. Secretary of State Antony Blinken in Washington on Thursday. Siemens shares rose 3% in Frankfurt. Macron's office declined to comment.`;
  const index = indexOf([
    { name: 'a.txt', text: a },
    { name: 'b.txt', text: b },
  ]);
  const expected: Record<string, string> = {
    'Olaf Scholz': 'person',
    'Emmanuel Macron': 'person',
    'Volodymyr Zelensky': 'person',
    'Sarah Connolly': 'person',
    'Antony Blinken': 'person',
    'European Union': 'organization',
    'Kiel Institute for the World Economy': 'organization',
    'International Institute for Strategic Studies': 'organization',
    Siemens: 'organization',
    Reuters: 'organization',
    Berlin: 'place',
    Frankfurt: 'place',
    Ukraine: 'place',
    'Leopard 2 tanks': 'equipment',
    'IRIS-T air defense systems': 'equipment',
  };
  for (const [name, type] of Object.entries(expected))
    assert.equal(entityNamed(index, name)?.type, type, `${name} is a ${type}`);
  assert.equal(
    entityNamed(index, 'Zelensky')?.name,
    'Volodymyr Zelensky',
    'short form in another document merges',
  );
  assert.equal(entityNamed(index, 'EU')?.name, 'European Union');
  assert.equal(entityNamed(index, '€10.5 billion')?.value, 10.5e9);
  assert.equal(entityNamed(index, 'February 2022')?.value, '2022-02');
  assert.equal(entityNamed(index, 'German'), undefined, 'a nationality adjective is not an entity');
});

test('a weapon’s name stops at the count and at the verb before it: “shipped 1,800 bombs” is a figure of bombs', () => {
  const index = indexOf([
    {
      name: 'a.txt',
      text: 'The Pentagon shipped 1,800 bombs to Israel on Tuesday. The US has shipped bombs and delivered armored vehicles to Kyiv. Washington approved precision-guided bombs, and guided missiles arrived.',
    },
  ]);
  const equipment = index
    .entities()
    .filter((e) => e.type === 'equipment')
    .map((e) => e.name)
    .sort();
  assert.deepEqual(equipment, ['armored vehicles', 'guided missiles', 'precision-guided bombs']);
  assert.equal(entityNamed(index, '1,800 bombs')?.type, 'quantity');
});

test('a month after "as early as" or "this" is a date, so two reports of a first flight compare their months', () => {
  const md = `---
date: 2005-01-18
---
The first test flight may take place as early as March. Deliveries could start this May.`;
  const index = indexOf([{ name: 'dated.md', text: md }]);
  assert.equal(entityNamed(index, 'March')?.value, '2005-03');
  assert.equal(entityNamed(index, 'May')?.value, '2005-05');
});

test('relative dates resolve against the publication date when the article has one', () => {
  const md = `---
date: 2024-06-24
---
The minister said on Saturday that talks resumed in May.`;
  const index = indexOf([{ name: 'dated.md', text: md }]);
  assert.equal(entityNamed(index, 'Saturday')?.value, '2024-06-22');
  assert.equal(entityNamed(index, 'May')?.value, '2024-05');
});

test('a bare “the administration” is the government the article named before it: the country', () => {
  const index = indexOf([
    {
      name: 'biden.txt',
      text: 'Arms review\n\nThe administration met on Monday. U.S. President Joe Biden spoke in Washington.\n\nThe Biden administration is reviewing arms sales. The administration has withheld a batch of bombs, and the administration’s critics objected.\n',
    },
    {
      name: 'kremlin.txt',
      text: 'Talks\n\nThe Kremlin said Russia would attend. The administration in Moscow later confirmed it.\n',
    },
    {
      name: 'agency.txt',
      text: 'Grants\n\nThe White House praised the Administration for Children and Families in Texas.\n',
    },
    {
      name: 'none.txt',
      text: 'Budget\n\nThe administration of the university in Ohio raised fees.\n',
    },
  ]);
  const us = entityNamed(index, 'United States')!;
  const at = (name: string, text: string) =>
    index
      .documents()
      .find((d) => d.relativePath === name)!
      .text.indexOf(text);
  const entityAt = (name: string, offset: number) =>
    index.mentionAt(`mem:///${name}`, offset)?.entityId ?? null;
  // Before any government is named, “the administration” is nobody.
  assert.equal(entityAt('biden.txt', at('biden.txt', 'administration met')), null);
  assert.equal(entityAt('biden.txt', at('biden.txt', 'administration has withheld')), us.id);
  assert.equal(entityAt('biden.txt', at('biden.txt', 'administration’s critics')), us.id);
  assert.notEqual(
    entityAt('biden.txt', at('biden.txt', 'Biden administration') + 7),
    us.id,
    'a name of its own',
  );
  const russia = entityNamed(index, 'Russia')!;
  assert.equal(entityAt('kremlin.txt', at('kremlin.txt', 'administration in Moscow')), russia.id);
  // A capitalised Administration is a name, not the government; no government named, nothing.
  assert.notEqual(entityAt('agency.txt', at('agency.txt', 'Administration for')), us.id);
  assert.equal(entityAt('none.txt', at('none.txt', 'administration of')), null);
  assert.ok(
    us.mentions.some(
      (m) => m.uri === 'mem:///biden.txt' && m.start === at('biden.txt', 'administration has'),
    ),
  );
  // While typing, the edited article is resolved the same way before the full resolution runs.
  const edited = `${index.document('mem:///biden.txt')!.text}\nThe administration left.\n`;
  index.setDocument('mem:///biden.txt', 'biden.txt', edited, null, true);
  const typed = index.mentionAt('mem:///biden.txt', edited.lastIndexOf('administration'));
  assert.equal(typed?.entityId, us.id);
});

test('Korean given names keep their hyphenated syllable; English hyphen suffixes stay out of names', async () => {
  const { analyzeDocument } = await import('../../server/src/core/index/analyzeDocument');
  const { duplicateHyphenSuffixes } = await import('../../server/src/core/entities/hyphenatedNames');
  const names = (text: string) =>
    analyzeDocument('a.txt', `${text}\n`)
      .mentions.filter((m) => m.kind === 'name')
      .map((m) => text.slice(m.start, m.end));
  assert.deepEqual(
    names('North Korean leader Kim Jong-un met President Moon Jae-in in Panmunjom.').slice(1),
    ['Kim Jong-un', 'Moon Jae-in', 'Panmunjom'],
  );
  assert.deepEqual(names('U.N. Secretary-General Ban Ki-moon urged restraint.').slice(-1), ['Ban Ki-moon']);
  assert.deepEqual(names('Officials of the Joe Biden-era team met the Kremlin-backed envoy.'), [
    'Joe Biden',
    'Kremlin',
  ]);
  assert.deepEqual(duplicateHyphenSuffixes, []);
});
