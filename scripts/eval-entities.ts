/**
 * Measures person / organisation / place recognition against the MEANTIME corpus (see
 * scripts/entityEval.ts for what counts as gold).
 *
 * Usage: npm run eval [-- <path to meantime_en_topics.jsonl>]
 */
import { join } from 'node:path';
import { entitySpans, score as scoreSets } from './entityEval';
import { readMeantime } from './nameEval';

const path = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');
const topics = readMeantime(path);

const started = performance.now();
const { gold, goldUntyped, predicted, predictedUntyped, judged, documents, chars } = entitySpans(topics);
const seconds = (performance.now() - started) / 1000;

function score(label: string, g: Set<string>, p: Set<string>): string {
  const r = scoreSets(g, p);
  return `| ${label} | ${r.gold} | ${r.predicted} | ${r.correct} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.f1.toFixed(3)} |`;
}
const ofType = (s: Set<string>, t: string) => new Set([...s].filter((x) => x.endsWith(`:${t}`)));

console.log(
  `MEANTIME: ${documents} documents in ${topics.length} topics, ${(chars / 1024).toFixed(0)} KB, analysed in ${seconds.toFixed(2)} s\n`,
);
console.log('| set | gold | predicted | correct | precision | recall | F1 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
console.log(score('exact span + type', gold, predicted));
console.log(score('exact span, any type', goldUntyped, predictedUntyped));
for (const t of ['person', 'organization', 'place'])
  console.log(score(`  ${t}`, ofType(gold, t), ofType(predicted, t)));
console.log(score('judged predictions only (exact span + type)', gold, judged));

if (process.env.EVAL_SHOW_ERRORS) {
  const texts = new Map<string, string>();
  for (const t of topics) for (const d of t.docs) texts.set(`${t.topic}/${d.id}`, d.text);
  const show = (s: string) => {
    const [uri, start, end, type] = s.split(':') as [string, string, string, string];
    return `${type ?? ''} ${texts.get(uri)!.slice(Number(start), Number(end))}`;
  };
  const fp = [...judged].filter((s) => !gold.has(s)).map(show);
  const fn = [...gold].filter((s) => !predicted.has(s)).map(show);
  const count = (xs: string[]) =>
    [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 60);
  console.log('\nfalse positives:', count(fp));
  console.log('\nmissed:', count(fn));
}
