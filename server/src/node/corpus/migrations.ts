import corpus001 from './migrations/001_corpus.sql';

/** The corpus schema's migrations in order: append, never edit one that has shipped. */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  { version: 1, name: '001_corpus', sql: corpus001 },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
