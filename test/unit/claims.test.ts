import assert from 'node:assert/strict';
import { test } from 'node:test';
import { predicateText, transferOf } from '../../server/src/core/claims/predicate';
import { claimOf } from '../helpers/claimOf';

interface Expected {
  subject: string | null;
  predicate: string;
  object?: string | null;
  recipient?: string | null;
  polarity: 'affirmed' | 'negated';
  certainty: 'asserted' | 'hedged' | 'reported';
  attribution?: string | null;
  giver?: string | null;
  receiver?: string | null;
  negativeOutcome?: boolean;
}

const TABLE: Array<[string, Expected]> = [
  // From the seeds.
  [
    'The administration has withheld a batch of heavy bombs, signaling its hesitance to endorse tactics that could lead to severe casualties.',
    {
      subject: 'The administration',
      predicate: 'withhold',
      object: 'a batch of heavy bombs',
      polarity: 'affirmed',
      certainty: 'asserted',
      negativeOutcome: true,
    },
  ],
  [
    'While no definitive decisions have been reached, the possibility of withholding or delaying certain deliveries is being considered.',
    {
      subject: null,
      predicate: 'withhold',
      object: 'certain deliveries',
      polarity: 'affirmed',
      certainty: 'hedged',
      negativeOutcome: true,
    },
  ],
  [
    'According to current and former U.S. officials, the Biden administration is contemplating leveraging arms sales to Israel as a means of diplomatic persuasion.',
    {
      subject: 'the Biden administration',
      predicate: 'leverage',
      object: 'arms sales',
      polarity: 'affirmed',
      certainty: 'hedged',
      attribution: 'current and former U.S. officials',
    },
  ],
  [
    'At the behest of the White House, the Pentagon is conducting a review of Israel’s requested weaponry, identifying potential items that could serve as leverage in negotiations.',
    {
      subject: 'the Pentagon',
      predicate: 'review',
      object: 'Israel’s requested weaponry',
      polarity: 'affirmed',
      certainty: 'asserted',
    },
  ],
  [
    'Israeli officials have persistently sought additional weaponry from the US, including large aerial bombs, ammunition, and air defense systems.',
    {
      subject: 'Israeli officials',
      predicate: 'seek … from',
      object: 'additional weaponry',
      polarity: 'affirmed',
      certainty: 'asserted',
      giver: 'the US',
      receiver: 'Israeli officials',
    },
  ],
  [
    'Consequently, the U.S. is considering slowing down or temporarily halting arms deliveries to Israel.',
    {
      subject: 'the U.S.',
      predicate: 'slow down',
      object: 'arms deliveries',
      recipient: 'Israel',
      polarity: 'affirmed',
      certainty: 'hedged',
      negativeOutcome: true,
    },
  ],
  [
    'It is unlikely to delay the delivery of air defenses.',
    {
      subject: 'It',
      predicate: 'delay',
      object: 'the delivery of air defenses',
      polarity: 'negated',
      certainty: 'hedged',
    },
  ],
  [
    'According to Daily Mail, the U.S. is aiming to avert a comprehensive Israeli military strike on Rafah by sharing precise intelligence on Hamas leaders.',
    {
      subject: 'the U.S.',
      predicate: 'avert',
      polarity: 'affirmed',
      certainty: 'hedged',
      attribution: 'Daily Mail',
    },
  ],
  [
    'Defense Minister Yoav Gallant said on Saturday evening that an agreement with the United States on the design of the third phase of the Gaza war was crucial for Israel on all security fronts.',
    {
      subject: 'an agreement with the United States on the design of the third phase of the Gaza war',
      predicate: 'be crucial for',
      polarity: 'affirmed',
      certainty: 'reported',
      attribution: 'Defense Minister Yoav Gallant',
    },
  ],
  // Other stories.
  [
    'Germany will deliver 18 Leopard tanks to Ukraine next month, the defence ministry said.',
    {
      subject: 'Germany',
      predicate: 'deliver … to',
      object: '18 Leopard tanks',
      recipient: 'Ukraine',
      polarity: 'affirmed',
      certainty: 'reported',
      attribution: 'the defence ministry',
      giver: 'Germany',
      receiver: 'Ukraine',
    },
  ],
  [
    'Russia did not withdraw its troops from the border, according to NATO officials.',
    {
      subject: 'Russia',
      predicate: 'withdraw',
      object: 'its troops',
      polarity: 'negated',
      certainty: 'reported',
      attribution: 'NATO officials',
    },
  ],
  [
    'The European Union may suspend trade talks with Beijing.',
    {
      subject: 'The European Union',
      predicate: 'suspend',
      object: 'trade talks',
      polarity: 'affirmed',
      certainty: 'hedged',
      negativeOutcome: true,
    },
  ],
  [
    'Apple bought the startup for 200 million dollars.',
    {
      subject: 'Apple',
      predicate: 'buy',
      object: 'the startup',
      polarity: 'affirmed',
      certainty: 'asserted',
      receiver: 'Apple',
    },
  ],
  [
    'No decision has been made on the sale of F-16 jets to Turkey.',
    { subject: 'No decision', predicate: 'make on', polarity: 'negated', certainty: 'hedged' },
  ],
  [
    'Hamas rejected the proposal on Monday.',
    {
      subject: 'Hamas',
      predicate: 'reject',
      object: 'the proposal',
      polarity: 'affirmed',
      certainty: 'asserted',
      negativeOutcome: true,
    },
  ],
];

for (const [sentence, expected] of TABLE) {
  test(`claim: ${sentence.slice(0, 70)}…`, () => {
    const c = claimOf(sentence);
    assert.equal(c.subject?.text ?? null, expected.subject, 'subject');
    assert.equal(predicateText(c), expected.predicate, 'predicate');
    if (expected.object !== undefined) assert.equal(c.object?.text ?? null, expected.object, 'object');
    if (expected.recipient !== undefined)
      assert.equal(c.recipient?.text ?? null, expected.recipient, 'recipient');
    assert.equal(c.polarity, expected.polarity, 'polarity');
    assert.equal(c.certainty, expected.certainty, 'certainty');
    if (expected.attribution !== undefined)
      assert.equal(c.attribution?.speaker?.text ?? null, expected.attribution, 'attribution');
    if (expected.giver !== undefined)
      assert.equal(transferOf(c)?.giver?.text ?? null, expected.giver, 'giver');
    if (expected.receiver !== undefined)
      assert.equal(transferOf(c)?.receiver?.text ?? null, expected.receiver, 'receiver');
    if (expected.negativeOutcome !== undefined)
      assert.equal(c.negativeOutcome, expected.negativeOutcome, 'negative outcome');
  });
}

test('claim spans point at their exact text', () => {
  const sentence = 'According to Daily Mail, the U.S. is aiming to avert a strike.';
  const c = claimOf(sentence);
  for (const span of [c.subject, c.object, c.attribution?.speaker, c.attribution?.cue]) {
    assert.ok(span);
    assert.equal(sentence.slice(span.start, span.end), span.text);
  }
});
