import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingest } from '../../server/src/core/ingest';
import * as lists from '../../server/src/core/nlp/abbreviations';
import { tokenize } from '../../server/src/core/nlp/tokenize';

/** The sentences of a text as the analysis cuts them. */
function sentencesOf(text: string): string[] {
  const ingested = ingest('a.txt', text);
  const { sentences } = tokenize(ingested.text, ingested.blocks);
  return sentences.map((s) => ingested.text.slice(s.start, s.end));
}

// Sentences of reported events (US politics, the military, markets), each with its expected cut.
const TABLE: Array<[string, string[]]> = [
  [
    'Rep. Bob Etheridge (D-N.C.) apologized on Monday. Rep. Joe Sestak (D-Penn.) said he was offered a job.',
    [
      'Rep. Bob Etheridge (D-N.C.) apologized on Monday.',
      'Rep. Joe Sestak (D-Penn.) said he was offered a job.',
    ],
  ],
  [
    'Rep. Bob Etheridge, D-N.C., apologized for grabbing a student. He called it a mistake.',
    ['Rep. Bob Etheridge, D-N.C., apologized for grabbing a student.', 'He called it a mistake.'],
  ],
  [
    'Sen. Kay Bailey Hutchison (R-Texas) voted against the bill.',
    ['Sen. Kay Bailey Hutchison (R-Texas) voted against the bill.'],
  ],
  ['Gov. Jerry Brown signed the budget on Tuesday.', ['Gov. Jerry Brown signed the budget on Tuesday.']],
  [
    'Lt. Gen. Mark Hertling and Maj. Gen. David Perkins briefed reporters in Baghdad.',
    ['Lt. Gen. Mark Hertling and Maj. Gen. David Perkins briefed reporters in Baghdad.'],
  ],
  [
    'Adm. Mike Mullen testified before the committee. Gen. Ray Odierno agreed.',
    ['Adm. Mike Mullen testified before the committee.', 'Gen. Ray Odierno agreed.'],
  ],
  [
    'Sgt. First Class Jared Monti and Cpl. Pat Tillman were honoured. Pvt. Bradley Manning was charged.',
    ['Sgt. First Class Jared Monti and Cpl. Pat Tillman were honoured.', 'Pvt. Bradley Manning was charged.'],
  ],
  [
    'Vice President Joe Biden met Atty. Gen. Eric Holder and the Rev. Al Sharpton.',
    ['Vice President Joe Biden met Atty. Gen. Eric Holder and the Rev. Al Sharpton.'],
  ],
  [
    'The U.S. Army said it would send 3,500 more troops.',
    ['The U.S. Army said it would send 3,500 more troops.'],
  ],
  ['Former President George W. Bush spoke in Dallas.', ['Former President George W. Bush spoke in Dallas.']],
  ['J. R. R. Tolkien wrote The Hobbit in 1937.', ['J. R. R. Tolkien wrote The Hobbit in 1937.']],
  [
    'The economy grew 3.5 percent in the third quarter.',
    ['The economy grew 3.5 percent in the third quarter.'],
  ],
  [
    'Gordon Brown left No. 10 Downing Street on Tuesday.',
    ['Gordon Brown left No. 10 Downing Street on Tuesday.'],
  ],
  [
    'Approx. 20,000 people marched on Jan. 5 in Washington.',
    ['Approx. 20,000 people marched on Jan. 5 in Washington.'],
  ],
  [
    'The Nov. 4 election decided it. Feb. 3 was a Tuesday.',
    ['The Nov. 4 election decided it.', 'Feb. 3 was a Tuesday.'],
  ],
  // "U.S." ends a sentence or not by what follows.
  [
    'The company moved its headquarters to the U.S. The next day, its shares fell.',
    ['The company moved its headquarters to the U.S.', 'The next day, its shares fell.'],
  ],
  [
    'The company moved its headquarters to the U.S. the next day.',
    ['The company moved its headquarters to the U.S. the next day.'],
  ],
  [
    'Officials at the U.S. Treasury Department declined to comment.',
    ['Officials at the U.S. Treasury Department declined to comment.'],
  ],
  [
    'He was born in Washington, D.C. He moved to Ohio in 1990.',
    ['He was born in Washington, D.C.', 'He moved to Ohio in 1990.'],
  ],
  [
    'Martin Luther King Jr. was shot in 1968. Then riots broke out.',
    ['Martin Luther King Jr. was shot in 1968.', 'Then riots broke out.'],
  ],
];

TABLE.push(
  [
    'Germany finished top of Group B. Spain won the other group.',
    ['Germany finished top of Group B.', 'Spain won the other group.'],
  ],
  [
    'Doctors prescribed vitamin D. Researchers disagree.',
    ['Doctors prescribed vitamin D.', 'Researchers disagree.'],
  ],
  [
    'They had no Plan B. Officials said so on Monday.',
    ['They had no Plan B.', 'Officials said so on Monday.'],
  ],
  [
    'George W. Bush met the leaders of Group B countries.',
    ['George W. Bush met the leaders of Group B countries.'],
  ],
);

for (const [text, expected] of TABLE) {
  test(`sentences of “${text}”`, () => {
    assert.deepEqual(sentencesOf(text), expected);
  });
}

test('the abbreviation lists hold each word once, and no word is both a title and a figure word', () => {
  const seen = new Map<string, string>();
  for (const [name, list] of Object.entries(lists)) {
    const own = new Set<string>();
    for (const word of list) {
      assert.ok(!own.has(word), `${name}: “${word}” twice`);
      own.add(word);
      if (name === 'SENTENCE_OPENERS') continue;
      assert.ok(!seen.has(word), `“${word}” in ${seen.get(word)} and ${name}`);
      seen.set(word, name);
    }
  }
});
