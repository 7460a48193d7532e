import assert from 'node:assert/strict';
import { test } from 'node:test';
import { random } from '../../scripts/random';
import { AnalysisMemo } from '../../server/src/core/index/analysisMemo';
import { analyzeDocument } from '../../server/src/core/index/analyzeDocument';
import { seedFiles } from '../helpers/seeds';

/** Keystrokes and pastes an analyst makes: letters, deletions, a new dated sentence, a new paragraph. */
function edit(text: string, next: () => number): string {
  const at = Math.floor(next() * text.length);
  const choice = next();
  if (choice < 0.4) return `${text.slice(0, at)}${'etaoin '[Math.floor(next() * 7)]}${text.slice(at)}`;
  if (choice < 0.7) return `${text.slice(0, at)}${text.slice(at + 1 + Math.floor(next() * 20))}`;
  if (choice < 0.85) return `${text.slice(0, at)} On 3 May 2024, Lloyd Austin said so. ${text.slice(at)}`;
  return `${text.slice(0, at)}\n\nJoe Biden met Benjamin Netanyahu in Jerusalem.\n\n${text.slice(at)}`;
}

test('typing with the memo gives the analysis of the text from scratch, edit after edit', () => {
  for (const [i, seed] of seedFiles().slice(0, 3).entries()) {
    for (const path of [seed.name, seed.name.replace(/\.txt$/, '.md')]) {
      const memo = new AnalysisMemo();
      const next = random(11 + i);
      let text = seed.text;
      for (let k = 0; k < 12; k++) {
        assert.deepEqual(
          analyzeDocument(path, text, {}, memo),
          analyzeDocument(path, text),
          `${path}, edit ${k}`,
        );
        text = edit(text, next);
      }
    }
  }
});

test('the memo keeps only what the last analysis used', () => {
  const memo = new AnalysisMemo();
  const [first, second] = seedFiles();
  analyzeDocument(first!.name, first!.text, {}, memo);
  const sizeOfFirst = memo.size;
  assert.ok(sizeOfFirst > 0);
  analyzeDocument(second!.name, second!.text, {}, memo);
  analyzeDocument(second!.name, second!.text, {}, memo);
  const again = new AnalysisMemo();
  analyzeDocument(second!.name, second!.text, {}, again);
  assert.equal(memo.size, again.size, "the first article's pieces are gone");
});
