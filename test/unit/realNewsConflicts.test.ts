import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgePair } from '../../server/src/cli/pairs';

// Sentence pairs from real Wikinews articles (MEANTIME) that were reported as contradictions: the
// negation or figure on one side belongs to another clause, another owner or a comparison.
const NOT_CONFLICTS: Array<[string, string, string]> = [
  [
    'a negation inside a clause of the claim denies nothing the other side says',
    'Apple released a program to limit iPod volume.',
    'Apple released the program in response to complaints that it had not taken necessary measures to prevent hearing loss in iPod users.',
  ],
  [
    'a negation inside an "if" clause supposes, it does not deny',
    'GM and Chrysler received Canadian loans on Monday.',
    "Chrysler's president announced that its Canadian operations would fold if it does not receive the Canadian loans.",
  ],
  [
    'a negated comparison ("not as sharply as") is not a denial',
    'The stock market fell sharply on Monday.',
    'The stock market had not fallen as sharply on Monday as it had in October.',
  ],
  [
    "another company's figure is another count",
    'GM plans to close 1,100 dealerships.',
    "GM's move comes a day after Chrysler released a list of 789 dealerships that it was closing.",
  ],
];

for (const [why, a, b] of NOT_CONFLICTS) {
  test(`no contradiction: ${why}`, () => {
    assert.notEqual(judgePair(a, b).relation, 'contradiction');
    assert.notEqual(judgePair(b, a).relation, 'contradiction');
  });
}

test('the same claims denied outright, or a figure of the same owner changed, still conflict', () => {
  const cases: Array<[string, string, string]> = [
    [
      'Chrysler did not receive the Canadian loans on Monday.',
      'Chrysler received the Canadian loans on Monday.',
      'negation',
    ],
    [
      'Apple Corps did not argue that the iTunes Music Store was a breach of the 1991 settlement.',
      'Apple Corps argued that the iTunes Music Store was a breach of the 1991 settlement.',
      'negation',
    ],
    ['GM will close 1,100 dealerships next year.', 'GM will close 1,400 dealerships next year.', 'number'],
    [
      'The ministers did not sign as planned, as officials in Brussels said.',
      'The ministers signed the accord as planned, officials in Brussels said.',
      'negation',
    ],
  ];
  for (const [a, b, kind] of cases) {
    const verdict = judgePair(a, b);
    assert.deepEqual([verdict.relation, verdict.kind], ['contradiction', kind], `${a} / ${b}`);
  }
});

test('seeking a thing is a request already made, not an undecided act; considering it is undecided', () => {
  const filed = 'General Motors filed for bankruptcy protection on Monday in a New York court.';
  assert.notEqual(judgePair('General Motors seeks bankruptcy protection.', filed).relation, 'contradiction');
  const considering = judgePair('General Motors is considering bankruptcy protection.', filed);
  assert.deepEqual([considering.relation, considering.kind], ['contradiction', 'certainty']);
});
