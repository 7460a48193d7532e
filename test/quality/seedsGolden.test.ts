// The seeds' findings as the CLI reports them (workspaceFindings): the three planted
// contradictions, the two hard negatives and the single-source accusation (issue 11).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type JsonContradiction, workspaceFindings } from '../../server/src/cli/findings';
import { seedsIndexed } from '../helpers/seeds';

const index = seedsIndexed();
const findings = workspaceFindings(index);

/** A seed file and a phrase of one of its sentences. */
interface Quote {
  file: string;
  phrase: string;
}

/** The number of the sentence of `q.file` holding `q.phrase` (fails loudly when the seeds change). */
function sentenceOf(q: Quote): { path: string; sentence: number } {
  const doc = index.documents().find((d) => d.relativePath.startsWith(q.file));
  const at = doc?.text.indexOf(q.phrase) ?? -1;
  assert.ok(doc && at >= 0, `seed ${q.file} no longer holds “${q.phrase}”`);
  return { path: doc.relativePath, sentence: index.sentenceAt(doc.uri, at) };
}

function sentenceAt(path: string, offset: number): number {
  const doc = index.documents().find((d) => d.relativePath === path)!;
  return index.sentenceAt(doc.uri, offset);
}

/** Contradiction findings between the sentences of `x` and `y`, either way round. */
function between(x: Quote, y: Quote): JsonContradiction[] {
  const [sx, sy] = [sentenceOf(x), sentenceOf(y)];
  const is = (p: JsonContradiction['a'], s: typeof sx) =>
    p.path === s.path && sentenceAt(p.path, p.start) === s.sentence;
  return findings.contradictions.filter((c) => (is(c.a, sx) && is(c.b, sy)) || (is(c.a, sy) && is(c.b, sx)));
}

const kinds = (cs: JsonContradiction[]) => cs.map((c) => c.kind);

interface Planted {
  kind: string;
  what: string;
  a: Quote;
  b: Quote;
}
const planted = (
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'planted', 'seed-conflicts.json'), 'utf8')) as {
    conflicts: Planted[];
  }
).conflicts;

describe('seeds: planted contradictions', () => {
  for (const c of planted) {
    test(`${c.kind}: ${c.what} (${c.a.file} “${c.a.phrase}” vs ${c.b.file} “${c.b.phrase}”)`, () => {
      const found = between(c.a, c.b).filter((f) => f.kind === c.kind);
      assert.ok(found.length >= 1, `found: ${kinds(between(c.a, c.b)).join(', ') || 'nothing'}`);
      assert.ok(found[0]!.message.trim(), 'the finding explains itself');
    });
  }
});

describe('seeds: hard negatives', () => {
  test('the ceasefire’s second phase (002) is not the war’s third phase (004)', () => {
    const warPhase = { file: '004', phrase: 'the design of the third phase of the Gaza war' };
    assert.deepEqual(
      kinds(between({ file: '002', phrase: 'securing a second phase of the Gaza ceasefire' }, warPhase)),
      [],
    );
    assert.deepEqual(
      kinds(between({ file: '002', phrase: 'push for a ceasefire’s second phase' }, warPhase)),
      [],
    );
  });

  test('both say air defenses are unlikely to be delayed (000, 001)', () => {
    const found = between(
      { file: '000', phrase: 'it is unlikely to delay the delivery of air defenses' },
      { file: '001', phrase: 'are unlikely to be affected by any slowdown' },
    );
    assert.deepEqual(kinds(found), []);
  });
});

test('seeds: the accusation “The White House has been breached …” (003) is single-source', () => {
  const breached = sentenceOf({ file: '003', phrase: 'The White House has been breached' });
  const found = findings.singleSource.filter(
    (s) => s.path === breached.path && sentenceAt(s.path, s.start) === breached.sentence,
  );
  assert.equal(found.length, 1);
});

test('seeds: a sentence another source contradicts is not single-source (003 "has withheld" is told otherwise by 004)', () => {
  const disputed = new Set(
    findings.contradictions.flatMap((c) => [c.a, c.b]).map((p) => `${p.path}#${sentenceAt(p.path, p.start)}`),
  );
  const both = findings.singleSource.filter((s) => disputed.has(`${s.path}#${sentenceAt(s.path, s.start)}`));
  assert.deepEqual(
    both.map((s) => s.path),
    [],
  );
});
