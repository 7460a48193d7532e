// The instruments themselves: the rewriters plant exactly the error they name (or refuse), the
// renderings keep every sentence where they say it is, and the data files hold no duplicates.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { detokenize } from '../../scripts/eval-planted-data';
import { render } from '../../scripts/eval-planted-render';
import { REWRITERS } from '../../scripts/eval-planted-rewrite';
import { random } from '../../scripts/eval-planted-words';
import lexicon from '../fixtures/planted/lexicon.json';

const rewrite = (kind: keyof typeof REWRITERS, sentence: string, partner = sentence) =>
  REWRITERS[kind](sentence, partner, random(1));

describe('planted-error rewriters', () => {
  test('negation: "not" after the auxiliary, "did not" for a simple past, "does not have" for "has"', () => {
    assert.equal(
      rewrite('negation', 'The company has announced a merger.'),
      'The company has not announced a merger.',
    );
    assert.equal(
      rewrite('negation', 'On August 24, Jobs resigned from his post.'),
      'On August 24, Jobs did not resign from his post.',
    );
    assert.equal(
      rewrite('negation', 'The company has a deadline set at June 1.'),
      'The company does not have a deadline set at June 1.',
    );
    assert.equal(rewrite('negation', 'The board has not approved the plan.'), null, 'already negated');
  });

  test('certainty: done becomes under consideration; "will" becomes "may"', () => {
    assert.equal(
      rewrite('certainty', 'Apple unveiled Lion at the event.'),
      'Apple is considering unveiling Lion at the event.',
    );
    assert.equal(
      rewrite('certainty', 'GM and Chrysler have received loans.'),
      'GM and Chrysler are considering receiving loans.',
    );
    assert.equal(
      rewrite('certainty', 'The A380 will make a charity flight.'),
      'The A380 may make a charity flight.',
    );
  });

  test('number: a figure the partner states is scaled 1.5–3 times, in the same notation', () => {
    const planted = rewrite('number', 'France will lose 4,300 jobs.', 'France loses 4,300 jobs.');
    const figure = Number(planted?.match(/lose ([\d,]+) jobs/)?.[1]?.replace(/,/g, ''));
    assert.ok(figure >= 4300 * 1.5 && figure <= 4300 * 3, planted ?? 'no rewrite');
    assert.match(planted!, /lose \d{1,2},\d{3} jobs/);
    assert.equal(
      rewrite('number', 'The FTSE 100 fell in 2008.', 'The FTSE 100 fell in 2008.'),
      null,
      'names and years stay',
    );
    assert.equal(
      rewrite('number', 'France will lose 4,300 jobs.', 'France loses jobs.'),
      null,
      'the partner must state it',
    );
  });

  test('date: a weekday or month the partner states is replaced by another', () => {
    const planted = rewrite('date', 'The flight lands on October 25.', 'It lands on October 25.');
    assert.match(
      planted ?? '',
      /^The flight lands on (January|February|March|April|June|July|August|September|November|December) 25\.$/,
    );
  });

  test('role: subject and object names swapped, or "from X to Y" reversed', () => {
    assert.equal(
      rewrite('role', 'Boeing defeated Airbus in the contest.', 'Airbus lost to Boeing.'),
      'Airbus defeated Boeing in the contest.',
    );
    assert.equal(
      rewrite('role', 'The plane flies from Singapore to Sydney.', 'Singapore to Sydney'),
      'The plane flies from Sydney to Singapore.',
    );
    assert.equal(
      rewrite('role', 'Boeing and Airbus won orders.', 'Boeing and Airbus'),
      null,
      'coordinated names are not roles',
    );
  });

  test('antonym: the main verb replaced by its antonym', () => {
    assert.equal(
      rewrite('antonym', 'The Nasdaq index has fallen by 3%.'),
      'The Nasdaq index has risen by 3%.',
    );
    assert.equal(rewrite('antonym', 'The company announced results.'), null);
  });
});

test('MEANTIME tokens are detokenised into running text', () => {
  assert.equal(
    detokenize(
      "EADS N.V. ( EADS ) won a US$ 40 billion ( GB # 20.1 billion ) deal , the aircraft 's `` best '' year",
    ),
    "EADS N.V. (EADS) won a US$40 billion (£20.1 billion) deal, the aircraft's “best” year",
  );
});

test('renderings record where each sentence landed: plain text and markdown with a headline', () => {
  const article = {
    id: 'x',
    headline: 'Headline',
    date: 'March 1, 2008',
    body: ['One.', 'Two.', 'Three.', 'Four.'],
  };
  for (const format of ['txt', 'md'] as const) {
    const r = render(article, format);
    assert.deepEqual(
      r.spans.map(([s, e]) => r.text.slice(s, e)),
      article.body,
    );
  }
  assert.match(render(article, 'md').text, /^---\ntitle: "Headline"\n[\s\S]*\n# Headline\n/);
});

describe('benchmark data', () => {
  test('word lists hold no duplicates and each antonym pair is listed once', () => {
    for (const [name, list] of Object.entries(lexicon)) {
      if (!Array.isArray(list)) continue;
      const keys = list.map((x) => JSON.stringify(x));
      assert.equal(new Set(keys).size, keys.length, `duplicates in ${name}`);
    }
    const left = lexicon.antonyms.map(([x]) => x);
    assert.equal(new Set(left).size, left.length, 'a word on the left of two antonym pairs');
  });

  test('pair files: unique ids, known kinds, no pair twice', () => {
    for (const file of ['sentence-pairs.jsonl', 'sentence-pairs-heldout.jsonl']) {
      const rows = readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; kind: string | null; a: string; b: string });
      assert.equal(new Set(rows.map((r) => r.id)).size, rows.length, `${file}: duplicate id`);
      assert.equal(new Set(rows.map((r) => `${r.a}|${r.b}`)).size, rows.length, `${file}: duplicate pair`);
      for (const r of rows)
        assert.ok([null, 'negation', 'antonym', 'incompatible', 'role'].includes(r.kind), r.id);
      assert.ok(
        rows.filter((r) => r.kind === null).length >= 0.4 * rows.length,
        `${file}: hard negatives under 40%`,
      );
    }
  });
});
