import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  InitializeRequest,
  type ProtocolConnection,
  RegistrationRequest,
  SemanticTokensRefreshRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { type IndexStatus, StatusNotification } from '../../server/src/protocol';
import { SEEDS_DIR } from './seeds';

export const SERVER_BUNDLE = join(__dirname, '..', '..', 'dist', 'server.js');

/** A copy of the seeds in a temporary folder, so tests may write corrections into it. */
export function seedsCopy(): { dir: string; uri: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-test-'));
  cpSync(SEEDS_DIR, dir, { recursive: true });
  return { dir, uri: pathToFileURL(dir).href, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  /**
   * Resolves with the first status that satisfies `predicate` (the latest one is checked first,
   * unless `onlyNew`: then only statuses that arrive from now on count).
   */
  status(predicate: (s: IndexStatus) => boolean, timeoutMs?: number, onlyNew?: boolean): Promise<IndexStatus>;
  stderr(): string;
  stop(): Promise<void>;
}

/** Spawns the bundled server over stdio and initialises it on `folder`, like VS Code would. */
export async function startServer(
  folderUri: string,
  settings: Record<string, unknown> = {},
  initializationOptions: Record<string, unknown> = {},
  nodeArgs: string[] = [],
): Promise<TestServer> {
  const child = spawn(process.execPath, [...nodeArgs, SERVER_BUNDLE, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += String(d);
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const statuses: IndexStatus[] = [];
  const waiters: Array<{ predicate: (s: IndexStatus) => boolean; resolve: (s: IndexStatus) => void }> = [];
  connection.onNotification(StatusNotification, (s) => {
    statuses.push(s);
    for (const w of [...waiters]) {
      if (w.predicate(s)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(s);
      }
    }
  });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => settings));
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onRequest(SemanticTokensRefreshRequest.type, () => undefined);
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('$/progress', () => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: 'seeds' }],
    initializationOptions,
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true, semanticTokens: { refreshSupport: true }, workspaceFolders: true },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    status(predicate, timeoutMs = 20_000, onlyNew = false) {
      const last = statuses[statuses.length - 1];
      if (!onlyNew && last && predicate(last)) return Promise.resolve(last);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no matching status within ${timeoutMs} ms; last: ${JSON.stringify(statuses.at(-1))}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({
          predicate,
          resolve: (s) => {
            clearTimeout(timer);
            resolve(s);
          },
        });
      });
    },
    stderr: () => stderr,
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      // A server exits by itself after `exit` (and only then writes a --cpu-prof profile); killed if it lingers.
      await exited(child, 2_000);
      connection.dispose();
      child.kill();
    },
  };
}

/** Resolves when the process has exited, or after `ms` at most. */
function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Polls `check` until it returns a value (not undefined) or the timeout passes. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 20)); // poll interval, not a sleep: the loop ends on the condition
  }
}
