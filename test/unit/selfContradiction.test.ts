import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';

function kindsIn(a: string, b: string): string[] {
  const index = new WorkspaceIndex();
  index.setDocument('file:///a.txt', 'a.txt', a);
  index.setDocument('file:///b.txt', 'b.txt', b);
  return new FindingService(index, new MatchService(index)).findings('file:///a.txt').map((f) => f.kind);
}

test("a speaker's two statements reported by one outlet are a self-contradiction, not a disagreement", () => {
  const a = [
    'Senator Walsh told reporters that he would vote for the farm bill in the Senate.',
    'Senator Walsh later told a radio host that he would not vote for the farm bill in the Senate.',
  ].join('\n\n');
  const b = 'Senator Walsh would vote for the farm bill in the Senate, he told reporters.';
  const kinds = kindsIn(a, b);
  assert.ok(kinds.includes('self-contradiction'), kinds.join(','));
  assert.ok(!kinds.includes('negation'), kinds.join(','));
});

test('an outlet contradicting itself in its own voice still disagrees with the outlet it contradicts', () => {
  const a = [
    'Jobs did not resign in a letter to the board of directors on Wednesday.',
    'Steve Jobs has chosen to step down from his post as chief executive of Apple.',
  ].join('\n\n');
  const b = 'On Wednesday, Steve Jobs resigned from his post as chief executive of Apple.';
  const kinds = kindsIn(a, b);
  assert.ok(kinds.includes('negation'), kinds.join(','));
  assert.ok(!kinds.includes('self-contradiction'), kinds.join(','));
});
