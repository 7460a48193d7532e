import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DefinitionRequest,
  type Diagnostic,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  type FullDocumentDiagnosticReport,
  HoverRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import {
  CheckClaimRequest,
  CheckWorkspaceRequest,
  DocumentMatchesRequest,
  EntityListRequest,
  EntityMentionsRequest,
  ReindexRequest,
} from '../../server/src/protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const c = (code: number) => String.fromCodePoint(code);
const [RLO, BEL, ESC, ALM, ZWSP, LSEP] = [0x202e, 0x7, 0x1b, 0x61c, 0x200b, 0x2028].map(c);
const ZALGO = `e${c(0x301).repeat(10_000)}`;
/** What must never reach the analyst's screen from article text. */
// Escapes in a string, so no control character sits in the source.
const FORBIDDEN =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff]';
const UNPRINTABLE = new RegExp(`${FORBIDDEN}|\\p{M}{5}`, 'u');
/** Identifiers sent back to the server as they are (not display text). */
const IDENTIFIERS = new Set(['uri', 'targetUri', 'id', 'entityId', 'key', 'data', 'command', 'arguments']);

const dir = mkdtempSync(join(tmpdir(), 'triangulate-printable-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const A = [
  `# Council${RLO} report${BEL} from Lisbon${ESC}[31m${ALM}${ZWSP}${LSEP} by Maria Lopez and Z${ZALGO}lda`,
  '',
  `According to Maria${RLO} Lopez${BEL}, the council${ESC}[31m may${LSEP} have${ZWSP} approved 300 new${ALM} homes in Lisbon on Monday.`,
  '',
  `## ${ZWSP}${ZWSP}`,
  '',
  `Carlos Mendes${ESC}[31m said the council approved 300 homes in Lisbon on Monday${BEL}.`,
  '',
].join('\n');
const B = [
  'According to Maria Lopez, the council has not approved 300 new homes in Lisbon on Monday.',
  'Carlos Mendes said the council approved 400 homes in Lisbon on Monday.',
  '',
].join('\n');
let server: TestServer;

before(async () => {
  writeFileSync(join(dir, 'a.md'), A);
  writeFileSync(join(dir, 'b.txt'), B);
  writeFileSync(
    join(dir, `skip${RLO}txt.exe${BEL}.txt`),
    Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3]),
  );
  server = await startServer(pathToFileURL(dir).href);
  await server.status((s) => s.state === 'ready' && s.documents === 2, 60_000);
});
after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Every display string in a response, with where it was found. */
function strings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (IDENTIFIERS.has(k) ? [] : strings(v, `${path}.${k}`)));
}

test('every request that returns text returns it printable (no controls, bidi, invisibles or Zalgo)', async () => {
  const send = server.connection.sendRequest.bind(server.connection);
  const responses: Record<string, unknown> = {};
  const lines = new LineIndex(A);
  const doc = (name: string) => ({ textDocument: { uri: uriOf(name) } });
  for (const word of [
    'Council',
    'Maria',
    'Lopez',
    'council',
    'approved',
    '300',
    'Lisbon',
    'Monday',
    'Carlos',
    'Z',
  ]) {
    const params = { ...doc('a.md'), position: lines.positionAt(A.indexOf(word) + 1) };
    responses[`hover ${word}`] = await send(HoverRequest.type, params);
    responses[`definition ${word}`] = await send(DefinitionRequest.type, params);
    responses[`references ${word}`] = await send(ReferencesRequest.type, {
      ...params,
      context: { includeDeclaration: true },
    });
  }
  responses.symbols = await send(DocumentSymbolRequest.type, doc('a.md'));
  responses.workspaceSymbols = await send(WorkspaceSymbolRequest.type, { query: '' });
  const entities = await send(EntityListRequest);
  responses.entities = entities;
  for (const e of entities)
    responses[`mentions ${e.id}`] = await send(EntityMentionsRequest, { entityId: e.id });
  for (const name of ['a.md', 'b.txt']) {
    responses[`matches ${name}`] = await send(DocumentMatchesRequest, { uri: uriOf(name) });
    const report = (await send(DocumentDiagnosticRequest.type, doc(name))) as FullDocumentDiagnosticReport;
    responses[`diagnostics ${name}`] = report;
    responses[`actions ${name}`] = await send(CodeActionRequest.type, {
      ...doc(name),
      range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } },
      context: { diagnostics: report.items as Diagnostic[] },
    });
  }
  responses.check = await send(CheckWorkspaceRequest, { openUris: [] });
  responses.claim = await send(CheckClaimRequest, {
    claim: `The council${RLO} approved 300 new homes${BEL} in Lisbon on Monday.`,
  });
  responses.reindex = await send(ReindexRequest);
  responses.status = await server.status((s) => s.state === 'ready');

  const all = strings(responses);
  const bad = all
    .filter(([, s]) => UNPRINTABLE.test(s))
    .map(([p, s]) => `${p}: ${JSON.stringify(s.slice(0, 80))}`);
  assert.deepEqual(bad, []);
  // The hostile text did reach these answers (cleaned), so the check above is not vacuous.
  assert.ok(
    all.some(([p, s]) => p.startsWith('$.symbols') && /Council\s+report\s+from\s+Lisbon/.test(s)),
    'heading in the outline',
  );
  assert.ok(
    all.some(
      ([p, s]) =>
        p.startsWith('$.claim.sources') && /Carlos Mendes\s*\[31m said the council approved/.test(s),
    ),
    'a passage in the claim check',
  );
  assert.ok(
    all.some(([p, s]) => p.startsWith('$.status') && s.startsWith('skip txt.exe')),
    'skipped file named',
  );
  assert.ok(
    all.some(([p, s]) => p.startsWith('$.symbols') && s === '(untitled section)'),
    'a heading of invisible characters keeps a name',
  );
  assert.ok(
    all.some(([p]) => p.startsWith('$.matches a.md.sentences')),
    'the matches view has sentences',
  );
});
