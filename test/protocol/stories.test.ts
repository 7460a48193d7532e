// The Story request against the real bundled server: the seeds are one story, two articles of an
// unrelated story another, and each lists only its own other sources, navigable, earliest first.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { DocumentStoryRequest } from '../../server/src/protocol';
import { seedsCopy, startServer, type TestServer } from '../helpers/lspClient';

const STRIKE_A = `---
title: "Lisbon airport strike grounds TAP Air Portugal flights"
publisher: Harbour Gazette
date: 2031-03-02
---

Baggage handlers at Lisbon's Humberto Delgado airport walked out on Monday, grounding 140 TAP Air Portugal flights.
The union leader Rosa Calado said the strike by the Sindicato dos Trabalhadores da Aviação would last three days.
TAP Air Portugal chief executive Duarte Pinheiro called the walkout unlawful and asked the labour ministry to mediate.
`;
const STRIKE_B = `---
title: "TAP Air Portugal strike: Humberto Delgado airport handlers stay out"
publisher: Tagus Daily
date: 2031-03-03
---

The strike of baggage handlers at Humberto Delgado airport in Lisbon entered its second day on Tuesday.
Rosa Calado, who leads the Sindicato dos Trabalhadores da Aviação, rejected the mediation Duarte Pinheiro had asked for.
More than 150 TAP Air Portugal flights were cancelled, the airline said.
`;

let server: TestServer;
let workspace: ReturnType<typeof seedsCopy>;
const uriOf = (name: string) => pathToFileURL(join(workspace.dir, name)).href;

before(async () => {
  workspace = seedsCopy();
  writeFileSync(join(workspace.dir, 'strike-a.md'), STRIKE_A);
  writeFileSync(join(workspace.dir, 'strike-b.md'), STRIKE_B);
  server = await startServer(workspace.uri);
  await server.status((s) => s.state === 'ready' && s.documents === 7);
});

after(async () => {
  await server?.stop();
  workspace?.cleanup();
});

test('a seed’s story names the other four seeds, earliest first, each opening at its first sentence', async () => {
  const result = await server.connection.sendRequest(DocumentStoryRequest, {
    uri: uriOf('000_c30b4125e81dfd99.txt'),
  });
  assert.equal(result.state, 'ok');
  assert.ok(result.story);
  assert.match(result.story.label, /Israel|Gaza/);
  const names = result.story.sources.map((s) => s.uri.slice(s.uri.lastIndexOf('/') + 1));
  assert.deepEqual([...names].sort(), [
    '001_b7a5076657996546.txt',
    '002_cbbb4d80171aaed5.txt',
    '003_2a34e0967e57bb20.txt',
    '004_fc7cc2ef9e895868.txt',
  ]);
  const dates = result.story.sources.map((s) => s.published ?? '9999');
  assert.deepEqual(dates, [...dates].sort(), 'earliest published first');
  for (const s of result.story.sources) {
    assert.ok(s.source.length > 0 && s.source.length <= 60, s.source);
    const text = readFileSync(new URL(s.uri), 'utf8');
    const at = new LineIndex(text).offsetAt(s.range.start);
    assert.ok(text.slice(at).trim().length > 0 && /\S/.test(text[at] ?? ''), `${s.uri} opens at a sentence`);
  }
});

test('an unrelated story lists only its own other source, named by outlet and date', async () => {
  const result = await server.connection.sendRequest(DocumentStoryRequest, { uri: uriOf('strike-a.md') });
  assert.equal(result.state, 'ok');
  assert.deepEqual(
    result.story?.sources.map((s) => s.source),
    ['Tagus Daily, 2031-03-03'],
  );
  assert.match(result.story!.label, /TAP Air Portugal|Humberto Delgado|Rosa Calado/);
  const seed = await server.connection.sendRequest(DocumentStoryRequest, {
    uri: uriOf('001_b7a5076657996546.txt'),
  });
  assert.ok(!seed.story?.sources.some((s) => s.uri.includes('strike')), 'the seeds’ story is their own');
});

test('a file that is not an article says so', async () => {
  const result = await server.connection.sendRequest(DocumentStoryRequest, { uri: uriOf('notes.pdf') });
  assert.equal(result.state, 'notArticle');
  assert.equal(result.story, null);
});
