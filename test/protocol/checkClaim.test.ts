import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import {
  CheckClaimRequest,
  type CheckClaimResult,
  CLAIM_SILENT_ROWS,
  type ClaimSourceVerdict,
  EntityListRequest,
} from '../../server/src/protocol';
import { seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

const workspace = seedsCopy();
let server: TestServer | null = null;

after(async () => {
  await server?.stop();
  workspace.cleanup();
});

/** The text a verdict's range covers, read from the file itself. */
function textAt(v: ClaimSourceVerdict): string {
  const text = readFileSync(fileURLToPath(v.uri), 'utf8');
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(v.range!.start), lines.offsetAt(v.range!.end));
}

test('triangulate/checkClaim: every source has a verdict, each with the range of its passage', async () => {
  server = await startServer(workspace.uri);
  // Sent at once: the request waits for the initial index, so no source is silent for being unread.
  const result = await server.connection.sendRequest(CheckClaimRequest, {
    claim: 'Israel withheld a shipment of bombs',
  });
  assert.equal(result.state, 'ok');
  assert.equal(result.claim, 'Israel withheld a shipment of bombs.');
  assert.equal(result.sources.length, 5);
  const of = (prefix: string) => result.sources.find((s) => s.path.startsWith(prefix))!;
  const us = of('003');
  assert.equal(us.verdict, 'contradicts');
  assert.equal(us.conflict?.kind, 'role');
  assert.match(us.conflict!.message, /Biden administration .*‘the claim’: Israel/);
  assert.match(textAt(us), /^The administration has withheld a batch of heavy bombs/);
  assert.equal(of('004').verdict, 'agrees');
  assert.match(textAt(of('004')), /Israel was withholding a shipment of large bombs/);
  const silent = of('002');
  assert.equal(silent.verdict, 'silent');
  assert.equal(silent.range, undefined);
  assert.equal(silent.source, 'Archyworldys, 2024-06-24');
  // Strongest first: the verdicts come in the order of the view's groups.
  const order = ['contradicts', 'agrees', 'mentions', 'silent'];
  const ranks = result.sources.map((s) => order.indexOf(s.verdict));
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b),
  );
});

test('triangulate/checkClaim: bad input is answered with a message, and the server keeps serving', async () => {
  const s = server;
  assert.ok(s);
  const entitiesBefore = (await s.connection.sendRequest(EntityListRequest)).map((e) => e.id).sort();
  for (const claim of ['', '   ', 42, 'x'.repeat(5000), 'the of it', '???']) {
    const result: CheckClaimResult = await s.connection.sendRequest(CheckClaimRequest, { claim } as {
      claim: string;
    });
    assert.equal(result.state, 'invalid', String(claim).slice(0, 10));
    assert.ok(result.message && result.message.length > 10);
    assert.deepEqual(result.sources, []);
  }
  const none = await s.connection.sendRequest(CheckClaimRequest, {
    claim: 'Penguins sing opera in Antarctica every winter.',
  });
  assert.equal(none.state, 'ok');
  assert.ok(none.sources.every((s) => s.verdict === 'silent'));
  // Checking claims added nothing to the index: the same entities, and no source “the claim”.
  const entitiesAfter = (await s.connection.sendRequest(EntityListRequest)).map((e) => e.id).sort();
  assert.deepEqual(entitiesAfter, entitiesBefore);
  assert.ok(none.sources.every((v) => v.uri.startsWith('file:')));
});

test('triangulate/checkClaim: silent sources are counted, and only the first ones by name are sent', async () => {
  const big = seedsCopy();
  const extra = CLAIM_SILENT_ROWS + 10;
  for (let i = 0; i < extra; i++) {
    const n = String(extra - i).padStart(3, '0'); // written in reverse order of their names
    writeFileSync(
      join(big.dir, `weather-${n}.txt`),
      `Rainfall in district ${n}\n\nHeavy rain fell on district ${n} on Monday, the weather office said.\n`,
    );
  }
  const s = await startServer(big.uri);
  try {
    const result = await s.connection.sendRequest(CheckClaimRequest, {
      claim: 'Israel withheld a shipment of bombs',
    });
    assert.equal(result.state, 'ok');
    const silent = result.sources.filter((v) => v.verdict === 'silent');
    const reported = result.sources.filter((v) => v.verdict !== 'silent');
    assert.equal(result.silentCount, extra + 1, 'the generated articles and 002');
    assert.equal(reported.length + (result.silentCount ?? 0), 5 + extra, 'every source is counted');
    assert.equal(silent.length, CLAIM_SILENT_ROWS);
    const names = silent.map((v) => v.source);
    assert.deepEqual(names, [...names].sort(), 'by name');
    assert.equal(names[0], 'Archyworldys, 2024-06-24');
    assert.equal(names[1], 'Rainfall in district 001');
    assert.ok(
      reported.some((v) => v.path.startsWith('003')) && reported.some((v) => v.path.startsWith('004')),
    );
  } finally {
    await s.stop();
    big.cleanup();
  }
});
