import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkClaim } from '../../server/src/core/check/checkClaim';
import { claimText, MAX_CLAIM_CHARS } from '../../server/src/core/check/claimText';
import { type SourceVerdict, VERDICT_INFO } from '../../server/src/core/check/types';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { CLAIM_VERDICT_INFO } from '../../server/src/protocol';
import { indexOf, seedsIndexed } from '../helpers/seeds';

// A small workspace: one source reports the claim, one denies it, one only mentions the debate,
// one is about something else.
const SENATE = [
  {
    name: 'agree.txt',
    text: 'Senate vote\n\nThe Senate approved the aid package for Taiwan on Tuesday after a long debate.\n\nThe vote was 70 to 30.\n',
  },
  {
    name: 'contradict.txt',
    text: 'Aid stalls\n\nThe Senate has not approved the aid package for Taiwan, officials said.\n\nLawmakers will return next week.\n',
  },
  {
    name: 'mention.txt',
    text: 'Taiwan watches Washington\n\nIn Taipei, officials followed the Senate debate on the Taiwan aid package closely, and ministers met to discuss it.\n',
  },
  {
    name: 'silent.txt',
    text: 'Floods in Lisbon\n\nHeavy rain flooded the streets of Lisbon on Monday.\n\nFirefighters rescued two people.\n',
  },
];

function check(files: typeof SENATE, claim: unknown) {
  const index = indexOf(files);
  const result = checkClaim(index, new MatchService(index), claim);
  return { index, result };
}

const byPath = (sources: SourceVerdict[], path: string) => sources.find((s) => s.relativePath === path)!;
const passageText = (files: typeof SENATE, v: SourceVerdict) =>
  files.find((f) => f.name === v.relativePath)!.text.slice(v.passage!.start, v.passage!.end);

test('check a claim: one verdict per source — contradicts (negation), agrees, mentions, silent', () => {
  const { result } = check(SENATE, 'The Senate approved the aid package for Taiwan');
  assert.ok(result.ok);
  assert.equal(result.claim, 'The Senate approved the aid package for Taiwan.');
  assert.deepEqual(
    result.sources.map((s) => [s.relativePath, s.verdict]),
    [
      ['contradict.txt', 'contradicts'],
      ['agree.txt', 'agrees'],
      ['mention.txt', 'mentions'],
      ['silent.txt', 'silent'],
    ],
  );
  const contradicts = byPath(result.sources, 'contradict.txt');
  assert.equal(contradicts.conflict?.kind, 'negation');
  assert.match(contradicts.conflict!.message, /“has not approved”.*‘the claim’: “approved”/);
  assert.match(passageText(SENATE, contradicts), /^The Senate has not approved the aid package for Taiwan/);
  const agrees = byPath(result.sources, 'agree.txt');
  assert.ok(agrees.relation === 'paraphrase' || agrees.relation === 'duplicate');
  assert.equal(agrees.conflict, null);
  assert.equal(
    passageText(SENATE, agrees),
    'The Senate approved the aid package for Taiwan on Tuesday after a long debate.',
  );
  assert.equal(byPath(result.sources, 'mention.txt').relation, 'same-event');
  const silent = byPath(result.sources, 'silent.txt');
  assert.equal(silent.passage, null);
  assert.equal(silent.relation, null);
});

test('check a claim: the index is not changed (no rows, no generation, same candidates)', () => {
  const index = indexOf(SENATE);
  const matches = new MatchService(index);
  const uris = index.documents().map((d) => d.uri);
  const candidatesOfAll = () => uris.map((u) => [0, 1, 2].map((i) => index.sentences.candidates(u, i)));
  const before = {
    generation: index.generation,
    rows: index.sentences.sentenceCount,
    entities: index.entities().length,
    candidates: JSON.stringify(candidatesOfAll()),
  };
  assert.ok(checkClaim(index, matches, 'The Senate approved the aid package for Taiwan.').ok);
  assert.deepEqual(
    {
      generation: index.generation,
      rows: index.sentences.sentenceCount,
      entities: index.entities().length,
      candidates: JSON.stringify(candidatesOfAll()),
    },
    before,
  );
});

test('check a claim that no source reports: every source silent, none with a passage', () => {
  const { result } = check(SENATE, 'Penguins sing opera in Antarctica every winter.');
  assert.ok(result.ok);
  assert.equal(result.sources.length, SENATE.length);
  for (const s of result.sources) {
    assert.equal(s.verdict, 'silent', s.relativePath);
    assert.equal(s.passage, null);
  }
});

test('check a claim: bad input gets a clear message, not a verdict', () => {
  for (const bad of ['', '   \n ', 42, null, 'x'.repeat(MAX_CLAIM_CHARS + 1)]) {
    const { result } = check(SENATE, bad);
    assert.equal(result.ok, false, String(bad).slice(0, 20));
    if (!result.ok) assert.ok(result.message.length > 10 && !result.cancelled);
  }
  assert.match(JSON.stringify(check(SENATE, '').result), /Type a claim to check/);
  // Nothing to compare: every source would be silent, which is no answer.
  for (const empty of ['the of it', '???', 'It is what it is.']) {
    const { result } = check(SENATE, empty);
    assert.equal(result.ok, false, empty);
    if (!result.ok) assert.match(result.message, /^The claim has no words to compare with the sources/);
  }
});

test('check a claim: a cancelled check says so', () => {
  const index = indexOf(SENATE);
  const result = checkClaim(
    index,
    new MatchService(index),
    'The Senate approved the aid package.',
    () => true,
  );
  assert.deepEqual(result, { ok: false, message: 'The check was cancelled.', cancelled: true });
});

test('a claim typed without a full stop is a statement, not a headline', () => {
  assert.deepEqual(claimText('Israel Withheld Bombs'), { text: 'Israel Withheld Bombs.' });
  assert.deepEqual(claimText('  Did  Israel withhold bombs? '), { text: 'Did Israel withhold bombs?' });
  const { result } = check(SENATE, 'Senate Approved Taiwan Aid Package');
  assert.ok(result.ok);
  assert.notEqual(byPath(result.sources, 'agree.txt').verdict, 'silent');
});

test('seeds: “Israel withheld a shipment of bombs” is contradicted by 003 (the US withheld them), 004 agrees', () => {
  const index = seedsIndexed();
  const result = checkClaim(index, new MatchService(index), 'Israel withheld a shipment of bombs');
  assert.ok(result.ok);
  const of = (prefix: string) => result.sources.find((s) => s.relativePath.startsWith(prefix))!;
  assert.equal(of('003').verdict, 'contradicts');
  assert.equal(of('003').conflict?.kind, 'role');
  assert.match(
    of('003').conflict!.message,
    /^Who did it\? This source: Biden administration .*‘the claim’: Israel/,
  );
  assert.match(of('003').passage!.text, /^The administration has withheld a batch of heavy bombs/);
  assert.equal(of('004').verdict, 'agrees');
  assert.match(of('004').passage!.text, /Israel was withholding a shipment of large bombs/);
  assert.equal(of('002').verdict, 'silent');
});

test('candidatesFor: a sentence that is not indexed finds the indexed sentences it shares terms with', () => {
  const index = indexOf(SENATE);
  const agree = index.documents().find((d) => d.relativePath === 'agree.txt')!;
  const terms = agree.analysis.sentences[1]!.terms;
  const found = index.sentences.candidatesFor(terms);
  // Not an indexed row: its own sentence is a candidate too (no document is its own), the best one.
  assert.deepEqual(found[0]!.ref, { uri: agree.uri, sentence: 1 });
  assert.ok(found[0]!.cosine > 0.99);
  assert.ok(found.some((c) => c.ref.uri.endsWith('contradict.txt')));
  assert.ok(!found.some((c) => c.ref.uri.endsWith('silent.txt')));
  assert.deepEqual(index.sentences.candidatesFor([]), []);
  assert.deepEqual(index.sentences.candidatesFor(['penguin', 'opera']), []);
});

test('the verdicts are one list: the protocol names the same, in the same order', () => {
  assert.deepEqual(CLAIM_VERDICT_INFO, VERDICT_INFO);
  assert.equal(new Set(VERDICT_INFO.map((v) => v.verdict)).size, VERDICT_INFO.length);
  assert.equal(new Set(VERDICT_INFO.map((v) => v.group)).size, VERDICT_INFO.length);
});

test('check a claim forty outlets repeat: all forty agree, none is called silent', () => {
  const files = Array.from({ length: 40 }, (_, k) => ({
    name: `outlet-${String(k).padStart(2, '0')}.txt`,
    text: `Report ${k}\n\nThe Senate approved the aid package for Taiwan on Tuesday after a long debate.\n`,
  }));
  const { result } = check(files, 'The Senate approved the aid package for Taiwan on Tuesday.');
  assert.ok(result.ok);
  if (!result.ok) return;
  const silent = result.sources.filter((s) => s.verdict === 'silent').length;
  assert.equal(silent, 0, `${silent} of 40 sources called silent`);
});

test('check a claim twenty outlets repeat: a contradiction beyond the sixteen most similar passages is found', () => {
  const claim = 'The Senate approved the aid package for Taiwan on Tuesday after a long debate.';
  const repeats = Array.from({ length: 20 }, (_, k) => ({
    name: `outlet-${String(k).padStart(2, '0')}.txt`,
    text: `Report ${k}\n\n${claim}\n`,
  }));
  const denial = {
    name: 'denial.txt',
    text: 'Aid stalls\n\nThe Senate has not approved the aid package for Taiwan, officials said.\n',
  };
  const index = indexOf([...repeats, denial]);
  const result = checkClaim(index, new MatchService(index), claim);
  assert.ok(result.ok);
  const terms = index.documents().find((d) => d.relativePath === 'outlet-00.txt')!.analysis
    .sentences[1]!.terms;
  const ranked = index.sentences.candidatesFor(terms, 1000).sort((x, y) => y.cosine - x.cosine);
  const position = ranked.findIndex((c) => c.ref.uri.endsWith('denial.txt'));
  assert.ok(position >= 16, `the denial is passage ${position + 1} by similarity`);
  assert.equal(byPath(result.sources, 'denial.txt').verdict, 'contradicts');
  assert.equal(byPath(result.sources, 'denial.txt').conflict?.kind, 'negation');
  assert.equal(result.sources.filter((s) => s.verdict === 'agrees').length, 20);
});

test('seeds: “The United States withheld a shipment of bombs to Israel” is what 003 reports (“The administration has withheld …”)', () => {
  const index = seedsIndexed();
  const result = checkClaim(
    index,
    new MatchService(index),
    'The United States withheld a shipment of bombs to Israel',
  );
  assert.ok(result.ok);
  const of = (prefix: string) => result.sources.find((s) => s.relativePath.startsWith(prefix))!;
  assert.equal(of('003').verdict, 'agrees');
  assert.match(of('003').passage!.text, /^The administration has withheld a batch of heavy bombs/);
  assert.equal(of('004').verdict, 'contradicts', '004: Israel was withholding them');
  assert.equal(of('002').verdict, 'silent');
});
