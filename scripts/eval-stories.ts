/**
 * Story grouping against gold topics: MEANTIME's four Wikinews topics alone, then with the five
 * seeds mixed in (which must form one story of their own). Prints one JSON line per workspace:
 * B-cubed precision / recall / F1, purity, inverse purity, story counts.
 *
 * Usage: npm run eval:stories [-- --groups]   (--groups lists each story of several documents)
 */
import { meantimeDocuments, scoreStories, seedDocuments } from './storyEval';

const showGroups = process.argv.includes('--groups');
const meantime = meantimeDocuments();
for (const [label, docs] of [
  ['MEANTIME', meantime],
  ['MEANTIME + seeds', [...meantime, ...seedDocuments()]],
] as const) {
  const started = performance.now();
  const { groups, ...scores } = scoreStories(docs);
  const seconds = Math.round(performance.now() - started) / 1000;
  console.log(JSON.stringify({ data: label, ...scores, seconds }));
  if (showGroups) for (const g of groups) console.log(`  ${g.size}  ${g.label}  ${JSON.stringify(g.topics)}`);
}
