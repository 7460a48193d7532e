import { join } from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import { seedsCopy, startServer, type TestServer } from './lspClient';

/** A test file's real server on a fresh copy of the seeds, ready before its first test. */
export interface SeedsServer {
  server: TestServer;
  dir: string;
  uriOf(name: string): string;
}

export function seedsServerSuite(): SeedsServer {
  let workspace: ReturnType<typeof seedsCopy> | undefined;
  const suite = {
    server: undefined as unknown as TestServer,
    dir: '',
    uriOf: (name: string) => pathToFileURL(join(suite.dir, name)).href,
  };
  before(async () => {
    workspace = seedsCopy();
    suite.dir = workspace.dir;
    suite.server = await startServer(workspace.uri);
    await suite.server.status((s) => s.state === 'ready' && s.documents === 5);
  });
  after(async () => {
    await suite.server?.stop();
    workspace?.cleanup();
  });
  return suite;
}
