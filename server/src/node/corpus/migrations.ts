import corpus001 from './migrations/001_corpus.sql';
import reviews002 from './migrations/002_reviews.sql';

/** The corpus schema's migrations in order: append, never edit one that has shipped. */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  { version: 1, name: '001_corpus', sql: corpus001 },
  { version: 2, name: '002_reviews', sql: reviews002 },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
