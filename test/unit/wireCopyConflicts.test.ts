import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgePair } from '../../server/src/cli/pairs';
import { DetectContext } from '../../server/src/core/contradictions/context';
import { detectPair } from '../../server/src/core/contradictions/detect';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';

// One outlet's wire copy of another's sentence with one thing changed (sentences of real Wikinews
// articles, MEANTIME): each change is a contradiction of its kind, told in the source's words.
const CHANGED: Array<[string, string, string, string]> = [
  [
    'a small count in words',
    'Airbus is currently two years behind schedule.',
    'Airbus is currently eight years behind schedule.',
    'number',
  ],
  [
    'the same bound with two figures',
    'According to Apple, the update adds over 250 new features to the OS.',
    'According to Apple, the update adds over 519 new features to the OS.',
    'number',
  ],
  [
    'a share "as of" the same named month',
    "As of January 2008, Apple's iTunes held 19 percent of the U.S. music market, with Wal-Mart at 15 percent.",
    "As of January 2008, Apple's iTunes held 47 percent of the U.S. music market, with Wal-Mart at 15 percent.",
    'number',
  ],
  [
    'a report denied',
    'Union officials said nearly 14,000 employees at four French sites had a work stoppage to protest the cuts.',
    'Union officials did not say nearly 14,000 employees at four French sites had a work stoppage to protest the cuts.',
    'negation',
  ],
  [
    'a prepositional predicate denied',
    'Apple executives are in negotiations with film studios to arrange the deal.',
    'Apple executives are not in negotiations with film studios to arrange the deal.',
    'negation',
  ],
  [
    'a future copula denied',
    'The first aircraft will be in service by 2011.',
    'The first aircraft will not be in service by 2011.',
    'negation',
  ],
  [
    'opposite verbs governing one act',
    'Cerberus has agreed to take on billions of dollars in pension costs at Chrysler.',
    'Cerberus has refused to take on billions of dollars in pension costs at Chrysler.',
    'antonym',
  ],
  [
    'a figure moving the other way, in verbs no dictionary pairs',
    'Industry-wide US car sales climbed 18% last year to 13.2 million automobiles.',
    'Industry-wide US car sales dropped 18% last year to 13.2 million automobiles.',
    'antonym',
  ],
  [
    'won and lost by a doer set off by commas',
    'European aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to 60 jets.',
    'European aircraft manufacturer, Airbus, has lost an order from Qatar Airways for up to 60 jets.',
    'antonym',
  ],
  [
    'considered against done, beside another act open on both sides',
    'IBM sued Papermaster in an attempt to block him from joining Apple.',
    'IBM is considering suing Papermaster in an attempt to block him from joining Apple.',
    'certainty',
  ],
  [
    "a journey reversed after the sentence's other destination",
    'After the 787 arrives in Tokyo next month, the airline will use it for a special charter from Tokyo to Hong Kong.',
    'After the 787 arrives in Tokyo next month, the airline will use it for a special charter from Hong Kong to Tokyo.',
    'role',
  ],
  [
    'a change from one name to another told the other way round',
    'He said that Apple is getting ready for the transition from PowerPC to Intel.',
    'He said that Apple is getting ready for the transition from Intel to PowerPC.',
    'role',
  ],
  [
    'doer and object swapped where one is a name the recogniser left untyped',
    'IBM sued Papermaster in an attempt to block him from joining Apple.',
    'Papermaster sued IBM in an attempt to block him from joining Apple.',
    'role',
  ],
  [
    'the start of a state put in another month ("since")',
    'The minister has been on sick leave since February and will return in the autumn.',
    'The minister has been on sick leave since April and will return in the autumn.',
    'date',
  ],
  [
    'the end of an offer put on another day ("until")',
    'The museum will be free to visitors under 18 until September 30.',
    'The museum will be free to visitors under 18 until December 30.',
    'date',
  ],
  [
    'a deed told as considered, its gerund read as a noun ("is considering filing")',
    'The regional carrier Nordair filed for bankruptcy on Thursday after talks with lenders failed.',
    'The regional carrier Nordair is considering filing for bankruptcy on Thursday after talks with lenders failed.',
    'certainty',
  ],
  [
    'a deed of "set" (the verb, not the hedge "set to") told as considered',
    'The council has set three conditions for the new stadium.',
    'The council is considering setting three conditions for the new stadium.',
    'certainty',
  ],
  [
    'an aspect denied ("did not continue to fall"): the act differs, once',
    'Bond prices around the region continued to fall sharply today.',
    'Bond prices around the region did not continue to fall sharply today.',
    'negation',
  ],
  [
    'a record denied ("did not have its worst week")',
    'The Hang Seng had its worst week since 1998.',
    'The Hang Seng did not have its worst week since 1998.',
    'negation',
  ],
  [
    'a membership denied ("was not one of the few to")',
    'The Kospi was one of the few indexes to gain in value over the day.',
    'The Kospi was not one of the few indexes to gain in value over the day.',
    'negation',
  ],
  [
    'a hedge denied ("was not set to")',
    'The ferry was set to dock in Dover on Friday after a trial crossing.',
    'The ferry was not set to dock in Dover on Friday after a trial crossing.',
    'negation',
  ],
  [
    'an attempt denied',
    'The mayor attempted to answer questions from residents about the flooding.',
    'The mayor did not attempt to answer questions from residents about the flooding.',
    'negation',
  ],
  [
    'ownership denied ("own" the verb, not "its own")',
    'Nordbank owns a 30 percent stake in Baltic Air.',
    'Nordbank does not own a 30 percent stake in Baltic Air.',
    'negation',
  ],
  [
    'an amount had, denied ("a total of", "around")',
    'The shop currently has around 4,000 different titles and a total of 120 staff.',
    'The shop currently does not have around 4,000 different titles and a total of 120 staff.',
    'negation',
  ],
  [
    'a count in words the recogniser did not read as a quantity',
    'The navy has ordered nine of these frigates and plans to base them in Norfolk.',
    'The navy has ordered six of these frigates and plans to base them in Norfolk.',
    'number',
  ],
  [
    'a negation beside a small count in words ("less than two weeks ago"), which measures nothing else',
    "Yesterday, at this year's developer conference, Acme chief executive Dana Reyes unveiled the Zeta 4 phone, along with the new Orbit 4 software for Acme devices.",
    "The Zeta 4 phone was not introduced by Acme chief executive Dana Reyes at the company's 2010 developer conference less than two weeks ago.",
    'negation',
  ],
  [
    'a one-word name typed a person on one side only ("Penske" mid-sentence, not at the start)',
    "Penske wants Jill Lajdziak, Saturn's general manager, and Tom LaSorda, former Chrysler President to head up the company when it is independent of GM.",
    "Jill Lajdziak wants Penske, Saturn's general manager, and Tom LaSorda, former Chrysler President to head up the company when it is independent of GM.",
    'role',
  ],
];

for (const [what, original, changed, kind] of CHANGED) {
  test(`wire copy with one change is a ${kind} contradiction: ${what}`, () => {
    assert.equal(judgePair(original, changed).kind, kind);
    assert.equal(judgePair(changed, original).kind, kind);
  });
}

test('a denied report is quoted from its speaker in both sources', () => {
  const [said, denied] = [
    'Union officials said nearly 14,000 employees at four French sites had a work stoppage to protest the cuts.',
    'Union officials did not say nearly 14,000 employees at four French sites had a work stoppage to protest the cuts.',
  ];
  const index = new WorkspaceIndex();
  index.setDocument('file:///a.txt', 'a.txt', said);
  index.setDocument('file:///b.txt', 'b.txt', denied);
  const [finding] = detectPair(new DetectContext(index), {
    a: { uri: 'file:///a.txt', sentence: 0 },
    b: { uri: 'file:///b.txt', sentence: 0 },
  });
  assert.equal(finding?.kind, 'negation');
  assert.match(
    finding!.message,
    /This source: “Union officials said”\. ‘b\.txt’: “Union officials did not say”\./,
  );
});

test('a report that leaves a question open denies nothing the other source says', () => {
  const verdict = judgePair(
    'The company said jobs would be cut at its plants in France.',
    'The company did not say how many jobs would be cut at its plants in France.',
  );
  assert.notEqual(verdict.relation, 'contradiction');
});

test('small counts in sentences that differ in more than the count are not compared', () => {
  const verdict = judgePair(
    'Two companies signed the agreement in 1991 after a long dispute over the brand.',
    'Three parties to the 1991 agreement later said the brand dispute was over.',
  );
  assert.notEqual(verdict.kind, 'number');
});

test('a duration that frames another figure still makes two measurements', () => {
  const verdict = judgePair('The index fell 3% in the past nine days.', 'The index fell 5% in one day.');
  assert.notEqual(verdict.kind, 'number');
});

test('a frame on a weekday moves with the article, and two frames are not one: no date conflict', () => {
  for (const [a, b] of [
    ['Shares have fallen 3% since Friday.', 'Shares have fallen 3% since Monday.'],
    ['The museum will be free until September 30.', 'The museum will be free after December 30.'],
  ]) {
    assert.notEqual(judgePair(a!, b!).kind, 'date', `${a} / ${b}`);
  }
});

test('two acts both under consideration are no certainty conflict, whatever else the sentences say', () => {
  const a = 'The government is considering slowing down or temporarily halting arms deliveries to Ruritania.';
  const b =
    'In a nuanced approach, the government is also considering offering Ruritania increased access to requested weaponry as an incentive.';
  assert.notEqual(judgePair(a, b).kind, 'certainty');
  assert.notEqual(judgePair(b, a).kind, 'certainty');
});
