import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { indexOf, seedFiles, seedsIndexed } from '../helpers/seeds';

const sentenceText = (index: ReturnType<typeof seedsIndexed>, uri: string, sentence: number) => {
  const d = index.document(uri)!;
  const s = d.analysis.sentences[sentence]!;
  return d.text.slice(s.start, s.end);
};

test('seeds: the two machine rewrites 000 and 001 match heavily', () => {
  const index = seedsIndexed();
  const pairs = new MatchService(index).allPairs();
  const rewrites = pairs.filter((p) => p.a.uri.includes('000_') && p.b.uri.includes('001_'));
  assert.ok(rewrites.length >= 10, `000↔001 pairs: ${rewrites.length}`);
  const pentagon = rewrites.find((p) =>
    sentenceText(index, p.a.uri, p.a.sentence).startsWith('The Pentagon, acting on directives'),
  );
  assert.ok(pentagon, 'the Pentagon review paraphrase is found');
  assert.match(
    sentenceText(index, pentagon.b.uri, pentagon.b.sentence),
    /the Pentagon is conducting a review of Israel’s requested weaponry/,
  );
  assert.equal(pentagon.match.relation, 'paraphrase');
});

test('seeds: the withheld-bombs reports of 003 and 004 match as the same event', () => {
  const index = seedsIndexed();
  const pair = new MatchService(index)
    .allPairs()
    .find(
      (p) =>
        /withheld a batch of heavy bombs/.test(sentenceText(index, p.a.uri, p.a.sentence)) &&
        p.b.uri.includes('004_'),
    );
  assert.ok(pair, 'a 003↔004 match exists');
  assert.match(sentenceText(index, pair.b.uri, pair.b.sentence), /withholding a shipment of large bombs/);
  assert.equal(pair.match.relation, 'same-event');
});

test('matches are cross-source only, scored in 0..1, each pair once', () => {
  const pairs = new MatchService(seedsIndexed()).allPairs();
  const keys = new Set<string>();
  for (const p of pairs) {
    assert.notEqual(p.a.uri, p.b.uri);
    assert.ok(p.match.score > 0 && p.match.score <= 1);
    const key = `${p.a.uri}#${p.a.sentence}|${p.b.uri}#${p.b.sentence}`;
    assert.ok(!keys.has(key));
    keys.add(key);
  }
});

test('an edit recomputes the document’s matches and names the documents to refresh', () => {
  const files = seedFiles().filter((f) => f.name.startsWith('003') || f.name.startsWith('004'));
  const index = indexOf(files);
  const service = new MatchService(index);
  const uri003 = 'mem:///' + files[0]!.name;
  const uri004 = 'mem:///' + files[1]!.name;
  assert.ok(service.matches(uri003).length > 0);
  // Remove the bombs sentence from 003: its match to 004 disappears, and 004 must refresh.
  index.setDocument(
    uri003,
    files[0]!.name,
    files[0]!.text.replace(/The administration has withheld a batch of heavy bombs[^\n]*\n/, ''),
  );
  assert.deepEqual(service.affectedBy(uri003), [uri004]);
  const after = service
    .matches(uri004)
    .flatMap((s) => s.matches)
    .filter((m) => m.other.uri === uri003);
  assert.ok(!after.some((m) => /withheld/.test(sentenceText(index, uri003, m.other.sentence))));
});

test('another story: a rewritten report in a second outlet is matched', () => {
  const index = indexOf([
    {
      name: 'a.txt',
      text: 'Germany will deliver 18 Leopard tanks to Ukraine next month, the defence ministry said.\nThe weather in Berlin was mild.',
    },
    {
      name: 'b.txt',
      text: 'Berlin is to send eighteen Leopard tanks to Ukraine within a month, according to the German defence ministry.\nMarkets rose in Tokyo.',
    },
  ]);
  const pairs = new MatchService(index).allPairs();
  assert.equal(pairs.length, 1);
  assert.equal(pairs[0]!.a.sentence, 0);
  assert.equal(pairs[0]!.b.sentence, 0);
});

test('a lead reported by a dozen outlets reaches every other report, not only the first five', () => {
  const index = new WorkspaceIndex();
  const outlets = 13;
  for (let i = 0; i < outlets; i++) {
    index.setDocument(
      `outlet-${i}.txt`,
      `outlet-${i}.txt`,
      `A magnitude 6.1 earthquake struck central Italy near the town of Amatrice early on Wednesday${i % 2 ? ', officials said' : ''}.\n\nReport ${i} continues with other details number ${i}.\n`,
    );
  }
  const matches = new MatchService(index);
  const lead = matches.sentenceMatches('outlet-0.txt', 0);
  assert.equal(lead.length, outlets - 1, `the lead reaches ${lead.length} of ${outlets - 1} other reports`);
});

test('seeds: "serious differences have emerged" (003) and "a new crisis that has erupted" (004) between Biden and Netanyahu match', () => {
  const index = seedsIndexed();
  const pair = new MatchService(index)
    .allPairs()
    .find(
      (p) =>
        /Serious differences have emerged/.test(sentenceText(index, p.a.uri, p.a.sentence)) &&
        /a new crisis that has erupted/.test(sentenceText(index, p.b.uri, p.b.sentence)),
    );
  assert.ok(pair, 'the 003↔004 pair is a match');
  assert.equal(pair.match.relation, 'same-event');
});

test('typing: sentences an edit only moved keep their matches; the edited sentence is matched again', () => {
  const files = seedFiles().filter((f) => f.name.startsWith('003') || f.name.startsWith('004'));
  const [typed] = files;
  const uri = `mem:///${typed!.name}`;
  const index = indexOf(files);
  const service = new MatchService(index);
  const byText = () =>
    new Map(service.matches(uri).map((s) => [sentenceText(index, uri, s.sentence), s.matches]));
  service.matches(uri); // the article is open and matched
  index.setDocument(uri, typed!.name, `${typed!.text} `, null, true); // typing starts
  const before = byText();
  const bombs = [...before.keys()].find((t) => /withheld/.test(t))!;
  assert.ok(bombs, 'the withheld-bombs report matches 004 before the edit');
  // Typed: a paragraph before the bombs report (the sentences after it move), and the report itself
  // rewritten beyond recognition.
  const edited = `${typed!.text.replace(bombs, 'Talks went on.\n\nThe weather in Tel Aviv was mild on Sunday.')} `;
  index.setDocument(uri, typed!.name, edited, null, true);
  const after = byText();
  for (const [text, matches] of before)
    if (text !== bombs && after.has(text)) assert.deepEqual(after.get(text), matches, text);
  assert.ok(
    !after.has(bombs) && ![...after.keys()].some((t) => /weather/.test(t)),
    'the rewritten sentence matches nothing',
  );
});
