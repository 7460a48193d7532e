import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { analysisProblem } from '../core/index/analysisShape';
import type { AnalysisStore } from '../core/index/analysisStore';
import type { DocumentAnalysis } from '../core/index/analyzeDocument';

const checksum = (json: string): string => createHash('sha256').update(json).digest('hex');

/**
 * Analyses on disk, one file per content key: a checksum line, then the analysis as JSON. Writes go
 * to a temporary file renamed into place, so concurrent writers (two windows on one workspace) and
 * crashes never leave half an entry. An entry is served only when its checksum matches and its whole
 * shape is valid for the text it is asked for (every offset inside it); otherwise it is deleted,
 * reported and recomputed — a poisoned or edited entry never reaches the analyst.
 */
export class FileAnalysisStore implements AnalysisStore {
  constructor(
    private readonly dir: string,
    private readonly report: (problem: string) => void = () => undefined,
  ) {}

  private path(key: string): string {
    return join(this.dir, key.slice(-2), `${key}.json`);
  }

  get(key: string, text: string): DocumentAnalysis | undefined {
    const path = this.path(key);
    const content = readEntry(path);
    if (content === undefined) return undefined; // not cached
    const problem = parseEntry(content, key, text.length);
    if (typeof problem !== 'string') return problem;
    this.report(
      `analysis cache: discarded an invalid entry (${key}: ${problem}); the file is analysed again`,
    );
    rmSync(path, { force: true });
    return undefined;
  }

  put(key: string, analysis: DocumentAnalysis): void {
    const path = this.path(key);
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(-2)), { recursive: true });
      const json = JSON.stringify(analysis);
      writeFileSync(temp, `${checksum(json)}\n${json}`);
      renameSync(temp, path);
    } catch (e) {
      rmSync(temp, { force: true });
      this.report(`analysis cache: could not write ${key}: ${(e as Error).message}`);
    }
  }
}

/** The entry's text; undefined when there is none. Only a regular file is read (never a pipe). */
function readEntry(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd, 'utf8') : '';
  } catch {
    return '';
  } finally {
    closeSync(fd);
  }
}

/** The analysis in an entry, or why it cannot be served. */
function parseEntry(content: string, key: string, textLength: number): DocumentAnalysis | string {
  const newline = content.indexOf('\n');
  const json = content.slice(newline + 1);
  if (newline < 0 || content.slice(0, newline) !== checksum(json)) return 'checksum mismatch';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'not JSON';
  }
  const hash = key.slice(key.lastIndexOf('-') + 1);
  return analysisProblem(value, hash, textLength) ?? (value as DocumentAnalysis);
}
