import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CORRECTIONS_PATH,
  EMPTY_CORRECTIONS,
  type EntityCorrections,
  parseCorrections,
  serializeCorrections,
} from '../core/entities/corrections';
import { writeFileAtomic } from '../node/atomicWrite';
import type { CorrectionResult } from '../protocol';
import type { ServerContext } from './context';

/**
 * The analyst's entity corrections file of the first workspace folder. Read on start and whenever it
 * changes on disk; written (atomically, pretty-printed, stable order) by the code actions.
 */
export class CorrectionsFile {
  constructor(private readonly rootUri: string | null) {}

  get uri(): string | null {
    return this.rootUri ? `${this.rootUri.replace(/\/$/, '')}/${CORRECTIONS_PATH}` : null;
  }

  private get path(): string | null {
    return this.rootUri ? join(fileURLToPath(this.rootUri), CORRECTIONS_PATH) : null;
  }

  async load(ctx: ServerContext): Promise<void> {
    const path = this.path;
    if (!path) return;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      ctx.index.setCorrections(EMPTY_CORRECTIONS);
      return;
    }
    const { corrections, problems } = parseCorrections(text);
    for (const p of problems) ctx.connection.console.warn(`${CORRECTIONS_PATH}: ${p}`);
    ctx.index.setCorrections(corrections);
  }

  async update(
    ctx: ServerContext,
    change: (c: EntityCorrections) => EntityCorrections,
    done: string,
  ): Promise<CorrectionResult> {
    const path = this.path;
    if (!path)
      return {
        ok: false,
        message: 'Open a folder to record corrections: they are kept in .triangulate/entities.json.',
      };
    await this.load(ctx); // start from what is on disk now, not from a stale copy
    const next = change(ctx.index.getCorrections());
    await writeFileAtomic(path, serializeCorrections(next));
    ctx.index.setCorrections(next);
    return { ok: true, message: `${done} (saved in ${CORRECTIONS_PATH}).` };
  }
}
