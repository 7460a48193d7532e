import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveClaim } from '../../server/src/core/claims/claimView';
import { duplicateWords } from '../../server/src/core/claims/lexicon';
import { predicateText, transferOf } from '../../server/src/core/claims/predicate';
import type { ArgumentRole, Claim } from '../../server/src/core/claims/types';
import { claimOf } from '../helpers/claimOf';
import { indexOf } from '../helpers/seeds';

// Sentences from several stories: the seeds' arms deliveries, a dock strike, aircraft and car
// makers, markets and sanctions (news written for these tests, MEANTIME-like and seed-like).

const roles = (c: Claim): Partial<Record<ArgumentRole, string>> =>
  Object.fromEntries(c.arguments.map((a) => [a.role, a.span.text]));

function table<T>(pass: string, rows: Array<[string, T]>, check: (c: Claim, expected: T) => void): void {
  for (const [sentence, expected] of rows) {
    test(`${pass}: ${sentence}`, () => check(claimOf(sentence), expected));
  }
}

table<{ speaker: string | null; cue: string | null; certainty: string } | null>(
  'attribution',
  [
    [
      'According to analysts, shares of Apple could fall by 10 percent.',
      { speaker: 'analysts', cue: 'According to', certainty: 'hedged' },
    ],
    [
      'Shares of General Motors fell 8 percent on Wednesday, according to Reuters.',
      { speaker: 'Reuters', cue: 'according to', certainty: 'reported' },
    ],
    [
      'Boeing has never sold planes to Iran, officials said.',
      { speaker: 'officials', cue: 'said', certainty: 'reported' },
    ],
    [
      'Nokia will not supply networks to the operator, the company told reporters.',
      { speaker: 'the company', cue: 'told', certainty: 'reported' },
    ],
    [
      'The minister said that the company was selling weapons to Saudi Arabia.',
      { speaker: 'The minister', cue: 'said', certainty: 'reported' },
    ],
    ['The administration has withheld a batch of heavy bombs.', null],
  ],
  (c, expected) => {
    if (!expected) return assert.equal(c.attribution, null);
    assert.equal(c.attribution?.speaker?.text ?? null, expected.speaker, 'speaker');
    assert.equal(c.attribution?.cue?.text ?? null, expected.cue, 'cue');
    assert.equal(c.certainty, expected.certainty, 'certainty');
  },
);

test('attribution: a reporting noun attributes the claim it introduces', () => {
  const c = claimOf('Washington rejected Biden’s public statement in May that Israel was withholding aid.');
  assert.equal(c.attribution, null, 'the main claim is Washington’s own');
  const inner = c.embedded?.[0];
  assert.equal(inner && predicateText(inner), 'withhold');
  assert.equal(inner?.attribution?.speaker?.text, 'Biden’s public statement');
  assert.equal(inner?.attribution?.cue?.text, 'statement');
  assert.equal(inner?.certainty, 'reported');
});

table<{ lemma: string; adjective?: string; particle?: string; span: string }>(
  'main verb',
  [
    ['The administration has withheld a batch of heavy bombs.', { lemma: 'withhold', span: 'withheld' }],
    [
      'Earlier this week, the Pentagon slowed down deliveries of artillery shells to Israel.',
      { lemma: 'slow', particle: 'down', span: 'slowed' },
    ],
    ['The talks were crucial for the region.', { lemma: 'be', adjective: 'crucial', span: 'crucial' }],
    ['Regulators are conducting a review of the merger.', { lemma: 'review', span: 'conducting' }],
    ['Airbus plans to deliver 30 A380 jets to Emirates next year.', { lemma: 'deliver', span: 'deliver' }],
    [
      'The possibility of withholding some weapons is being considered.',
      { lemma: 'withhold', span: 'withholding' },
    ],
    ['The fund refused to lend money to Greece.', { lemma: 'lend', span: 'lend' }],
    ['Hamas is weighing the proposal.', { lemma: 'weigh', span: 'weighing' }],
  ],
  (c, expected) => {
    assert.equal(c.verb?.lemma, expected.lemma, 'lemma');
    assert.equal(c.verb?.adjective, expected.adjective ?? null, 'adjective');
    assert.equal(c.verb?.particle, expected.particle ?? null, 'particle');
    assert.equal(c.verb?.span?.text, expected.span, 'span');
    assert.deepEqual(c.predicateSpan, c.verb?.span, 'the predicate span is the verb’s');
  },
);

test('main verb: a sentence without a verb has none, and no object', () => {
  const c = claimOf('Gaza, the day after.');
  assert.equal(c.verb, null);
  assert.equal(c.object, null);
  assert.equal(predicateText(c), '');
});

table<{ roles: Partial<Record<ArgumentRole, string>>; preposition?: string; predicate: string }>(
  'arguments and direction',
  [
    [
      'Germany did not send tanks to Ukraine.',
      { roles: { agent: 'Germany', patient: 'tanks', recipient: 'Ukraine' }, predicate: 'send … to' },
    ],
    [
      'Kyiv bought drones from Turkey.',
      { roles: { agent: 'Kyiv', patient: 'drones', source: 'Turkey' }, predicate: 'buy … from' },
    ],
    [
      'The prime minister lashed out at the central bank.',
      {
        roles: { agent: 'The prime minister', patient: 'the central bank' },
        preposition: 'at',
        predicate: 'lash out at',
      },
    ],
    [
      'Lehman Brothers filed for bankruptcy protection on Monday.',
      {
        roles: { agent: 'Lehman Brothers', patient: 'bankruptcy protection' },
        preposition: 'for',
        predicate: 'file for',
      },
    ],
    [
      'The White House has been breached by hackers.',
      { roles: { agent: 'hackers', patient: 'The White House' }, predicate: 'breach' },
    ],
    [
      'Weapons were sold to Israel by the United States.',
      {
        roles: { agent: 'the United States', patient: 'Weapons', recipient: 'Israel' },
        predicate: 'sell … to',
      },
    ],
    [
      'The Pentagon, acting on directives from the White House, is reviewing the request.',
      { roles: { agent: 'The Pentagon', patient: 'the request' }, predicate: 'review' },
    ],
    [
      'Yesterday, at the Geneva motor show, company chief Carlos Tavares unveiled the new model.',
      { roles: { agent: 'company chief Carlos Tavares', patient: 'the new model' }, predicate: 'unveil' },
    ],
    [
      'That decision angered the unions at the port.',
      { roles: { agent: 'That decision', patient: 'the unions' }, predicate: 'anger' },
    ],
    [
      'On Thursday the central bank raised its key rate.',
      { roles: { agent: 'the central bank', patient: 'its key rate' }, predicate: 'raise' },
    ],
    [
      'Last week, Boeing delivered two jets to Qantas.',
      { roles: { agent: 'Boeing', patient: 'two jets', recipient: 'Qantas' }, predicate: 'deliver … to' },
    ],
  ],
  (c, expected) => {
    assert.deepEqual(roles(c), expected.roles, 'roles');
    assert.equal(c.verb?.preposition, expected.preposition ?? null, 'preposition');
    assert.equal(predicateText(c), expected.predicate, 'display predicate');
  },
);

test('arguments: a transfer says who gives and who receives, whatever the voice', () => {
  const sold = transferOf(claimOf('Weapons were sold to Israel by the United States.'));
  assert.deepEqual([sold?.giver?.text, sold?.receiver?.text], ['the United States', 'Israel']);
  const bought = transferOf(claimOf('Kyiv bought drones from Turkey.'));
  assert.deepEqual([bought?.giver?.text, bought?.receiver?.text], ['Turkey', 'Kyiv']);
  assert.equal(transferOf(claimOf('Hamas rejected the proposal on Monday.')), null);
});

table<{ polarity: string; negations: string[] }>(
  'polarity',
  [
    ['Germany did not send tanks to Ukraine.', { polarity: 'negated', negations: ['not'] }],
    ['Boeing has never sold planes to Iran, officials said.', { polarity: 'negated', negations: ['never'] }],
    ['No definitive decisions have been reached on the sale.', { polarity: 'negated', negations: ['No'] }],
    ['The bank is unlikely to raise interest rates.', { polarity: 'negated', negations: ['unlikely to'] }],
    ['The fund refused to lend money to Greece.', { polarity: 'negated', negations: [] }],
    ['The administration has withheld a batch of heavy bombs.', { polarity: 'affirmed', negations: [] }],
    ['Hamas refused the proposal.', { polarity: 'affirmed', negations: [] }],
  ],
  (c, expected) => {
    assert.equal(c.polarity, expected.polarity, 'polarity');
    assert.deepEqual(
      c.negations.map((n) => n.text),
      expected.negations,
      'negations',
    );
    assert.equal(c.negativeOutcome, c.verb?.lemma === 'withhold' || c.verb?.lemma === 'refuse');
  },
);

table<{ certainty: string; hedges: string[] }>(
  'certainty',
  [
    [
      'The European Union may impose new sanctions on Russia.',
      { certainty: 'hedged', hedges: ['modal:may'] },
    ],
    [
      'Airbus plans to deliver 30 A380 jets to Emirates next year.',
      { certainty: 'hedged', hedges: ['intent:plans to'] },
    ],
    ['Hamas is weighing the proposal.', { certainty: 'hedged', hedges: ['consideration:weighing'] }],
    [
      'The possibility of withholding some weapons is being considered.',
      { certainty: 'hedged', hedges: ['consideration:possibility of', 'consideration:considered'] },
    ],
    [
      'No definitive decisions have been reached on the sale.',
      { certainty: 'hedged', hedges: ['undecided:No definitive decisions'] },
    ],
    [
      'Officials believe that the ceasefire is unlikely to hold.',
      { certainty: 'hedged', hedges: ['speculation:believe', 'modal:unlikely'] },
    ],
    ['The fund refused to lend money to Greece.', { certainty: 'hedged', hedges: ['refusal:refused to'] }],
    ['Germany did not send tanks to Ukraine.', { certainty: 'asserted', hedges: [] }],
  ],
  (c, expected) => {
    assert.equal(c.certainty, expected.certainty, 'certainty');
    assert.deepEqual(
      c.hedges.map((h) => `${h.kind}:${h.text}`),
      expected.hedges,
      'hedges',
    );
  },
);

test('every cue is a range of the sentence that holds its text', () => {
  const sentence = 'Officials believe that the ceasefire is unlikely to hold, according to Reuters.';
  const c = claimOf(sentence);
  const spans = [...c.negations, ...c.hedges, c.attribution?.speaker, c.attribution?.cue, c.verb?.span];
  for (const span of [...spans, ...c.arguments.map((a) => a.span)]) {
    assert.ok(span);
    assert.equal(sentence.slice(span.start, span.end), span.text);
  }
});

test('figures, times and places: linked from the document’s mentions', () => {
  const text = 'Ukraine sent 1,200 soldiers to Kharkiv on 3 March 2025.\n';
  const index = indexOf([{ name: 'kharkiv.txt', text }]);
  const rc = resolveClaim(index, 'mem:///kharkiv.txt', 0);
  assert.ok(rc);
  assert.deepEqual(
    rc.figures.map((f) => [f.value, f.counts, text.slice(f.start, f.end)]),
    [[1200, 'soldier', '1,200 soldiers']],
  );
  assert.deepEqual(
    rc.times.map((t) => t.value),
    ['2025-03-03'],
  );
  assert.deepEqual(
    rc.places.map((p) => text.slice(p.start, p.end)),
    ['Ukraine', 'Kharkiv'],
  );
  const recipient = rc.arguments.find((a) => a.role === 'recipient');
  assert.equal(recipient?.span.text, 'Kharkiv');
  assert.equal(recipient?.entity, rc.recipientEntity, 'linked to the resolved entity');
  assert.ok(rc.recipientEntity);
});

test('word lists of the claim passes list each word once', () => {
  assert.deepEqual(duplicateWords, []);
});
