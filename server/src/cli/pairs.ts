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

/** The line for a row that could not be judged: its id (null when the line is not an object) and why. */
export interface PairError {
  id: string | null;
  line: number;
  error: string;
}

/** A text longer than this is judged on its first part only, as the server analyses files. */
const MAX_CHARS = 2_000_000;

/** Two texts as two sources: do they contradict each other, report the same thing, or neither? */
export function judgePair(a: string, b: string): Omit<PairVerdict, 'id'> {
  const index = new WorkspaceIndex({ maxChars: MAX_CHARS });
  index.setDocument('pair:a', 'a.txt', a);
  index.setDocument('pair:b', 'b.txt', b);
  const matches = new MatchService(index);
  const conflict = strongestConflict(index, matches);
  if (conflict) return { relation: 'contradiction', kind: conflict.kind, score: conflict.confidence };
  let best = 0;
  for (const s of matches.matches('pair:a')) for (const m of s.matches) best = Math.max(best, m.score);
  if (best > 0) return { relation: 'match', kind: null, score: best };
  return { relation: 'unrelated', kind: null, score: 0 };
}

/**
 * The most confident conflict of text a with text b. Sentence pairs come from the sentence index's
 * candidates, as in `analyze` (not every pair: two long texts would cost their product), and only
 * the best finding is kept, so the work and memory per row stay bounded.
 */
function strongestConflict(index: WorkspaceIndex, matches: MatchService): Finding | null {
  const context = new DetectContext(index);
  let best: Finding | null = null;
  const consider = (f: Finding) => {
    if (f.a.uri === 'pair:a' && (!best || f.confidence > best.confidence)) best = f;
  };
  matches.candidates('pair:a').forEach((candidates, sentence) => {
    for (const c of candidates) {
      if (c.ref.uri !== 'pair:b') continue;
      for (const f of detectPair(context, { a: { uri: 'pair:a', sentence }, b: c.ref })) consider(f);
    }
  });
  for (const f of nameVariants(index)) consider(f);
  return best;
}

/** One input line as a row to judge, or the error line that answers it. */
function parseRow(line: string, n: number): { id: string; a: string; b: string } | PairError {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { id: null, line: n, error: `not JSON (${(e as Error).message})` };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return { id: null, line: n, error: `needs an object {"id", "a", "b"}, not ${JSON.stringify(input)}` };
  const row = input as { id?: unknown; a?: unknown; b?: unknown };
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : String(n);
  if (typeof row.a !== 'string' || typeof row.b !== 'string')
    return { id, line: n, error: 'needs string fields "a" and "b"' };
  return { id, a: row.a, b: row.b };
}

/** The verdict of one row; a failure of Triangulate on it is that row's error, never the run's. */
function answerRow(line: string, n: number): PairVerdict | PairError {
  const row = parseRow(line, n);
  if ('error' in row) return row;
  try {
    return { id: row.id, ...judgePair(row.a, row.b) };
  } catch (e) {
    return {
      id: row.id,
      line: n,
      error: `Triangulate failed on this row (a bug, please report it): ${(e as Error)?.message ?? String(e)}`,
    };
  }
}

/**
 * `triangulate pairs <in.jsonl>`: one line out per row in, streamed as each row is judged — a
 * verdict, or an error with the row's id and line number (also on stderr). Bad rows never stop the
 * run; the exit code is 1 when any row failed.
 */
export async function runPairs(path: string): Promise<number> {
  const lines = createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  let bad = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw; // a byte-order mark is not part of the row
    if (!line.trim()) continue;
    const answer = answerRow(line, n);
    if ('error' in answer) {
      bad++;
      process.stderr.write(`line ${n}${answer.id === null ? '' : ` (id ${answer.id})`}: ${answer.error}\n`);
    }
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
  return bad > 0 ? 1 : 0;
}
