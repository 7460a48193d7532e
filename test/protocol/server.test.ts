import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  type MarkupContent,
  ReferencesRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import {
  DocumentMatchesRequest,
  EntityListRequest,
  EntityMentionsRequest,
  IgnoreEntityRequest,
  TOKEN_TYPES,
} from '../../server/src/protocol';
import { eventually, seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

let server: TestServer;
let workspace: ReturnType<typeof seedsCopy>;
const file = (prefix: string) => {
  const name = [
    '000_c30b4125e81dfd99.txt',
    '001_b7a5076657996546.txt',
    '002_cbbb4d80171aaed5.txt',
    '003_2a34e0967e57bb20.txt',
    '004_fc7cc2ef9e895868.txt',
  ].find((n) => n.startsWith(prefix))!;
  const path = join(workspace.dir, name);
  const text = readFileSync(path, 'utf8');
  return { uri: pathToFileURL(path).href, text, lines: new LineIndex(text) };
};
const positionOf = (f: ReturnType<typeof file>, needle: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = f.text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `“${needle}” not in file`);
  return f.lines.positionAt(at + 1);
};

before(async () => {
  workspace = seedsCopy();
  server = await startServer(workspace.uri);
  const ready = await server.status((s) => s.state === 'ready' && s.documents === 5);
  assert.ok(ready.entities > 40, `entities: ${ready.entities}`);
});

after(async () => {
  await server?.stop();
  workspace?.cleanup();
});

test('indexes the whole workspace without opening anything, and reports counts', async () => {
  const status = await server.status((s) => s.state === 'ready');
  assert.equal(status.documents, 5);
  assert.deepEqual(status.skipped, []);
});

/** The document's semantic tokens, decoded to their text and type. */
async function decodedTokens(f: ReturnType<typeof file>) {
  const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, {
    textDocument: { uri: f.uri },
  });
  assert.ok(tokens, 'the server answers with tokens');
  let line = 0;
  let char = 0;
  const decoded: Array<{ text: string; type: string; line: number }> = [];
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, len, type] = tokens.data.slice(i, i + 4) as [number, number, number, number];
    line += dl;
    char = dl === 0 ? char + dc : dc;
    const start = f.lines.offsetAt({ line, character: char });
    decoded.push({ text: f.text.slice(start, start + len), type: TOKEN_TYPES[type]!, line });
  }
  return decoded;
}

test('semantic tokens colour entities by type in a document that was never opened', async () => {
  const f = file('004');
  const decoded = await decodedTokens(f);
  assert.ok(decoded.length > 40, `tokens: ${decoded.length}`);
  assert.ok(decoded.some((t) => t.text === 'Netanyahu' && t.type === 'person'));
  assert.ok(decoded.some((t) => t.text === 'Washington' && t.type === 'place'));
  assert.ok(decoded.some((t) => t.text === 'F-15EX aircraft' && t.type === 'equipment'));
  assert.ok(!decoded.some((t) => t.text === 'close'), 'page furniture is not highlighted');
});

test('headlines and subheadings are heading tokens around their entities; page furniture is not', async () => {
  const f = file('001');
  const decoded = await decodedTokens(f);
  const onLine = (text: string) => {
    const line = f.text.split('\n').findIndex((l) => l.startsWith(text));
    assert.ok(line >= 0, `001 has a line “${text}”`);
    return decoded.filter((t) => t.line === line);
  };
  const headline = onLine('Biden Administration Considers Pausing');
  assert.ok(
    headline.some((t) => t.type === 'heading' && t.text.includes('Considers Pausing')),
    'the headline',
  );
  assert.ok(
    headline.some((t) => t.type === 'place' && t.text === 'Israel'),
    'its entities keep their type',
  );
  assert.ok(
    onLine('Biden’s Commitment to Diplomacy').some((t) => t.type === 'heading'),
    'a subheading',
  );
  assert.deepEqual(onLine('Comment via Facebook'), [], 'page furniture has no token');
});

test('hover on an entity shows its canonical name, aliases and sources, escaped', async () => {
  const f = file('004');
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: f.uri },
    position: positionOf(f, 'Netanyahu'),
  });
  const value = (hover?.contents as MarkupContent).value;
  assert.match(value, /\*\*Benjamin Netanyahu\*\* — \*person\*/);
  assert.match(value, /mentions in 4 of 5 sources/);
  assert.match(value, /002_cbbb4d80171aaed5\.txt|Gaza Ceasefire/);
  const links = [...value.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
  assert.ok(links.length >= 4 && links.every((l) => l.startsWith('file://')), 'links are file URIs only');
});

test('Find All References returns mentions in every source; Go to Definition the earliest', async () => {
  const f = file('003');
  const position = positionOf(f, 'Netanyahu');
  const refs = await server.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri: f.uri },
    position,
    context: { includeDeclaration: true },
  });
  assert.ok(refs && new Set(refs.map((r) => r.uri)).size >= 4);
  const def = await server.connection.sendRequest(DefinitionRequest.type, {
    textDocument: { uri: f.uri },
    position,
  });
  const location = Array.isArray(def) ? def[0] : def;
  // Only 002 has a publication date, so it is the earliest known source.
  assert.match(String(location && 'uri' in location ? location.uri : ''), /002_/);
});

test('workspace symbols count mentions in the right number (“1 mention”, not “1 mentions”)', async () => {
  const symbols = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) ?? [];
  const details = symbols.map((s) => s.containerName ?? '');
  assert.ok(
    details.some((d) => / · 1 mention$/.test(d)),
    'an entity named once',
  );
  assert.ok(
    details.some((d) => / · \d+ mentions$/.test(d)),
    'an entity named more than once',
  );
  assert.deepEqual(
    details.filter((d) => / · 1 mentions$/.test(d)),
    [],
  );
});

test('workspace symbols find entities by fuzzy name; the outline lists sections and entities', async () => {
  const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'netanyahu' });
  assert.ok(symbols?.some((s) => s.name === 'Benjamin Netanyahu'));
  const f = file('000');
  const outline = (await server.connection.sendRequest(DocumentSymbolRequest.type, {
    textDocument: { uri: f.uri },
  })) as DocumentSymbol[];
  assert.equal(
    outline[0]?.name,
    'Exploring Diplomatic Leverage: Leveraging Arms Sales to Influence Israel’s Military Actions in Gaza',
  );
  const sections = outline[0]?.children?.filter((c) => c.detail === '').map((c) => c.name);
  assert.ok(sections?.includes('Leveraging Specific Weaponry'));
  const weaponry = outline[0]?.children?.find((c) => c.name === 'Leveraging Specific Weaponry');
  assert.ok(weaponry?.children?.some((c) => c.name === 'joint direct attack munitions'));
});

test('an edit re-analyses the document before the next answer, without saving', async () => {
  const f = file('003');
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: f.uri, languageId: 'plaintext', version: 1, text: f.text },
  });
  const added = '\nFinance Minister Bezalel Smotrich visited Cairo.';
  const end = f.lines.positionAt(f.text.length);
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: f.uri, version: 2 },
    contentChanges: [{ range: { start: end, end }, text: added }],
  });
  const smotrichLine = end.line + 1;
  const hover = await eventually(async () => {
    const h = await server.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: f.uri },
      position: { line: smotrichLine, character: 'Finance Minister Bez'.length },
    });
    return h ?? undefined;
  });
  assert.match((hover.contents as MarkupContent).value, /Bezalel Smotrich/);
  assert.match((hover.contents as MarkupContent).value, /in 2 of 5 sources/);
});

test('code actions offer ignore and merge; ignoring writes the corrections file and drops the entity', async () => {
  const f = file('003');
  const position = positionOf(f, 'Daily Mail');
  const actions = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: f.uri },
    range: { start: position, end: position },
    context: { diagnostics: [] },
  });
  const titles = (actions ?? []).map((a) => a.title);
  assert.ok(titles.some((t) => t.startsWith('Triangulate: Ignore “Daily Mail”')));
  assert.ok(titles.some((t) => t.startsWith('Triangulate: Merge “Daily Mail” with')));
  const entities = await server.connection.sendRequest(EntityListRequest);
  const dailyMail = entities.find((e) => e.name === 'Daily Mail')!;
  const result = await server.connection.sendRequest(IgnoreEntityRequest, { entityId: dailyMail.id });
  assert.ok(result.ok, result.message);
  const saved = JSON.parse(readFileSync(join(workspace.dir, '.triangulate', 'entities.json'), 'utf8'));
  assert.deepEqual(saved.ignore, ['Daily Mail']);
  const after = await server.connection.sendRequest(EntityListRequest);
  assert.ok(!after.some((e) => e.name === 'Daily Mail'));
  const articleAfter = readFileSync(new URL(f.uri), 'utf8');
  assert.equal(articleAfter, f.text, 'the article itself is never modified');
});

test('hover on a sentence shows its claim and the other sources that report it, linked to the line', async () => {
  const f = file('003');
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: f.uri },
    position: positionOf(f, 'batch of heavy bombs'),
  });
  const value = (hover?.contents as MarkupContent).value;
  assert.match(value, /\*\*Claim:\*\* .*withhold → a batch of heavy bombs/);
  assert.match(value, /\*\*Also reported by\*\*/);
  const other = file('004');
  const line = other.lines.positionAt(other.text.indexOf('Netanyahu was referring')).line + 1;
  assert.ok(value.includes(`004_fc7cc2ef9e895868.txt#L${line})`), 'links to the exact line of 004');
  assert.match(value, /same-event · 0\.\d\d/);
  assert.match(value, /withholding a shipment of large bombs/);
});

test('the sidebar request lists the sentences of a document that other sources report', async () => {
  const f = file('000');
  const result = await server.connection.sendRequest(DocumentMatchesRequest, { uri: f.uri });
  assert.equal(result.state, 'ok');
  assert.ok(result.sentences.length >= 10, `sentences: ${result.sentences.length}`);
  const lines = result.sentences.map((s) => s.range.start.line);
  assert.deepEqual(
    lines,
    [...lines].sort((a, b) => a - b),
    'in document order',
  );
  const pentagon = result.sentences.find((s) => s.text.startsWith('The Pentagon, acting on directives'));
  const match = pentagon?.matches[0];
  assert.ok(match?.uri.endsWith('001_b7a5076657996546.txt'));
  assert.ok(match);
  const other = file('001');
  const start = other.lines.offsetAt(match.range.start);
  assert.ok(
    other.text.slice(start).startsWith('At the behest of the White House'),
    'the range selects the other sentence',
  );
});

test('the entity mentions request groups every mention by source', async () => {
  const entities = await server.connection.sendRequest(EntityListRequest);
  const netanyahu = entities.find((e) => e.name === 'Benjamin Netanyahu')!;
  const result = await server.connection.sendRequest(EntityMentionsRequest, { entityId: netanyahu.id });
  assert.ok(result);
  assert.equal(result.sources.length, 4);
  assert.equal(
    result.sources.reduce((n, s) => n + s.mentions.length, 0),
    netanyahu.mentions,
  );
  assert.match(
    result.sources[0]!.source,
    /^Archyworldys, 2024-06-24$/,
    'the dated source comes first, by outlet and date',
  );
});
