// Which files of a folder are articles: the include and exclude globs, and the exported reports
// that are never articles, whatever the analyst's exclude setting says.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileWorkspace } from '../../server/src/node/fileWorkspace';

test('an exported report is no article, with the default excludes or the analyst’s own', () => {
  for (const exclude of [undefined, ['**/drafts/**']]) {
    const ws = new FileWorkspace('/tmp/articles', exclude ? { exclude } : {});
    for (const report of [
      'triangulate-report.md',
      'triangulate-report.html',
      'briefs/triangulate-report.csv',
    ])
      assert.equal(ws.matches(report), false, `${report} with exclude ${JSON.stringify(exclude)}`);
    assert.equal(ws.matches('reuters/2024-05-10.md'), true);
  }
  assert.equal(
    new FileWorkspace('/tmp/articles', { exclude: ['**/drafts/**'] }).matches('drafts/a.txt'),
    false,
  );
});
