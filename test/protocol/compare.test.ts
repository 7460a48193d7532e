// The Compare request against the real bundled server: the withheld-bombs sentence of 003 beside
// 004's version marks the swapped actor on both sides, and the role finding's quick fix opens it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CodeActionRequest, DocumentDiagnosticRequest } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { CompareRequest, type CompareResult, type CompareVersion } from '../../server/src/protocol';
import { seedsServerSuite } from '../helpers/seedsServer';

const F003 = '003_2a34e0967e57bb20.txt';
const WITHHELD = 'The administration has withheld a batch of heavy bombs';

const seeds = seedsServerSuite();
const uriOf = seeds.uriOf;

/** The position of `needle` in a seed, as the editor would send it. */
function positionOf(name: string, needle: string) {
  const text = readFileSync(join(seeds.dir, name), 'utf8');
  return new LineIndex(text).positionAt(text.indexOf(needle));
}

const compare = (name: string, needle: string): Promise<CompareResult> =>
  seeds.server.connection.sendRequest(CompareRequest, {
    uri: uriOf(name),
    position: positionOf(name, needle),
  });

const marked = (v: CompareVersion, kind: string) =>
  v.segments.filter((s) => s.difference === kind).map((s) => s.text);

test('003’s withheld bombs beside 004: a role conflict, the swapped actor marked on both sides', async () => {
  const result = await compare(F003, WITHHELD);
  assert.equal(result.state, 'ok');
  assert.match(result.sentence!.text, /^The administration has withheld/);
  const pair = result.pairs.find((p) => p.other.uri.endsWith('004_fc7cc2ef9e895868.txt') && p.conflict);
  assert.ok(pair, 'a pair with 004 that conflicts');
  assert.equal(pair.conflict!.kind, 'role');
  assert.equal(pair.explanation, pair.conflict!.message);
  assert.deepEqual(marked(pair.anchor, 'actor'), ['administration']);
  assert.deepEqual(marked(pair.other, 'actor'), ['Israel']);
  assert.ok(pair.differences.includes('actor'));
  // The withholding is linked: the same number on both sides.
  const link = pair.anchor.segments.find((s) => s.text === 'withheld')?.link;
  assert.ok(link && pair.other.segments.some((s) => s.text === 'withholding' && s.link === link));
  // The segments are the sentences, whole, in order.
  assert.equal(pair.anchor.segments.map((s) => s.text).join(''), result.sentence!.text);
  assert.ok(result.legend.some((l) => l.kind === 'actor' && l.label && l.summary));
});

test('a sentence no other source reports, and a file that is not an article, say so', async () => {
  const lone = await compare(F003, 'The White House has been breached');
  assert.equal(lone.state, 'ok');
  assert.match(lone.sentence!.text, /^The White House has been breached/);
  assert.equal(lone.pairs.length, 0);
  const outside = await seeds.server.connection.sendRequest(CompareRequest, {
    uri: uriOf('.vscode/settings.json'),
    position: { line: 0, character: 0 },
  });
  assert.equal(outside.state, 'notArticle');
});

test('the role finding’s quick fixes offer to compare the sources at the finding', async () => {
  const uri = uriOf(F003);
  const report = await seeds.server.connection.sendRequest(DocumentDiagnosticRequest.type, {
    textDocument: { uri },
  });
  const items = 'items' in report ? report.items : [];
  const role = items.find((d) => d.code === 'role');
  assert.ok(role, 'a role finding in 003');
  const actions = await seeds.server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: role.range,
    context: { diagnostics: [role] },
  });
  const action = (actions ?? []).find((a) => a.title.startsWith('Triangulate: Compare sources side by side'));
  const command = (action as { command?: { command: string; arguments: unknown[] } } | undefined)?.command;
  assert.equal(command?.command, 'triangulate.compare');
  assert.deepEqual(command?.arguments, [uri, role.range.start]);
});
