// A throwaway PostgreSQL server for tests: a fresh cluster (initdb) in a temporary folder, started
// with pg_ctl on a free loopback port, its unix socket in the same folder, stopped and removed after.
// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user.
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { postgresBin } from '../../scripts/e2e/debianPackages.mjs';

const run = promisify(execFile);

export interface TestPostgres {
  /** postgres://… of the server's superuser (`postgres`, password `secret`) on its `postgres` database. */
  url: string;
  port: number;
  /** The server's main process (its backends are its children): what a benchmark measures. */
  postmasterPid(): number;
  /** A new, empty database on this server; its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once and removes its folder; safe to call twice. */
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL program as the cluster's owner (`postgres` when this process is root). */
async function asOwner(bin: string, program: string, args: string[]): Promise<void> {
  const file = join(bin, program);
  const isRoot = userInfo().uid === 0;
  await run(isRoot ? 'runuser' : file, isRoot ? ['-u', 'postgres', '--', file, ...args] : args, {
    timeout: 60_000,
  });
}

/** Starts a fresh PostgreSQL; throws with the install command when the package is missing. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: run `node scripts/e2e/debianPackages.mjs` as root');
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-pg-'));
  const data = join(dir, 'data');
  const password = join(dir, 'password');
  writeFileSync(password, 'secret\n');
  if (userInfo().uid === 0) {
    const { uid, gid } = await postgresUser();
    chownSync(dir, uid, gid);
    chownSync(password, uid, gid);
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  let started = false;
  const stop = async (): Promise<void> => {
    if (started) await asOwner(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'immediate']).catch(() => undefined);
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await asOwner(bin, 'initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      `--pwfile=${password}`,
      '--auth=scram-sha-256',
      '--no-sync',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    // -w waits until the server accepts connections (pg_ctl polls it), with -t as the deadline.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    started = true;
    await asOwner(bin, 'pg_ctl', [
      'start',
      '-D',
      data,
      '-w',
      '-t',
      '30',
      '-l',
      join(dir, 'log'),
      '-o',
      options,
    ]);
  } catch (e) {
    await stop();
    throw e;
  }
  const url = `postgres://postgres:secret@127.0.0.1:${port}/postgres`;
  const createDatabase = async (name: string): Promise<string> => {
    const client = new pg.Client(url);
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    } finally {
      await client.end();
    }
    return url.replace(/\/postgres$/, `/${encodeURIComponent(name)}`);
  };
  const postmasterPid = () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { url, port, postmasterPid, createDatabase, stop };
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: group } = await run('id', ['-g', 'postgres']);
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) };
}
