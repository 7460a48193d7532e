/**
 * Planted-error benchmark: real articles (MEANTIME's Wikinews topics, ../shared/data, CC BY; and the
 * seeds), one sentence of one article rewritten with one error where another article states the
 * same fact (pairs confirmed by hand: test/fixtures/planted/meantime-pairs.json and seed-pairs.json),
 * each plant evaluated alone against the topic's workspace. Recall per kind,
 * and false alarms per 1,000 sentences of the untouched workspaces.
 *
 * Seeded and repeatable (EVAL_SEED, default 11). The plants are split into a dev half and a
 * held-out half by a seeded hash (FNV-1a) of the unordered sentence pair, so both sides of a pair
 * fall in the same half; tune on dev, report both.
 *
 * Usage: npm run eval:planted   (EVAL_SHOW_ERRORS=1 prints false alarms and misses with both
 * sentences). Writes artifacts/eval-planted.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FormatScore, type KindScore, runPlantedBenchmark } from './eval-planted-bench';
import { DEFAULT_SEED } from './eval-planted-plants';

const seed = Number(process.env.EVAL_SEED ?? DEFAULT_SEED);
const bench = runPlantedBenchmark(seed);

const recall = (s: KindScore) => (s.planted ? (s.expected / s.planted).toFixed(2) : '–');
const anyRecall = (s: KindScore) => (s.planted ? (s.any / s.planted).toFixed(2) : '–');

function table(name: string, f: FormatScore): string[] {
  const lines = [
    `## ${name}`,
    '',
    `${f.results.length} plants from ${f.pairs} same-fact sentence pairs.`,
    '',
  ];
  for (const split of ['dev', 'heldout'] as const) {
    lines.push(
      `### ${split}`,
      '',
      '| kind | planted | found (expected kind) | found (any kind) | recall | recall (any kind) |',
    );
    lines.push('| --- | --- | --- | --- | --- | --- |');
    for (const [kind, s] of Object.entries(f.splits[split]))
      lines.push(`| ${kind} | ${s.planted} | ${s.expected} | ${s.any} | ${recall(s)} | ${anyRecall(s)} |`);
    lines.push('');
  }
  lines.push(
    `False alarms on the untouched workspaces: ${f.falseAlarms.length} contradiction findings in ${f.sentences} sentences = ${f.falseAlarmsPer1000.toFixed(2)} per 1,000 sentences (name variants counted apart: ${f.nameVariants}).`,
    `Other contradiction findings caused by a plant: ${f.othersPerPlant.toFixed(2)} per plant.`,
    '',
  );
  return lines;
}

/** Recall per kind on the plants of one corpus, dev and held out together. */
function corpusTable(name: string, f: FormatScore, corpus: 'meantime' | 'seeds'): string[] {
  const of = f.results.filter((r) => r.plant.corpus === corpus);
  if (of.length === 0) return [];
  const lines = [
    `### ${name}`,
    '',
    '| kind | planted | found (expected kind) | recall |',
    '| --- | --- | --- | --- |',
  ];
  for (const kind of [...new Set(of.map((r) => r.plant.kind)), 'all']) {
    const plants = of.filter((r) => kind === 'all' || r.plant.kind === kind);
    const found = plants.filter((r) => r.foundKinds.includes(r.plant.kind)).length;
    lines.push(`| ${kind} | ${plants.length} | ${found} | ${(found / plants.length).toFixed(2)} |`);
  }
  return [...lines, ''];
}

const out = [
  `# Planted-error benchmark (seed ${seed}, ${bench.seconds.toFixed(1)} s)`,
  '',
  ...table('Plain text (headline line, date line, paragraphs): MEANTIME + seeds', bench.formats.txt),
  ...table('Markdown (front matter, # Headline, paragraphs): MEANTIME', bench.formats.md),
  '## Plain text by corpus (dev and held out together)',
  '',
  ...corpusTable('MEANTIME (real news)', bench.formats.txt, 'meantime'),
  ...corpusTable(
    'Seeds (a demo: machine-rewritten articles; hand-confirmed same-fact pairs)',
    bench.formats.txt,
    'seeds',
  ),
];
console.log(out.join('\n'));

if (process.env.EVAL_SHOW_ERRORS) {
  for (const [format, f] of Object.entries(bench.formats)) {
    for (const a of f.falseAlarms) console.log(`FALSE ALARM (${format}) ${a.kind}\n   ${a.a}\n   ${a.b}`);
    for (const r of f.results) {
      if (!r.foundKinds.includes(r.plant.kind))
        console.log(
          `MISS (${format}) ${r.plant.kind} ${r.plant.id} found: ${r.foundKinds.join(',') || 'none'}\n   + ${r.plant.planted}\n   = ${r.plant.partner}`,
        );
      for (const o of r.others)
        console.log(`OTHER (${format}) ${o.kind} after ${r.plant.id}\n   ${o.a}\n   ${o.b}`);
    }
  }
}

const dir = join(__dirname, '..', 'artifacts');
mkdirSync(dir, { recursive: true });
const summary = {
  seed,
  seconds: bench.seconds,
  formats: Object.fromEntries(
    Object.entries(bench.formats).map(([k, f]) => [
      k,
      {
        ...f,
        results: f.results.map((r) => ({
          id: r.plant.id,
          kind: r.plant.kind,
          split: r.plant.split,
          found: r.foundKinds,
          others: r.others.length,
        })),
      },
    ]),
  ),
};
writeFileSync(join(dir, 'eval-planted.json'), `${JSON.stringify(summary, null, 2)}\n`);
