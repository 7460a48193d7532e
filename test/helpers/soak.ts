import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type FullDocumentDiagnosticReport,
  HoverRequest,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/lsp/lineIndex';
import { startServer, type TestServer } from './lspClient';
import { seedFiles } from './seeds';

export interface SoakOptions {
  documents: number;
  requests: number;
  /** Documents opened and edited in "editors". */
  open: number;
  log?: (line: string) => void;
}

export interface SoakResult {
  failures: number;
  /** Server RSS in MB, sampled every `requests / 20` requests. */
  rss: number[];
  /** Diagnostics of the edited documents at the end, from the soaked server and from a fresh one. */
  final: string[];
  fresh: string[];
  seconds: number;
}

/** The server's heap limit in the soak, in MB: about twice what it keeps for the soak's workspace. */
const soakHeap = (documents: number) => [
  `--max-old-space-size=${Math.max(256, Math.ceil(documents * 1.28))}`,
];

/** Articles made from the seeds: sentences shuffled and figures changed, so they are not copies. */
export function writeSoakCorpus(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sentences = seedFiles()
    .filter((f) => !f.name.startsWith('002'))
    .flatMap((f) => f.text.split(/(?<=\.)\s+/).filter((s) => s.length > 40 && !s.includes('<')));
  let x = 12345;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  for (let i = 0; i < count; i++) {
    const picked = Array.from({ length: 12 }, () => sentences[Math.floor(next() * sentences.length)]!);
    const text = picked
      .map((s) => s.replace(/\d[\d,]*/g, (n) => String(Number(n.replace(/,/g, '')) + Math.floor(next() * 3))))
      .join('\n');
    writeFileSync(join(dir, `article-${String(i).padStart(5, '0')}.txt`), `Report ${i}\n\n${text}\n`);
  }
}

/** A field of /proc/<pid>/status in MB (Linux); 0 elsewhere. */
export function procStatusMB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** Diagnostics described for comparison: kind, range and message, sorted. */
export const describeDiagnostics = (items: FullDocumentDiagnosticReport['items']): string[] =>
  items
    .map(
      (d) =>
        `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`,
    )
    .sort();

/** The diagnostics a server gives the documents, described for comparison. */
async function diagnosticsOf(
  server: TestServer,
  docs: Array<{ uri: string; name: string }>,
): Promise<string[]> {
  const out: string[] = [];
  for (const d of docs) {
    const report = (await server.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: d.uri },
    })) as FullDocumentDiagnosticReport;
    out.push(...describeDiagnostics(report.items).map((s) => `${d.name} ${s}`));
  }
  return out;
}

/**
 * Hover, semantic-token and diagnostic requests interleaved with edits on a generated workspace,
 * through the real server: counts failed requests, samples the server's RSS, and compares the final
 * diagnostics of the edited documents with those of a fresh server on the same texts.
 */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const dir = join(tmpdir(), `triangulate-soak-${process.pid}`);
  writeSoakCorpus(dir, options.documents);
  const started = Date.now();
  // A bounded heap makes V8 collect garbage instead of growing into free RAM, so the RSS curve
  // shows what the server keeps; a leak then fails the run (out of memory) instead of hiding.
  const server = await startServer(pathToFileURL(dir).href, {}, {}, soakHeap(options.documents));
  await server.status((s) => s.state === 'ready' && s.documents === options.documents, 600_000);
  const docs = Array.from({ length: options.open }, (_, i) => {
    const name = `article-${String(i * Math.floor(options.documents / options.open)).padStart(5, '0')}.txt`;
    return {
      uri: pathToFileURL(join(dir, name)).href,
      name,
      text: readFileSync(join(dir, name), 'utf8'),
      version: 1,
    };
  });
  for (const d of docs) {
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: d.uri, languageId: 'plaintext', version: 1, text: d.text },
    });
  }
  const result: SoakResult = { failures: 0, rss: [], final: [], fresh: [], seconds: 0 };
  let x = 7;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const every = Math.max(1, Math.floor(options.requests / 20));
  for (let i = 0; i < options.requests; i++) {
    const d = docs[Math.floor(next() * docs.length)]!;
    const lines = new LineIndex(d.text);
    const position = lines.positionAt(Math.floor(next() * d.text.length));
    try {
      const r = next();
      if (r < 0.15) {
        // An edit: insert or delete one character, as typing does.
        const offset = Math.floor(next() * d.text.length);
        const insert = next() < 0.6;
        const range = insert
          ? { start: lines.positionAt(offset), end: lines.positionAt(offset) }
          : { start: lines.positionAt(offset), end: lines.positionAt(Math.min(d.text.length, offset + 1)) };
        d.text = insert
          ? `${d.text.slice(0, offset)}x${d.text.slice(offset)}`
          : `${d.text.slice(0, offset)}${d.text.slice(offset + 1)}`;
        await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri: d.uri, version: ++d.version },
          contentChanges: [{ range, text: insert ? 'x' : '' }],
        });
      } else if (r < 0.55)
        await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: d.uri }, position });
      else if (r < 0.8)
        await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: d.uri } });
      else
        await server.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: d.uri } });
    } catch (e) {
      result.failures++;
      options.log?.(`request ${i} failed: ${(e as Error).message}`);
    }
    if (i % every === 0) result.rss.push(procStatusMB(server.process.pid!, 'VmRSS'));
  }
  // One last keystroke, then wait for the workspace-wide update that follows a pause in typing.
  const last = docs[0]!;
  const unsettled = server.status((s) => !s.settled, 30_000, true);
  const settled = unsettled.then(() => server.status((s) => s.settled, 60_000, true));
  last.text = `${last.text}x`;
  const end = new LineIndex(last.text).positionAt(last.text.length - 1);
  await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: last.uri, version: ++last.version },
    contentChanges: [{ range: { start: end, end }, text: 'x' }],
  });
  await settled;
  result.final = await diagnosticsOf(server, docs);
  await server.stop();
  // A fresh server on the same final texts must say exactly the same.
  for (const d of docs) writeFileSync(join(dir, d.name), d.text);
  const fresh = await startServer(pathToFileURL(dir).href);
  await fresh.status((s) => s.state === 'ready' && s.documents === options.documents, 600_000);
  result.fresh = await diagnosticsOf(fresh, docs);
  await fresh.stop();
  rmSync(dir, { recursive: true, force: true });
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
