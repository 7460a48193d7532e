import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readOfficeData } from '../../scripts/office-data.mjs';
import { officeAnachronisms } from '../../server/src/core/anachronisms/officeHolders';
import { holdersNamed } from '../../server/src/core/anachronisms/officeTable';
import { duplicateTimeShiftWords } from '../../server/src/core/anachronisms/words';
import { FindingService } from '../../server/src/core/contradictions/service';
import { analyzeDocument } from '../../server/src/core/index/analyzeDocument';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';

/** The anachronism messages of one sentence in an article dated `date` (none: undated). */
function anachronisms(sentence: string, date: string | null): string[] {
  const text = date ? `---\ntitle: A report\ndate: ${date}\n---\n\n${sentence}\n` : `${sentence}\n`;
  const a = analyzeDocument('a.md', text);
  return officeAnachronisms({
    uri: 'a.md',
    text,
    published: a.metadata.published,
    sentences: a.sentences,
    mentions: a.mentions,
  }).map((f) => f.message);
}

test('office data: no malformed, duplicate or overlapping rows; no time-shift word listed twice', () => {
  const { offices, problems } = readOfficeData();
  assert.deepEqual(problems, []);
  assert.ok(offices.length >= 40, `${offices.length} offices`);
  assert.deepEqual(duplicateTimeShiftWords, []);
});

test('a titled office holder outside the term at the article’s date is an anachronism', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'President Obama met business leaders in Chicago.',
      '2006-05-03',
      /Barack Obama became President of the United States only on 2009-01-20/,
    ],
    [
      'Prime Minister Netanyahu addressed the Knesset.',
      '2021-08-10',
      /Benjamin Netanyahu was Prime Minister of Israel .*2009-03-31 to 2021-06-13.*, not then/,
    ],
    [
      'Chancellor Angela Merkel opened the fair in Hanover.',
      '2023-04-17',
      /Angela Merkel was Chancellor of Germany 2005-11-22 to 2021-12-08/,
    ],
    [
      'The deal was signed by President Vladimir Putin.',
      '2010-03-01',
      /not then\. At that date: Prime Minister of Russia\./,
    ],
    [
      'Secretary of State Mike Pompeo flew to Seoul.',
      '2016-06-01',
      /Mike Pompeo became United States Secretary of State only on 2018-04-26/,
    ],
    [
      'U.N. Secretary-General Kofi Annan urged restraint.',
      '2010-02-01',
      /Kofi Annan was Secretary-General of the United Nations 1997-01-01 to 2006-12-31/,
    ],
  ];
  for (const [sentence, date, expected] of cases) {
    const found = anachronisms(sentence, date);
    assert.equal(found.length, 1, `${sentence} (${date}): ${JSON.stringify(found)}`);
    assert.match(found[0]!, expected);
    assert.match(found[0]!, new RegExp(`in a source dated ${date}`));
  }
});

test('no anachronism for holders in office, titles moved out of the present, or unknown people', () => {
  const cases: Array<[string, string | null]> = [
    ['President Obama met business leaders in Chicago.', '2012-05-03'],
    ['Former Prime Minister Tony Blair met business leaders in Chicago.', '2019-05-03'],
    ['Then-Prime Minister Tony Blair backed the invasion.', '2015-03-20'],
    ['The late Prime Minister Yitzhak Rabin signed the accords.', '2010-03-01'],
    // A US president keeps the title by courtesy after office.
    ['President Carter and President Clinton spoke at the funeral.', '2018-12-05'],
    ['President Clinton spoke at the dedication.', '2004-11-18'],
    // The sentence says when: the title fits that date.
    ['In 2003, Prime Minister Tony Blair sent troops to Iraq.', '2015-03-20'],
    ['President-elect Obama named his cabinet.', '2008-12-01'],
    ['GM President Scott Carson resigned.', '2006-05-03'],
    // Undated: nothing to compare with.
    ['President Obama met business leaders in Chicago.', null],
    // One surname, two presidents: "President Bush" fits either.
    ['President Bush visited Texas.', '2007-05-03'],
    // A regnal name is matched whole: "Pope Benedict" before 2005 is Benedict XV.
    ['Pope Benedict called for peace in 1917.', '2003-05-03'],
  ];
  for (const [sentence, date] of cases)
    assert.deepEqual(anachronisms(sentence, date), [], `${sentence} (${date})`);
});

test('names: aliases, nicknames and accents name the same holder; relatives do not', () => {
  assert.ok(holdersNamed('Bibi Netanyahu').some((h) => h.names.has('benjamin netanyahu')));
  assert.ok(holdersNamed('Gerhard Schroeder').length > 0);
  assert.ok(holdersNamed('Jose Luis Rodriguez Zapatero').length > 0);
  assert.ok(holdersNamed('J.D. Vance').length > 0);
  const clintons = holdersNamed('Hillary Clinton');
  assert.equal(clintons.length, 1, 'Hillary is not Bill');
});

test('the finding service reports an anachronism on the title and name, with its own kind', () => {
  const index = new WorkspaceIndex();
  const text =
    '---\ntitle: Talks\ndate: 2006-05-03\n---\n\nPresident Obama met business leaders in Chicago.\n';
  index.setDocument('mem:///a.md', 'a.md', text);
  const findings = new FindingService(index, new MatchService(index)).findings('mem:///a.md');
  const found = findings.filter((f) => f.kind === 'anachronism');
  assert.equal(found.length, 1);
  assert.equal(text.slice(found[0]!.a.start, found[0]!.a.end), 'President Obama');
  assert.deepEqual(found[0]!.others, []);
});
