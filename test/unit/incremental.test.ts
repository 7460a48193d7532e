import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FindingService } from '../../server/src/core/contradictions/service';
import type { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { indexOf, seedFiles } from '../helpers/seeds';

/** Everything an analyst sees that depends on the whole workspace, in comparable form. */
function snapshot(index: WorkspaceIndex) {
  const findings = new FindingService(index, new MatchService(index));
  return {
    entities: index
      .entities()
      .map((e) => `${e.id} ${e.name} ${e.mentions.map((m) => `${m.uri}@${m.start}`).join(',')}`)
      .sort(),
    findings: index
      .documents()
      .flatMap((d) =>
        findings.findings(d.uri).map((f) => `${d.relativePath} ${f.kind} ${f.a.start} ${f.message}`),
      ),
  };
}

test('typing is answered from the workspace entities at once; after the pause the index equals a fresh one', () => {
  const files = seedFiles();
  const index = indexOf(files);
  index.resolution();
  const target = files.find((f) => f.name.startsWith('000_'))!;
  const uri = `mem:///${target.name}`;
  // The analyst types a name the workspace knows (from 004) into another source.
  const edited = `${target.text}\n\nBezalel Smotrich demanded more control.`;
  index.setDocument(uri, target.name, edited, null, true);
  assert.equal(index.isSettled, false, 'the workspace-wide resolution is due');
  const added = index.mentionsIn(uri).find((m) => edited.slice(m.start, m.end) === 'Bezalel Smotrich');
  assert.ok(added, 'the new mention is resolved without a full resolution');
  const entity = index.entity(added.entityId)!;
  assert.ok(
    entity.mentions.some((m) => m.uri === uri),
    'the entity lists the new source at once (hover "in N sources")',
  );
  assert.equal(index.settle(), true);
  const fresh = indexOf(files.map((f) => (f === target ? { name: f.name, text: edited } : f)));
  assert.deepEqual(snapshot(index), snapshot(fresh));
});

test('cross-source matches do not depend on the order documents were indexed or re-indexed', () => {
  const files = seedFiles();
  const forward = indexOf(files);
  const backward = indexOf([...files].reverse());
  // Re-index two documents, as edits do: their sentence rows move to the end of the index.
  for (const f of files.slice(0, 2)) {
    backward.setDocument(`mem:///${f.name}`, f.name, `${f.text} `);
    backward.setDocument(`mem:///${f.name}`, f.name, f.text);
  }
  const pairs = (index: WorkspaceIndex) =>
    new MatchService(index)
      .allPairs()
      .map(
        (p) => `${p.a.uri}#${p.a.sentence} ${p.b.uri}#${p.b.sentence} ${p.match.relation} ${p.match.score}`,
      )
      .sort();
  assert.deepEqual(pairs(backward), pairs(forward));
  assert.ok(pairs(forward).length >= 10, 'the seeds have cross-source matches to compare');
});

test('the workspace resolution runs in slices, gives what a resolution at once gives, and yields to a newer change', async () => {
  // 100 sources (the seeds under 20 names each; analyses are reused by content): enough mentions to slice.
  const files = Array.from({ length: 20 }, (_, copy) =>
    seedFiles().map((f) => ({ name: `copy-${copy}/${f.name}`, text: f.text })),
  ).flat();
  const sliced = indexOf(files);
  let pauses = 0;
  const pause = () =>
    new Promise<void>((resolve) => {
      pauses++;
      setImmediate(resolve);
    });
  assert.equal(await sliced.resolveInSlices(pause, 0), true);
  assert.ok(pauses > 1, `the work was cut into slices (${pauses} pauses)`);
  assert.deepEqual(snapshot(sliced), snapshot(indexOf(files)));

  // A change while a run is paused supersedes it: the run reports it, the next answer is fresh.
  const changing = indexOf(files);
  const run = changing.resolveInSlices(pause, 0);
  const first = files[0]!;
  changing.setDocument(`mem:///${first.name}`, first.name, `${first.text}\n\nJoe Biden spoke.`);
  assert.equal(await run, false);
  const fresh = indexOf(
    files.map((f) => (f === first ? { name: f.name, text: `${f.text}\n\nJoe Biden spoke.` } : f)),
  );
  assert.deepEqual(snapshot(changing), snapshot(fresh));
});
