import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type ArticleVerdict, judgePair, type SentenceVerdict } from '../core/pairs/judge';

export { judgePair };

export type PairVerdict = (SentenceVerdict | ArticleVerdict) & { id: string };

/** The line for a row that could not be judged: its id (null when the line is not an object) and why. */
export interface PairError {
  id: string | null;
  line: number;
  error: string;
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
