import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DetectContext } from '../core/contradictions/context';
import { detectPair } from '../core/contradictions/detect';
import { nameVariants } from '../core/contradictions/nameVariants';
import type { Finding } from '../core/contradictions/types';
import { WorkspaceIndex } from '../core/index/workspaceIndex';
import { MatchService } from '../core/matching/documentMatches';

export interface PairVerdict {
  id: string;
  relation: 'contradiction' | 'match' | 'unrelated';
  kind: string | null;
  score: number;
}

/** Two texts as two sources: do they contradict each other, report the same thing, or neither? */
export function judgePair(a: string, b: string): Omit<PairVerdict, 'id'> {
  const index = new WorkspaceIndex();
  index.setDocument('pair:a', 'a.txt', a);
  index.setDocument('pair:b', 'b.txt', b);
  const matches = new MatchService(index);
  // Two short texts: every sentence pair is a candidate (the workspace uses its match index instead).
  const conflicts: Finding[] = [];
  const context = new DetectContext(index);
  const sentences = (uri: string) => index.document(uri)!.analysis.sentences.map((_, i) => i);
  for (const i of sentences('pair:a')) {
    for (const j of sentences('pair:b')) {
      const pair = { a: { uri: 'pair:a', sentence: i }, b: { uri: 'pair:b', sentence: j } };
      conflicts.push(...detectPair(context, pair).filter((f) => f.a.uri === 'pair:a'));
    }
  }
  conflicts.push(...nameVariants(index).filter((f) => f.a.uri === 'pair:a'));
  conflicts.sort((x, y) => y.confidence - x.confidence);
  if (conflicts[0])
    return { relation: 'contradiction', kind: conflicts[0].kind, score: conflicts[0].confidence };
  const best = matches
    .matches('pair:a')
    .flatMap((s) => s.matches)
    .sort((x, y) => y.score - x.score)[0];
  if (best) return { relation: 'match', kind: null, score: best.score };
  return { relation: 'unrelated', kind: null, score: 0 };
}

/** `triangulate pairs <in.jsonl>`: one verdict line per input line; bad lines are reported on stderr. */
export async function runPairs(path: string): Promise<number> {
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  let bad = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: { id?: unknown; a?: unknown; b?: unknown };
    try {
      input = JSON.parse(line);
    } catch {
      bad++;
      process.stderr.write(`line ${n}: not JSON\n`);
      continue;
    }
    if (typeof input.a !== 'string' || typeof input.b !== 'string') {
      bad++;
      process.stderr.write(`line ${n}: needs string fields "a" and "b"\n`);
      continue;
    }
    const id = typeof input.id === 'string' ? input.id : String(n);
    process.stdout.write(`${JSON.stringify({ id, ...judgePair(input.a, input.b) })}\n`);
  }
  return bad > 0 ? 1 : 0;
}
