import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { sentenceTime, timeRelation } from '../../server/src/core/matching/eventTime';
import { judgeCandidate, type SentenceFacts } from '../../server/src/core/matching/matcher';
import type { Candidate } from '../../server/src/core/matching/sentenceIndex';

const facts = (dates: string[], entities: string[] = [], published = '2008-09-17'): SentenceFacts => ({
  entities: new Set(entities),
  numbers: new Set(),
  time: sentenceTime(dates, published),
});
const candidate = (cosine: number, shared: string[]): Candidate => ({
  ref: { uri: 'b.txt', sentence: 0 },
  cosine,
  shared,
});
const relation = (a: SentenceFacts, b: SentenceFacts, c: Candidate): string => {
  const judged = judgeCandidate(a, b, c);
  return typeof judged === 'string' ? judged : judged.relation;
};

test('time: a year one side states holds the day the other states', () => {
  // "since its launch in 2003" / "launched on April 28, 2003", articles years apart.
  assert.equal(
    timeRelation(sentenceTime(['2003'], '2008-02-26'), sentenceTime(['2003-04-28'], '2006-09-12')),
    'shared',
  );
  assert.equal(
    timeRelation(sentenceTime(['2004'], '2008-02-26'), sentenceTime(['2003-04-28'], '2006-09-12')),
    'apart',
  );
});

test('same-event: the same day stated in both sentences places one happening (other indices at 16:08 UTC)', () => {
  const day = ['2008-09-17'];
  assert.equal(relation(facts(day), facts(day), candidate(0.22, ['16:08', 'utc'])), 'same-event');
  assert.equal(relation(facts([]), facts([]), candidate(0.22, ['16:08', 'utc'])), 'too-little');
  // A dateline against a sentence of that day shares the date's words only.
  assert.equal(relation(facts(day), facts(day), candidate(0.3, ['september', '17', '2008'])), 'too-little');
});

test('same-event: a year both state is an anchor, unless the named participants differ', () => {
  const y = ['2012'];
  assert.equal(
    relation(facts(y), facts(y, [], '2006-08-19'), candidate(0.26, ['plant', 'close', '2012'])),
    'same-event',
  );
  assert.equal(relation(facts([]), facts([]), candidate(0.26, ['plant', 'close', '2012'])), 'too-little');
  const gm = facts(y, ['organization:gm']);
  const ford = facts(y, ['organization:ford-motor-company']);
  assert.equal(relation(gm, ford, candidate(0.29, ['cut', 'job', '2012'])), 'too-little');
  // "Apple Computer" / "Apple": one name inside the other is the same participant.
  const computer = facts(['1991'], ['organization:apple-computer']);
  const apple = facts(['1991'], ['organization:apple']);
  assert.equal(relation(computer, apple, candidate(0.25, ['1991', 'agree', 'apple'])), 'same-event');
});

test('matching: reports months apart of plants closed by one year are one plan', () => {
  const index = new WorkspaceIndex();
  index.setDocument(
    'a.txt',
    'a.txt',
    'Carmaker to cut jobs\nJanuary 23, 2006\n\nTwo more plants will close in 2012.\n',
  );
  index.setDocument(
    'b.txt',
    'b.txt',
    'Carmaker cuts output\nAugust 19, 2006\n\nThe measure comes on top of plans announced in January, in which 14 plants close by 2012.\n',
  );
  const pairs = new MatchService(index).allPairs();
  const says = (uri: string, sentence: number, words: RegExp) => {
    const d = index.document(uri)!;
    const s = d.analysis.sentences[sentence]!;
    return words.test(d.text.slice(s.start, s.end));
  };
  assert.ok(
    pairs.some(
      (p) => says(p.a.uri, p.a.sentence, /Two more plants/) && says(p.b.uri, p.b.sentence, /14 plants/),
    ),
  );
});
