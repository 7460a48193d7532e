import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnalysisStore, isAnalysis } from '../core/index/analysisStore';
import type { DocumentAnalysis } from '../core/index/analyzeDocument';

/**
 * Analyses on disk, one JSON file per content key. Writes go to a temporary file renamed into place,
 * so concurrent writers (two windows on one workspace) and crashes never leave half an entry; an
 * entry that cannot be read or has the wrong shape is deleted and recomputed, never fatal.
 */
export class FileAnalysisStore implements AnalysisStore {
  constructor(
    private readonly dir: string,
    private readonly report: (problem: string) => void = () => undefined,
  ) {}

  private path(key: string): string {
    return join(this.dir, key.slice(-2), `${key}.json`);
  }

  get(key: string): DocumentAnalysis | undefined {
    const path = this.path(key);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined; // not cached
    }
    try {
      const value: unknown = JSON.parse(text);
      const hash = key.slice(key.lastIndexOf('-') + 1);
      if (isAnalysis(value, hash)) return value;
    } catch {
      // fall through: corrupt
    }
    this.report(`analysis cache: discarded a corrupt entry (${key}); the file is analysed again`);
    rmSync(path, { force: true });
    return undefined;
  }

  put(key: string, analysis: DocumentAnalysis): void {
    const path = this.path(key);
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(-2)), { recursive: true });
      writeFileSync(temp, JSON.stringify(analysis));
      renameSync(temp, path);
    } catch (e) {
      rmSync(temp, { force: true });
      this.report(`analysis cache: could not write ${key}: ${(e as Error).message}`);
    }
  }
}
