/**
 * Name resolution and "Same person?" findings: merge recall and precision over pairs of names of
 * one person / of different people, and name-variant precision and recall, on the hand-written
 * name sets (test/fixtures/name-sets.json) and on MEANTIME's person chains.
 *
 * Usage: npm run eval:names [-- <path to meantime_en_topics.jsonl>] [--errors]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MeantimeTopic, type NameSet, rates, scoreMeantime, scoreNameSets } from './nameEval';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const meantimePath =
  args.find((a) => !a.startsWith('--')) ??
  join(__dirname, '..', '..', 'shared', 'data', 'meantime_en_topics.jsonl');
const sets = (
  JSON.parse(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'name-sets.json'), 'utf8')) as {
    sets: NameSet[];
  }
).sets;
const topics = readFileSync(meantimePath, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as MeantimeTopic);

for (const [label, counts] of [
  ['name sets', scoreNameSets(sets)],
  ['MEANTIME PER chains', scoreMeantime(topics)],
] as const) {
  const { errors, falseEntities, ...pairCounts } = counts;
  console.log(JSON.stringify({ data: label, ...rates(counts), ...pairCounts, falseEntities }));
  if (showErrors) for (const e of errors) console.log(`  ${e}`);
}
