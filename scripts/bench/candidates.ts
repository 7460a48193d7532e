// Candidate generation over every sentence of a folder's stored analyses (an analysis cache written by
// `analyze --cache <dir>`): the string-keyed index (test/helpers/stringSentenceIndex.ts) against the
// term-id index, alternating twice, in CPU seconds, with the memory each index holds.
// Usage: node --expose-gc --import tsx scripts/bench/candidates.ts <cache-dir>
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { SentenceIndex } from '../../server/src/core/matching/sentenceIndex';
import { StringSentenceIndex } from '../../test/helpers/stringSentenceIndex';

const mem = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const dir = process.argv[2]!;
const docs: Array<[string, Array<{ terms: string[] }>]> = [];
for (const sub of readdirSync(dir).sort())
  for (const f of readdirSync(join(dir, sub)).sort()) {
    const c = readFileSync(join(dir, sub, f), 'utf8');
    const a = JSON.parse(c.slice(c.indexOf('\n') + 1));
    docs.push([`file:///${f}`, a.sentences.map((s: { terms: string[] }) => ({ terms: s.terms }))]);
  }
const sentences = docs.reduce((n, d) => n + d[1].length, 0);
console.log(JSON.stringify({ documents: docs.length, sentences }));
for (let round = 1; round <= 2; round++)
  for (const [name, make] of [
    ['string keys (main)', () => new StringSentenceIndex()],
    ['term ids', () => new SentenceIndex()],
  ] as const) {
    global.gc?.();
    const m0 = mem();
    let c0 = process.cpuUsage();
    const index = make();
    for (const [uri, s] of docs) index.setDocument(uri, s);
    const build = process.cpuUsage(c0);
    global.gc?.();
    const heapMB = (mem() - m0) / 1048576;
    c0 = process.cpuUsage();
    let n = 0;
    for (const [uri, s] of docs) for (let i = 0; i < s.length; i++) n += index.candidates(uri, i).length;
    const walk = process.cpuUsage(c0);
    const cpu = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(2);
    console.log(
      JSON.stringify({
        round,
        name,
        buildCpuS: cpu(build),
        candidatesCpuS: cpu(walk),
        candidates: n,
        heapMB: heapMB.toFixed(0),
        load: loadavg()[0]!.toFixed(2),
      }),
    );
  }
