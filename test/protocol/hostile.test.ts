import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  HoverRequest,
  type MarkupContent,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { writeHostileCorpus } from '../../scripts/hostile-corpus';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { DocumentMatchesRequest, type IndexStatus } from '../../server/src/protocol';
import { startServer, type TestServer } from '../helpers/lspClient';

const run = promisify(execFile);
const ESC = String.fromCharCode(0x1b);
const RLO = String.fromCharCode(0x202e);
const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'triangulate-hostile-'));
const uri = (name: string) => pathToFileURL(join(dir, name)).href;
let server: TestServer;
let status: IndexStatus;

before(async () => {
  writeHostileCorpus(dir);
  server = await startServer(pathToFileURL(dir).href);
  status = await server.status((s) => s.state === 'ready', 120_000);
});

after(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('hostile corpus: binaries and oversized files are skipped, long ones truncated, each with a reason', () => {
  const skipped = new Map(status.skipped.map((s) => [s.path, s.reason]));
  assert.match(skipped.get('binary-pdf.txt') ?? '', /binary file/);
  assert.match(
    skipped.get('single-line-20mb.txt') ?? '',
    /over the 5\.0 MB limit \(triangulate\.maxFileSizeKB\)/,
  );
  const truncated = new Map(status.truncated.map((t) => [t.path, t.reason]));
  assert.match(
    truncated.get('many-sentences.txt') ?? '',
    /only the first 2,000,000 of .* characters were analysed/,
  );
  assert.ok(status.documents >= 14, `documents: ${status.documents}`);
  assert.ok(!status.skipped.some((s) => s.path.startsWith('loop/')), 'the symlink loop is not followed');
});

test('hostile corpus: the reason is also a notice at the top of the file', async () => {
  const notice = async (name: string) => {
    const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: uri(name) },
    })) as FullDocumentDiagnosticReport;
    return report.items.find((d) => d.code === 'file');
  };
  assert.match(
    String((await notice('single-line-20mb.txt'))?.message),
    /did not analyse this file: skipped: 20\.2 MB is over/,
  );
  assert.match(String((await notice('many-sentences.txt'))?.message), /analysed this file in part/);
  assert.match(String((await notice('invalid-utf8.txt'))?.message), /invalid UTF-8/);
  assert.equal(await notice('utf16-bom.txt'), undefined, 'a clean file gets no notice');
});

test('hostile corpus: every semantic token lies inside its file, on the right characters', async () => {
  for (const name of [
    'emoji-astral.txt',
    'line-endings.txt',
    'non-latin.txt',
    'character-references.html',
    'nested.html',
    'utf16-bom.txt',
    'hostile.md',
    'long-sentence.txt',
  ]) {
    const text = readFileSync(join(dir, name), name === 'utf16-bom.txt' ? 'utf16le' : 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const lines = new LineIndex(text);
    const tokens = await server.connection.sendRequest(SemanticTokensRequest.type, {
      textDocument: { uri: uri(name) },
    });
    assert.ok(tokens, name);
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, len] = tokens.data.slice(i, i + 3) as [number, number, number];
      line += dl;
      char = dl === 0 ? char + dc : dc;
      const start = lines.offsetAt({ line, character: char });
      const slice = text.slice(start, start + len);
      assert.equal(slice.length, len, `${name}: token ${line}:${char} runs past the end of its line`);
      assert.ok(
        !/^[\s\uFFFD]|[\uD800-\uDBFF]$/.test(slice),
        `${name}: token “${slice}” starts with space or splits a surrogate pair`,
      );
    }
  }
});

test('untrusted text renders inert: no links, HTML or control characters from the article', async () => {
  const text = readFileSync(join(dir, 'hostile.md'), 'utf8');
  const at = new LineIndex(text).positionAt(text.indexOf('Biden') + 1);
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uri('hostile.md') },
    position: at,
  });
  const value = (hover?.contents as MarkupContent).value;
  assert.doesNotMatch(value, /\]\(command:|\]\(javascript:|<script|<img/);
  assert.ok(!value.includes(ESC) && !value.includes(RLO), 'no escape sequence or bidi override');
  const sentence = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uri('hostile.md') },
    position: new LineIndex(text).positionAt(text.indexOf('red alert')),
  });
  const claim = (sentence?.contents as MarkupContent | undefined)?.value ?? '';
  assert.doesNotMatch(claim, /<script/);
  assert.ok(!claim.includes(ESC) && !claim.includes(RLO), 'no escape sequence or bidi override');
  assert.ok(claim.length < 4000, `hover stays bounded (${claim.length} chars)`);
  const links = [...`${value}\n${claim}`.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!);
  assert.ok(
    links.every((l) => l.startsWith('file://')),
    `only our own file links: ${links.join(' ')}`,
  );
});

test('a request with malformed parameters fails alone; the server keeps answering', async () => {
  const result = await server.connection.sendRequest(DocumentMatchesRequest, { uri: 5 as unknown as string });
  assert.deepEqual(result.sentences, []);
  const text = readFileSync(join(dir, 'emoji-astral.txt'), 'utf8');
  const hover = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uri('emoji-astral.txt') },
    position: new LineIndex(text).positionAt(text.indexOf('Olaf') + 1),
  });
  assert.match((hover?.contents as MarkupContent).value, /Olaf Scholz/);
  assert.doesNotMatch(server.stderr(), /Error|exception/i);
});

test('CLI on the hostile corpus: every reported range holds exactly its text', async () => {
  const { stdout, stderr } = await run(process.execPath, [CLI, 'analyze', dir, '--json'], {
    maxBuffer: 512 * 1024 * 1024,
  });
  assert.match(stderr, /binary-pdf\.txt: skipped: binary file/);
  assert.match(stderr, /entities\.json: not valid JSON/);
  const report = JSON.parse(stdout);
  const texts = new Map<string, string>();
  const textOf = (path: string) => {
    if (!texts.has(path)) {
      const raw = readFileSync(join(dir, path));
      texts.set(
        path,
        raw[0] === 0xff ? raw.toString('utf16le').replace(/^\uFEFF/, '') : new TextDecoder().decode(raw),
      );
    }
    return texts.get(path)!;
  };
  let checked = 0;
  for (const e of report.entities) {
    for (const m of e.mentions) {
      assert.equal(textOf(m.path).slice(m.start, m.end), m.text, `${e.id} in ${m.path}`);
      checked++;
    }
  }
  for (const c of report.claims) assert.equal(textOf(c.path).slice(c.start, c.end), c.text);
  assert.ok(checked > 10_000, `mentions checked: ${checked}`);
});
