/**
 * Planted errors against copies (see eval-planted-copies-bench.ts): recall per kind on MEANTIME
 * (development) and on GUM news + re3d (held out).
 *
 * Usage: npm run eval:planted-copies   (EVAL_SHOW_ERRORS=dev|heldout prints that set's misses).
 * Writes artifacts/eval-planted-copies.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CopiesResult,
  devSentences,
  heldOutSentences,
  recallOf,
  runCopies,
} from './eval-planted-copies-bench';

const started = Date.now();
const sets: Record<string, CopiesResult> = {
  dev: runCopies(devSentences()),
  heldout: runCopies(heldOutSentences()),
};

const lines = [`# Planted errors against copies (${((Date.now() - started) / 1000).toFixed(1)} s)`, ''];
for (const [name, r] of Object.entries(sets)) {
  lines.push(
    `## ${name === 'dev' ? 'MEANTIME (development)' : 'GUM news + re3d (held out)'}: ${r.sentences} sentences`,
    '',
    '| kind | planted | found (expected kind) | found as another kind | recall |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const [kind, s] of Object.entries(r.scores))
    lines.push(`| ${kind} | ${s.planted} | ${s.found} | ${s.otherKind} | ${recallOf(s).toFixed(2)} |`);
  lines.push('');
}
console.log(lines.join('\n'));

const show = process.env.EVAL_SHOW_ERRORS;
for (const m of sets[show ?? '']?.misses ?? [])
  console.log(`MISS ${m.kind} (got ${m.got})\n   + ${m.planted}\n   = ${m.original}`);

const dir = join(__dirname, '..', 'artifacts');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'eval-planted-copies.json'),
  `${JSON.stringify(Object.fromEntries(Object.entries(sets).map(([k, r]) => [k, { sentences: r.sentences, scores: r.scores }])), null, 1)}\n`,
);
