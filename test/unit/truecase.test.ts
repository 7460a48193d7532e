import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllCaps } from '../../server/src/core/entities/ner/features';
import { nerWeights } from '../../server/src/core/entities/ner/tagger';
import { caseTablesOf, truecasedTokens } from '../../server/src/core/entities/ner/truecase';
import { ingest } from '../../server/src/core/ingest';
import { tokenize } from '../../server/src/core/nlp/tokenize';
import { entityNamed, indexOf } from '../helpers/seeds';

/** Each sentence of the text as the name finders read it. */
function truecased(text: string): string[] {
  const { text: analysed, blocks } = ingest('a.txt', text);
  const { tokens, sentences } = tokenize(analysed, blocks);
  const caps = sentences.map((s) => isAllCaps(tokens, s.tokenStart, s.tokenEnd));
  const out = truecasedTokens(tokens, sentences, caps, caseTablesOf(nerWeights()));
  out.forEach((t, i) => {
    assert.equal(t.start, tokens[i]!.start, 'offsets are the text’s');
    assert.equal(t.value.length, tokens[i]!.value.length);
  });
  return sentences.map((s) =>
    out
      .slice(s.tokenStart, s.tokenEnd)
      .map((t) => t.value)
      .join(' '),
  );
}

test('a headline or dateline in capitals is read in the case of running text', () => {
  const lines = truecased(
    'SOCCER - LEEDS BEAT CHELSEA IN LONDON\n\nLONDON 1996-08-30\n\nNATO AND THE LABOUR PARTY MET IN BRUSSELS\n',
  );
  assert.equal(lines[0], 'Soccer - Leeds beat Chelsea in London');
  assert.equal(lines[1], 'London 1996-08-30');
  assert.equal(lines[2], 'NATO and the Labour Party met in Brussels');
});

test('a sentence not in capitals is left as it is', () => {
  assert.deepEqual(truecased('Leeds beat Chelsea in the rain.\n'), ['Leeds beat Chelsea in the rain .']);
});

test('the article’s own text says how a word of its headline is written', () => {
  const headline = 'FANS CHEER READING AFTER LATE WIN';
  assert.equal(
    truecased(`${headline}\n\nThe fans cheered on Saturday.\n`)[0],
    'Fans cheer reading after late win',
  );
  assert.equal(
    truecased(`${headline}\n\nFans of Reading cheered on Saturday.\n`)[0],
    'Fans cheer Reading after late win',
  );
});

test('wire copy: datelines, agencies and results lines give places and organisations, not quantities', () => {
  const wire = [
    'SOCCER - LEEDS BEAT CHELSEA IN LATE DRAMA',
    'LONDON 1996-08-30',
    'Leeds United beat Chelsea 2-1 at Elland Road on Saturday, with a late goal from',
    'Tony Yeboah that sent the home crowd of more than thirty thousand into raptures.',
    'WASHINGTON (Reuters) - The Federal Reserve left interest rates unchanged on Tuesday.',
    'BRUSSELS, Feb 3 (AP) — The European Commission fined Microsoft on Monday.',
    'PARIS 1996-08-29',
    'Manchester United 3 Liverpool 1',
    'Germany 2 Spain 0',
  ].join('\n');
  const index = indexOf([{ name: 'wire.txt', text: wire }]);
  const typeOf = (name: string) => entityNamed(index, name)?.type;
  assert.equal(typeOf('LONDON'), 'place');
  assert.equal(typeOf('WASHINGTON'), 'place');
  assert.equal(typeOf('Reuters'), 'organization');
  assert.equal(typeOf('BRUSSELS'), 'place');
  assert.equal(typeOf('AP'), 'organization');
  assert.equal(typeOf('PARIS'), 'place');
  assert.equal(typeOf('Leeds United'), 'organization');
  assert.equal(typeOf('Tony Yeboah'), 'person');
  assert.equal(typeOf('Germany'), 'place');
  assert.equal(typeOf('Spain'), 'place');
  const quantities = index.entities().filter((e) => e.type === 'quantity');
  assert.deepEqual(
    quantities.filter((q) => /Liverpool|Spain/.test(q.name)).map((q) => q.name),
    [],
    'a team after a score is not what the score counts',
  );
});
