import pg from 'pg';

/** A problem with the corpus database the user can act on: printed as one line, never a stack. */
export class CorpusError extends Error {}

/** Waiting longer than this for a connection means the corpus is unreachable (never a hang). */
const CONNECT_TIMEOUT_MS = 10_000;

/** The URL with its password masked: safe for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}

export interface CorpusConnectOptions {
  /** Connections in the pool. */
  connections?: number;
  /** The server cancels a statement running longer than this (and the client stops waiting soon after). */
  statementTimeoutMs?: number;
  /** A password to use instead of the URL's (none: the URL's, else PGPASSWORD or ~/.pgpass). */
  password?: string;
  /** What names the URL in a message (`--db`, a setting). */
  source?: string;
}

/** Whether `url` names a PostgreSQL database at all. */
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/** A pool of connections to the corpus at `url`; the first connection is made (and checked) here. */
export async function openCorpusDatabase(
  url: string,
  connectionsOrOptions: number | CorpusConnectOptions = 4,
): Promise<pg.Pool> {
  const options =
    typeof connectionsOrOptions === 'number' ? { connections: connectionsOrOptions } : connectionsOrOptions;
  if (!isPostgresUrl(url))
    throw new CorpusError(`${options.source ?? '--db'} needs a postgres:// URL, not “${redactedUrl(url)}”`);
  const statement = options.statementTimeoutMs;
  const pool = new pg.Pool({
    connectionString: options.password ? withPassword(url, options.password) : url,
    max: options.connections ?? 4,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'triangulate',
    ...(statement ? { statement_timeout: statement, query_timeout: statement + 5_000 } : {}),
  });
  // An idle connection that breaks (a server restart) must not crash the process; the next query fails.
  pool.on('error', () => undefined);
  try {
    (await pool.connect()).release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new CorpusError(`cannot reach the corpus at ${redactedUrl(url)}: ${reason(e)}`);
  }
  return pool;
}

/** `url` carrying `password` (percent-encoded by the URL itself). */
function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** What went wrong, in the database's or the network's own words. */
export function reason(e: unknown): string {
  const error = e as { message?: string; code?: string };
  return error.message || error.code || String(e);
}

/** Runs `work` in one transaction on one connection: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
