// Times Check a Claim on a large workspace: the folder is indexed once (from the analysis cache
// when `--cache` names one that holds it), then claims are checked one after another, as the
// server answers them: sentences of random articles (each has at least its own article to find)
// and a claim no article reports. Prints one JSON line: milliseconds of the first check, median,
// p95 and slowest, and whether the index stayed as it was.
//
//   tsx scripts/bench/check-claim.ts <folder> [--cache <dir>] [--claims 40]
import { resolve } from 'node:path';
import { checkClaim } from '../../server/src/core/check/checkClaim';
import { indexWorkspace } from '../../server/src/core/index/indexer';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { FileAnalysisStore } from '../../server/src/node/fileAnalysisStore';
import { FileWorkspace } from '../../server/src/node/fileWorkspace';
import { random } from '../random';

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const folder = args.find(
  (a, i) => !a.startsWith('--') && !['--cache', '--claims'].includes(args[i - 1] ?? ''),
);
if (!folder) {
  console.error('usage: tsx scripts/bench/check-claim.ts <folder> [--cache <dir>] [--claims 40]');
  process.exit(2);
}
const cache = flag('--cache');

async function main(): Promise<void> {
  const index = new WorkspaceIndex(
    { maxChars: 2_000_000 },
    cache ? new FileAnalysisStore(resolve(cache)) : undefined,
  );
  const started = performance.now();
  await indexWorkspace(new FileWorkspace(resolve(folder!)), index, { maxFileBytes: 5 * 1024 * 1024 });
  index.entities();
  const indexSeconds = (performance.now() - started) / 1000;
  const matches = new MatchService(index);
  const docs = index.documents();
  const next = random(7);
  const claims = Array.from({ length: Number(flag('--claims') ?? 40) }, () => {
    const doc = docs[Math.floor(next() * docs.length)]!;
    const s = doc.analysis.sentences[Math.floor(next() * doc.analysis.sentences.length)]!;
    return doc.text.slice(s.start, s.end);
  });
  claims.push('Penguins sing opera in Antarctica every winter.', 'Israel withheld a shipment of bombs');
  const generation = index.generation;
  const rows = index.sentences.sentenceCount;
  const times: number[] = [];
  let reported = 0;
  for (const claim of claims) {
    const t = performance.now();
    const result = checkClaim(index, matches, claim);
    times.push(performance.now() - t);
    if (result.ok && result.sources.some((s) => s.verdict !== 'silent')) reported++;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (x: number) => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify({
      documents: docs.length,
      sentences: rows,
      indexSeconds: Math.round(indexSeconds),
      claims: claims.length,
      claimsReportedSomewhere: reported,
      firstMs: ms(times[0]!),
      medianMs: ms(sorted[Math.floor(sorted.length / 2)]!),
      p95Ms: ms(sorted[Math.floor(sorted.length * 0.95)]!),
      maxMs: ms(sorted.at(-1)!),
      indexUnchanged: index.generation === generation && index.sentences.sentenceCount === rows,
    }),
  );
}

void main();
