import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgePair } from '../../server/src/cli/pairs';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';

/** Both orders: a conflict between two sources does not depend on which is read first. */
function assertKind(a: string, b: string, kind: string | null): void {
  assert.equal(judgePair(a, b).kind, kind, `${a} / ${b}`);
  assert.equal(judgePair(b, a).kind, kind, `${b} / ${a}`);
}

test('a negated copula denies its complement: "was not down 2.6%", "is not following"', () => {
  assertKind(
    'The Dow Jones was down 2.6% at noon, its worst day this year.',
    'The Dow Jones was not down 2.6% at noon, its worst day this year.',
    'negation',
  );
  assertKind(
    'The strike is following the collapse of the wage talks at the port.',
    'The strike is not following the collapse of the wage talks at the port.',
    'negation',
  );
});

test("verbs the lexicon does not link still conflict when the claims' participants are the same", () => {
  // The same doer and the same thing acted on, active against passive.
  assertKind(
    'Microsoft did not unveil the Surface tablet at its Build conference in Seattle.',
    'The Surface tablet was introduced by Microsoft at its Build conference in Seattle.',
    'negation',
  );
  assertKind(
    'Samsung is considering unveiling the Galaxy phone at the Berlin trade fair.',
    'The Galaxy phone was introduced by Samsung at the Berlin trade fair.',
    'certainty',
  );
});

test('hard negatives: other spans of time, records, descriptions and other acts stay quiet', () => {
  // Different spans of time are different measurements.
  assertKind(
    'The index fell over 2,000 points in the past nine days to reach its lowest level.',
    'The index fell to its lowest level, falling 679 points in one day.',
    null,
  );
  // "Not reached since February" tells a record, it denies nothing.
  assertKind(
    'The Nikkei dropped 9.6% to reach a 20-year low.',
    'Oil prices also dropped to lows not reached since February.',
    null,
  );
  // A relative clause describes the product; it reports no act to hold against a plan.
  assertKind(
    'Apple has plans to bring more features of iOS to the Mac.',
    'Apple unveiled Lion, a new system that brings new features to the Mac.',
    null,
  );
  // One shared doer does not make two acts one.
  assertKind(
    'Jobs has not yet said what prompted his decision, but he will stay on as chief executive.',
    'On August 24, Jobs resigned from his post as chief executive.',
    null,
  );
});

test('a date that frames the claim ("since December") does not make two reports two events', () => {
  assertKind(
    'Since December GM and Chrysler have received $17.4 billion in government loans.',
    'Last month, GM and Chrysler were given loans worth $35 billion from the government.',
    'number',
  );
});

test('figures: a sign repeats the direction, a conversion is not a second count, a speaker is not a participant', () => {
  assertKind(
    'The Nasdaq index has fallen by -3.16% to 2138.14 at 16:08 UTC.',
    'The Nasdaq index has fallen by 3.16% to 2138.14 at 16:08 UTC.',
    null,
  );
  assertKind(
    'The Nasdaq index has fallen by 4.95% to 2138.14 at 16:08 UTC.',
    'The Nasdaq index has fallen by -3.16% to 2138.14 at 16:08 UTC.',
    'number',
  );
  assertKind(
    'The minister announced that 500 billion rubles (US$52.5 billion) would be put into the markets, half of it from the federal budget.',
    'Russia announced that it would put US$19.7 billion into the markets, half of it from the federal budget.',
    'number',
  );
  assertKind(
    'Tom Enders, the Airbus chief executive, said the company will cut 11,010 jobs in France and 3,700 in Germany.',
    'The company will cut 4,300 jobs in France and 3,700 in Germany.',
    'number',
  );
});

test('figures that move by the hour: a small change is no conflict, a level a third away is', () => {
  assertKind(
    'The Dow Jones currently has a value of 10,811 points.',
    'The Dow Jones currently has a value of 10,769 points.',
    null,
  );
  assertKind(
    'The Dow Jones currently has a value of 27,743 points.',
    'The Dow Jones currently has a value of 10,769 points.',
    'number',
  );
});

test('a plan and an announced future agree, also when the future governs the act', () => {
  assertKind(
    'The company expects to cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.',
    'France will lose 4,300 jobs, while Germany and Spain will see 3,700 and 400 jobs cut.',
    null,
  );
});

test('dates: the same slot needs less else aligned; other doers make other events', () => {
  // A linked word beside both dates ("deadline") makes them the dates of one thing.
  assertKind(
    'The union has a March 3 deadline to accept the wage offer that includes a pension plan and other benefits for retired members.',
    'The union has a deadline set at May 3 to accept the wage offer.',
    'date',
  );
  assertKind(
    'Asian stock indexes posted strong gains on Friday.',
    'European stock markets posted strong gains on Monday.',
    null,
  );
});

test('roles crossed between the voices: the doer of one side is what the other side acts on', () => {
  const a = 'The rebel commander was captured by Colonel Okafor near the border town.';
  const b =
    'When the rebel commander first captured Colonel Okafor near the border town, he demanded a ransom.';
  assertKind(a, b, 'role');
  // Active and passive saying the same thing agree.
  assertKind(a, 'Colonel Okafor captured the rebel commander near the border town.', null);
  const index = new WorkspaceIndex();
  index.setDocument('file:///a.txt', 'a.txt', a);
  index.setDocument('file:///b.txt', 'b.txt', b);
  const found = new FindingService(index, new MatchService(index)).findings('file:///a.txt');
  const role = found.find((f) => f.kind === 'role');
  assert.match(
    role?.message ?? '',
    /“rebel commander was captured by Colonel Okafor” \(done by Colonel Okafor\).*“rebel commander first captured Colonel Okafor” \(done by rebel commander\)/,
  );
});

test('"does not have" denies what is had, quoted with its auxiliaries', () => {
  const a = 'The union does not have a March 3 deadline to accept the wage offer from the port authority.';
  const b = 'The union has a deadline set at March 3 to accept the wage offer.';
  assertKind(a, b, 'negation');
  const index = new WorkspaceIndex();
  index.setDocument('file:///a.txt', 'a.txt', a);
  index.setDocument('file:///b.txt', 'b.txt', b);
  const found = new FindingService(index, new MatchService(index)).findings('file:///a.txt');
  assert.match(
    found.find((f) => f.kind === 'negation')?.message ?? '',
    /“does not have a March 3 deadline”.*“has a deadline”/,
  );
});

test('a plan is a future: "will not lose" against "expects to cut"', () => {
  assertKind(
    'Boeing will not lose 2,000 jobs at its Seattle plant this year.',
    'The company expects to cut about 2,000 jobs at its Seattle plant this year.',
    'negation',
  );
  // Done against planned is another time, not a denial.
  assertKind(
    'Boeing did not lose 2,000 jobs at its Seattle plant last year.',
    'The company expects to cut about 2,000 jobs at its Seattle plant this year.',
    null,
  );
});

test('hard negatives a reviewer found: "not until", a denial across a preposition, quantities, other doers', () => {
  const quiet: Array<[string, string]> = [
    [
      'It was not until Friday that the ministers agreed on the budget.',
      'The ministers agreed on the budget on Friday.',
    ],
    ['The Nikkei was not down on Tuesday.', 'The Nikkei rose on Tuesday.'],
    ['Russia does not have a say in the NATO decision.', 'Russia has no say in the NATO decision.'],
    ['The army does not have enough troops in the north.', 'The army has troops in the north.'],
    ['The court did not jail the banker on Friday.', 'The court fined the banker on Friday.'],
    ['The team did not win the match on Sunday.', 'The team played the match on Sunday.'],
    ['The ministers did not meet on Monday.', 'The ministers arrived in Brussels on Monday.'],
    ['The company will not cut 4,300 jobs.', 'The company plans to add 4,300 jobs.'],
    [
      'The president of the bank did not attend the summit in Davos.',
      'The president of the union attended the summit in Davos.',
    ],
  ];
  for (const [a, b] of quiet) assertKind(a, b, null);
});

test('a crossed role is quoted with the numbers of its names ("Brigade 7", not "Brigade")', () => {
  const index = new WorkspaceIndex();
  index.setDocument(
    'file:///a.txt',
    'a.txt',
    'Colonel Okafor was captured by Brigade 7 near the border town.',
  );
  index.setDocument(
    'file:///b.txt',
    'b.txt',
    'When Colonel Okafor first captured Brigade 7 near the border town, he demanded a ransom.',
  );
  const found = new FindingService(index, new MatchService(index)).findings('file:///a.txt');
  assert.match(
    found.find((f) => f.kind === 'role')?.message ?? '',
    /“Colonel Okafor was captured by Brigade 7” \(done by Brigade 7\).*“Colonel Okafor first captured Brigade 7” \(done by Colonel Okafor\)/,
  );
});

/** Kinds of the findings between two articles with front matter dates. */
function datedKinds(a: string, aDate: string, b: string, bDate: string): string[] {
  const index = new WorkspaceIndex();
  index.setDocument('file:///a.md', 'a.md', `---\ndate: ${aDate}\n---\n\n${a}\n`);
  index.setDocument('file:///b.md', 'b.md', `---\ndate: ${bDate}\n---\n\n${b}\n`);
  return new FindingService(index, new MatchService(index)).findings('file:///a.md').map((f) => f.kind);
}

test('articles days apart: a planned figure still conflicts, a toll or a market level has moved', () => {
  const plan = [
    'The carmaker said it expects to cut 4,300 jobs in France and 3,700 in Germany.',
    'The carmaker will cut 11,000 jobs in France and 3,700 in Germany, it said.',
  ] as const;
  assert.ok(datedKinds(plan[0], '2007-02-28', plan[1], '2007-03-06').includes('number'));
  const toll = [
    'The earthquake killed 150 people in the province of Sichuan, officials said.',
    'The earthquake killed 420 people in the province of Sichuan, officials said.',
  ] as const;
  assert.ok(
    datedKinds(toll[0], '2008-05-12', toll[1], '2008-05-12').includes('number'),
    'same day: a conflict',
  );
  assert.ok(
    !datedKinds(toll[0], '2008-05-12', toll[1], '2008-05-16').includes('number'),
    'days apart: the toll rose',
  );
  const market = [
    'The Nasdaq Composite lost 1.71% or 25.15 points, closing at 1,442.82.',
    'The Nasdaq Composite lost 3.71% or 53.5 points, closing at 1,387.7.',
  ] as const;
  assert.ok(!datedKinds(market[0], '2008-10-06', market[1], '2008-10-15').includes('number'));
});

test('a journey told the other way round is a role conflict; the same journey in other words is not', () => {
  assertKind(
    'The airline will fly its first charity flight on May 3 from Sydney to Singapore.',
    'The first charity flight will take off from Singapore and land in Sydney on May 3.',
    'role',
  );
  assertKind(
    'The airline will fly its first charity flight on May 3 from Sydney to Singapore.',
    'The first charity flight will take off from Sydney and land in Singapore on May 3.',
    null,
  );
  // "From" before an organisation is no origin.
  assertKind(
    'A spokesman from Qantas said the flight to Singapore would leave on May 3.',
    'The flight to Singapore would leave on May 3, a spokesman from Qantas said.',
    null,
  );
});

test('one figure changed in an otherwise identical report conflicts, even when the figure counts nothing named', () => {
  assertKind(
    'The Nasdaq index has fallen by 3.16% to 2138.14, while the Dax was 1.75% lower at 16:08 UTC.',
    'The Nasdaq index has fallen by 3.16% to 5428.60, while the Dax was 1.75% lower at 16:08 UTC.',
    'number',
  );
  // A year is a date, not a count.
  assert.notEqual(
    judgePair(
      'Apple Computer was founded by Steve Jobs and Steve Wozniak in 1976.',
      'Apple Computer was founded by Steve Jobs and Steve Wozniak in 1977.',
    ).kind,
    'number',
  );
});

test('undated articles: the same month on another day is another date; a span of days holds the day', () => {
  assertKind(
    'The summit will be held in Geneva on 12 June, officials confirmed.',
    'Officials confirmed the summit will take place in Geneva on 14 June.',
    'date',
  );
  assert.notEqual(
    judgePair(
      'The summit will be held in Geneva on 12-14 June, officials confirmed.',
      'Officials confirmed the summit will take place in Geneva on 14 June.',
    ).kind,
    'date',
  );
});

test('a transfer reversed when the tagger reads its verb as a noun: "Russia supplies gas to Ukraine"', () => {
  assertKind(
    'Russia supplies gas to Ukraine through pipelines that cross Belarus.',
    'Ukraine supplies gas to Russia through pipelines that cross Belarus.',
    'role',
  );
  // A noun that transfers nothing to anyone: "U.S. requests" is no receiving.
  assertKind(
    'The administration is also considering offering additional weaponry as an incentive for Israel to comply with U.S. requests.',
    'Israeli officials have persistently sought additional weaponry from the US, including air defense systems.',
    null,
  );
});

test('hard negatives: a place inside the subject is not its doer; figures of different things', () => {
  // "The flight from London to New York" is a flight: neither place did the delaying.
  assertKind(
    'The flight from London to New York was delayed by two hours.',
    'The flight to New York from London was delayed two hours.',
    null,
  );
  // A profit and a revenue are two figures, not one told twice.
  assertKind(
    'The company reported a profit of $2.1 billion in the third quarter.',
    'The company reported revenue of $12.4 billion in the third quarter.',
    null,
  );
});

test('a denial denies what it reports; a denied permission agrees with stopping; "not … unless" is a condition', () => {
  assertKind(
    'The company denied that it had laid off workers.',
    'The company said it had not laid off any workers.',
    null,
  );
  assertKind(
    'Iran denied sending weapons to the rebels.',
    'Iran has not sent weapons to the rebels, its foreign minister said.',
    null,
  );
  assertKind(
    'The company denied that it had laid off workers at the Ohio plant.',
    'The company laid off workers at the Ohio plant, the union said.',
    'negation',
  );
  assertKind(
    'The protesters were not allowed to enter the square.',
    'Police blocked the protesters from entering the square.',
    null,
  );
  assertKind(
    'Obama said he would not sign the bill unless it included the tax cuts.',
    'Obama said he would sign the bill only if it included the tax cuts.',
    null,
  );
});
