// esbuild bundles the migrations' SQL as text (its `text` loader for .sql, scripts/build.mjs).
declare module '*.sql' {
  const text: string;
  export default text;
}
