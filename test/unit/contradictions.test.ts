import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgePair } from '../../server/src/cli/pairs';
import { numbersConflict } from '../../server/src/core/contradictions/detect';
import {
  applyReviews,
  parseReviews,
  serializeReviews,
  withoutDecision,
  withoutIgnoredKind,
} from '../../server/src/core/contradictions/reviews';
import { FindingService } from '../../server/src/core/contradictions/service';
import type { MentionCandidate } from '../../server/src/core/entities/types';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { seedsIndexed } from '../helpers/seeds';

const q = (value: number, qualifier: string | null = null): MentionCandidate => ({
  start: 0,
  end: 1,
  surface: String(value),
  kind: 'quantity',
  key: '',
  value,
  qualifier,
  counts: 'palestinian',
});

test('numbers: bounds, approximations and rounding are respected', () => {
  assert.equal(numbersConflict(q(34900, 'over'), q(35000)), false, '“over 34,900” allows 35,000');
  assert.equal(
    numbersConflict(q(34900, 'over'), q(21000, 'some')),
    true,
    '“over 34,900” excludes “some 21,000”',
  );
  assert.equal(numbersConflict(q(1455), q(1500, 'about')), false, '“about 1,500” tolerates 1,455');
  assert.equal(numbersConflict(q(35000), q(34900)), false, 'a round figure tolerates 5%');
  assert.equal(numbersConflict(q(18), q(14)), true);
  assert.equal(numbersConflict(q(100, 'up to'), q(80)), false);
});

test('seeds: a passage two sources contradict alike is one finding; each other passage keeps its own explanation', () => {
  const index = seedsIndexed();
  const service = new FindingService(index, new MatchService(index));
  const doc001 = index.documents().find((d) => d.relativePath.startsWith('001'))!;
  const undecided = service
    .findings(doc001.uri)
    .find(
      (f) =>
        f.kind === 'certainty' && doc001.text.slice(f.a.start, f.a.end).startsWith('While no definitive'),
    );
  assert.ok(undecided, '001’s undecided passage is a certainty finding');
  const explained = undecided.others.map((o) => [
    index.document(o.uri)!.relativePath.slice(0, 3),
    o.message ?? undecided.message,
  ]);
  assert.deepEqual(explained.map(([path]) => path).sort(), ['003', '004']);
  for (const [path, message] of explained) {
    const quote = path === '003' ? '“has withheld”' : '“was withholding”';
    assert.ok(
      message!.includes(quote),
      `the explanation of the pair with ${path} quotes ${path}: ${message}`,
    );
  }
});

test('seeds: who withheld the bombs is a role conflict between 003 and 004, stated with both sides', () => {
  const index = seedsIndexed();
  const service = new FindingService(index, new MatchService(index));
  const in003 = service.findings(index.documents().find((d) => d.relativePath.startsWith('003'))!.uri);
  const role = in003.find((f) => f.kind === 'role');
  assert.ok(role, 'a role finding in 003');
  assert.match(
    role.message,
    /^Who did it\? This source: Biden administration \(“has withheld a batch of heavy bombs”\)\. ‘.+’: Israel \(“was withholding a shipment of large bombs”\)\.$/,
  );
  assert.equal(role.others.length, 1);
  const other = index.document(role.others[0]!.uri)!;
  assert.match(
    other.text.slice(role.others[0]!.start, role.others[0]!.end),
    /^Israel was withholding a shipment of large bombs/,
  );
});

test('seeds: who sells to whom — 001 has Israel selling, 000 has sales to Israel', () => {
  const index = seedsIndexed();
  const service = new FindingService(index, new MatchService(index));
  const uriOf = (prefix: string) => index.documents().find((d) => d.relativePath.startsWith(prefix))!.uri;
  const role = service
    .findings(uriOf('000'))
    .find((f) => f.kind === 'role' && f.others.some((o) => o.uri === uriOf('001')));
  assert.ok(role, 'a role finding in 000 pointing at 001');
  assert.match(role.message, /“sales to Israel” \(Israel receives\).*“Israel into selling” \(Israel gives\)/);
});

test('pairs: kinds are told apart and hard negatives stay quiet', () => {
  const cases: Array<[string, string, string | null]> = [
    [
      'Russian forces attacked the power station near Kharkiv.',
      'Ukrainian forces attacked the power station near Kharkiv.',
      'role',
    ],
    [
      'The Senate approved the aid package for Taiwan.',
      'The Senate has not approved the aid package for Taiwan.',
      'negation',
    ],
    [
      'Qatar suspended the negotiations on the hostage deal.',
      'Qatar resumed the negotiations on the hostage deal.',
      'antonym',
    ],
    [
      'Germany will send 18 Leopard tanks to Ukraine.',
      'Germany will send 14 Leopard tanks to Ukraine.',
      'number',
    ],
    [
      'France deployed additional troops to Estonia.',
      'France plans to deploy additional troops to Estonia.',
      'certainty',
    ],
    [
      'Over 34,900 Palestinians have been killed, the ministry said.',
      'About 35,000 Palestinians have been killed, the ministry said.',
      null,
    ],
    [
      'The administration is considering slowing down arms deliveries.',
      'The administration is contemplating pauses in deliveries.',
      null,
    ],
  ];
  for (const [a, b, kind] of cases) assert.equal(judgePair(a, b).kind, kind, `${a} / ${b}`);
});

test('reviews: a decision keeps its source and date when well-formed; undoing removes only it', () => {
  const at = '2026-12-01T13:50:12.345Z';
  const { reviews, problems } = parseReviews(
    JSON.stringify({
      decisions: [
        { key: 'k1', kind: 'role', decision: 'reviewed', a: 'x', b: 'y', path: '003.txt', at },
        { key: 'k2', kind: 'role', decision: 'dismissed', a: 'x', b: 'y', path: 7, at: 'yesterday' },
      ],
      ignoredKinds: [
        { path: 'a.txt', kind: 'certainty', at },
        { path: 'a.txt', kind: 'number' },
      ],
    }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(reviews.decisions[0], {
    key: 'k1',
    kind: 'role',
    decision: 'reviewed',
    a: 'x',
    b: 'y',
    path: '003.txt',
    at,
  });
  assert.deepEqual(
    reviews.decisions[1],
    { key: 'k2', kind: 'role', decision: 'dismissed', a: 'x', b: 'y' },
    'malformed extras dropped',
  );
  assert.equal(reviews.ignoredKinds[0]?.at, at);
  assert.deepEqual(
    withoutDecision(reviews, 'k1').decisions.map((d) => d.key),
    ['k2'],
  );
  assert.deepEqual(
    withoutIgnoredKind(reviews, 'a.txt', 'certainty').ignoredKinds.map((i) => i.kind),
    ['number'],
  );
  assert.equal(serializeReviews(parseReviews(serializeReviews(reviews)).reviews), serializeReviews(reviews));
});

test('reviews: decisions keyed by content survive, a corrupt file is unusable, output is stable', () => {
  const { reviews, usable } = parseReviews(
    JSON.stringify({
      version: 1,
      decisions: [
        { key: 'k2', kind: 'role', decision: 'dismissed', a: 'x', b: 'y' },
        { key: 'k1', kind: 'number', decision: 'reviewed', a: 'x', b: 'y' },
      ],
      ignoredKinds: [{ path: 'a.txt', kind: 'certainty' }],
    }),
  );
  assert.ok(usable);
  const finding = (key: string, kind: 'role' | 'number' | 'certainty') => ({
    key,
    kind,
    a: { uri: 'u', start: 0, end: 1 },
    others: [],
    message: '',
    confidence: 1,
  });
  const applied = applyReviews(
    [finding('k1', 'number'), finding('k2', 'role'), finding('k3', 'certainty'), finding('k4', 'role')],
    reviews,
    'a.txt',
  );
  assert.deepEqual(
    applied.map((f) => [f.key, f.reviewed]),
    [
      ['k1', true],
      ['k4', false],
    ],
  );
  const text = serializeReviews(reviews);
  assert.equal(serializeReviews(parseReviews(text).reviews), text);
  assert.ok(text.indexOf('"k1"') < text.indexOf('"k2"'), 'sorted by key');
  assert.equal(parseReviews('{ nope').usable, false);
  assert.equal(parseReviews('[1,2]').usable, false);
});
