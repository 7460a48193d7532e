// Full-scale soak through the real server: 1,000 documents, 10,000 requests interleaved with edits.
// Prints failures, the server's RSS curve and whether the final diagnostics equal a fresh index's.
// Usage: npm run soak [-- <documents> <requests>]   (needs `npm run build` first)
import { runSoak } from '../test/helpers/soak';

const documents = Number(process.argv[2] ?? 1000);
const requests = Number(process.argv[3] ?? 10000);
runSoak({ documents, requests, open: 20, log: (l) => console.error(l) }).then((r) => {
  console.log(`documents ${documents}, requests ${requests}, ${r.seconds.toFixed(0)} s`);
  console.log(`failed requests: ${r.failures}`);
  console.log(`server RSS (MB), every ${Math.floor(requests / 20)} requests: ${r.rss.join(' ')}`);
  console.log(
    `final diagnostics equal a fresh index: ${JSON.stringify(r.final) === JSON.stringify(r.fresh)} (${r.final.length} diagnostics)`,
  );
  process.exitCode = r.failures === 0 && JSON.stringify(r.final) === JSON.stringify(r.fresh) ? 0 : 1;
});
