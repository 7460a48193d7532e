import type pg from 'pg';
import { CorpusError, inTransaction } from './corpusDatabase';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

/** The advisory lock migrations hold: two workers starting at once migrate one after the other. */
const MIGRATION_LOCK = 1_750_017;

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** Brings the corpus schema up to date: each missing migration in its own transaction, under a lock. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const applied: number[] = [];
  await inTransaction(pool, async (client) => {
    // Held to the end of the transaction; a second worker waits here, then finds nothing to do.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(CREATE_LEDGER);
    const done = await appliedVersions(client);
    refuseNewer(done);
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
  });
  return applied;
}

/** Checks, without changing anything (a read-only role, a replica), that the schema is this version's. */
export async function checkSchema(pool: pg.Pool): Promise<void> {
  const ledger = await pool.query("SELECT to_regclass('schema_migrations') AS name");
  if (!ledger.rows[0]?.name)
    throw new CorpusError(
      'this database holds no Triangulate corpus yet: run `triangulate index <folder> --db <url>` first',
    );
  const done = await appliedVersions(pool);
  refuseNewer(done);
  const missing = MIGRATIONS.filter((m) => !done.has(m.version)).map((m) => m.name);
  if (missing.length)
    throw new CorpusError(
      `the corpus schema is older than this Triangulate (missing ${missing.join(', ')}): run \`triangulate index\` once to migrate it`,
    );
}

async function appliedVersions(db: pg.Pool | pg.PoolClient): Promise<Set<number>> {
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((r) => r.version));
}

function refuseNewer(done: Set<number>): void {
  const newest = Math.max(0, ...done);
  if (newest > SCHEMA_VERSION)
    throw new CorpusError(
      `the corpus was migrated by a newer Triangulate (schema ${newest}, this one knows ${SCHEMA_VERSION}): upgrade Triangulate`,
    );
}
