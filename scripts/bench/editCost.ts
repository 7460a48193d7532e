// What one keystroke costs the analysis core, by CPU time (so a busy machine does not move it much):
// a workspace is indexed in-process, a long article is typed into, and each edit's re-analysis and
// findings are timed apart. The protocol bench (latency.ts) gives the wall times an editor sees.
// Usage: npx tsx scripts/bench/editCost.ts <folder> [edits]
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { FindingService } from '../../server/src/core/contradictions/service';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { MatchService } from '../../server/src/core/matching/documentMatches';
import { corpusFiles, generateLongArticle, random } from './corpus';

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface EditCost {
  documents: number;
  edits: number;
  /** CPU ms per edit: the edited article analysed again, its findings (with matches) computed again. */
  analysisMs: { p50: number; p95: number };
  findingsMs: { p50: number; p95: number };
}

export function measureEditCost(folder: string, edits = 60): EditCost {
  const index = new WorkspaceIndex();
  for (const path of corpusFiles(folder))
    index.setDocument(`file://${path}`, relative(folder, path), readFileSync(path, 'utf8'));
  const uri = 'file:///bench/long-article.txt';
  let text = generateLongArticle(5000);
  index.setDocument(uri, 'bench/long-article.txt', text);
  const findings = new FindingService(index, new MatchService(index));
  findings.findings(uri); // the first diagnostics: stories, event index, every match of the article
  const next = random(23);
  const analysis: number[] = [];
  const found: number[] = [];
  for (let k = 0; k < edits; k++) {
    const at = 1 + Math.floor(next() * (text.length - 1));
    text =
      next() < 0.55 ? `${text.slice(0, at)}e${text.slice(at)}` : `${text.slice(0, at - 1)}${text.slice(at)}`;
    let since = process.cpuUsage();
    index.setDocument(uri, 'bench/long-article.txt', text, null, true);
    analysis.push(cpuMs(since));
    since = process.cpuUsage();
    findings.findings(uri);
    found.push(cpuMs(since));
  }
  const summary = (s: number[]) => ({ p50: round(percentile(s, 50)), p95: round(percentile(s, 95)) });
  return {
    documents: index.documents().length,
    edits,
    analysisMs: summary(analysis),
    findingsMs: summary(found),
  };
}

const round = (x: number): number => Math.round(x * 10) / 10;

if (process.argv[1] && resolve(process.argv[1]) === __filename) {
  const [folder, edits] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: npx tsx scripts/bench/editCost.ts <folder> [edits]');
    process.exit(2);
  }
  console.log(JSON.stringify(measureEditCost(folder, edits ? Number(edits) : undefined)));
}
