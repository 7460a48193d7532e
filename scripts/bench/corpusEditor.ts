// The team corpus in the editor, measured: indexes the benchmark corpus (scripts/bench/corpus.ts) into
// a throwaway PostgreSQL with `triangulate index --db`, starts a language server on an empty folder
// with `triangulate.corpus.url` set, and while it connects, files the corpus and resolves entities,
// sends a cheap request every 5 ms: the slowest answer is how long the event loop was held.
// Prints the time to `ready`, the documents filed and the request latencies (max, p99).
// Usage: npm run bench:team-editor [-- --megabytes 5] [--profile <dir>]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CorpusDocumentRequest,
  CorpusPasswordNotification,
  type CorpusStatus,
  CorpusStatusNotification,
} from '../../server/src/protocol';
import { startServer } from '../../test/helpers/lspClient';
import { startPostgres } from '../../test/helpers/postgres';
import { benchCorpus } from './corpus';

const ROOT = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const MEGABYTES = Number(args.includes('--megabytes') ? args[args.indexOf('--megabytes') + 1] : 5);

async function main(): Promise<void> {
  const corpus = benchCorpus(join(ROOT, '.cache', 'bench'), MEGABYTES);
  const postgres = await startPostgres();
  const empty = mkdtempSync(join(tmpdir(), 'triangulate-bench-editor-'));
  try {
    const url = await postgres.createDatabase('bench');
    const indexing = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'index', corpus.dir, '--db', url], {
      stdio: 'ignore',
    });
    const indexSeconds = (performance.now() - indexing) / 1000;
    // --profile <dir>: the server writes a CPU profile there when it exits.
    const profile = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : '';
    const server = await startServer(
      pathToFileURL(empty).href,
      { corpus: { url: url.replace(':secret@', '@') } },
      {},
      profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    );
    const started = performance.now();
    let ready: (CorpusStatus & { at: number }) | null = null;
    let phase = 'starting';
    server.connection.onNotification(CorpusStatusNotification, (s: CorpusStatus) => {
      phase = s.state;
      if (s.state === 'ready' || s.state === 'unreachable') ready = { ...s, at: performance.now() };
    });
    const slowest = new Map<string, number>();
    void server.connection.sendNotification(CorpusPasswordNotification, { password: 'secret' });
    const latencies: number[] = [];
    // Until two seconds after ready: the entity resolution and refreshes that follow the load count too.
    while (!ready || performance.now() - (ready as { at: number }).at < 2_000) {
      const sent = performance.now();
      await server.connection.sendRequest(CorpusDocumentRequest, { uri: 'triangulate-corpus:/none.txt' });
      const ms = performance.now() - sent;
      latencies.push(ms);
      const during = phase === 'ready' ? 'after ready (resolution, refreshes)' : phase;
      slowest.set(during, Math.max(slowest.get(during) ?? 0, ms));
      await new Promise((r) => setTimeout(r, 5)); // the probe's pace, not a wait for a condition
      if (performance.now() - started > 600_000) throw new Error('no corpus status within 10 minutes');
    }
    await server.stop();
    const done = ready as unknown as CorpusStatus & { at: number };
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    console.log(
      [
        `corpus: ${corpus.files} files, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB; indexed in ${indexSeconds.toFixed(1)} s`,
        `editor: ${done.state} with ${done.documents} documents ${((done.at - started) / 1000).toFixed(2)} s after start (${done.message})`,
        `requests while connecting, filing and resolving: ${latencies.length}, median ${p(0.5).toFixed(1)} ms, p99 ${p(0.99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
        `slowest by phase: ${[...slowest].map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ')}`,
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      ].join('\n'),
    );
  } finally {
    await postgres.stop();
    rmSync(empty, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
