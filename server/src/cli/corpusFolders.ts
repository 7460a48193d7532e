import { hashText } from '../core/index/analyzeDocument';
import { sizeLimitReason } from '../core/index/indexer';
import { decodeBytes } from '../core/ingest';
import type { NewDocument } from '../node/corpus/corpusQueue';
import { FileWorkspace } from '../node/fileWorkspace';

/** Articles are sent to the database in batches of about this many characters. */
const BATCH_CHARS = 4_000_000;

/**
 * The articles of `folders` in batches ready for the corpus (path relative to its folder, text,
 * content hash); a file that cannot be used is reported to `onProblem` and the rest go on.
 */
export async function* folderDocuments(
  folders: string[],
  maxFileBytes: number,
  onProblem: (path: string, problem: string) => void,
): AsyncGenerator<NewDocument[]> {
  let batch: NewDocument[] = [];
  let chars = 0;
  for (const folder of folders) {
    const ws = new FileWorkspace(folder);
    for (const file of await ws.listFiles()) {
      const doc = await readArticle(ws, file, maxFileBytes, onProblem);
      if (!doc) continue;
      batch.push(doc);
      chars += doc.text.length;
      if (chars >= BATCH_CHARS) {
        yield batch;
        batch = [];
        chars = 0;
      }
    }
  }
  if (batch.length) yield batch;
}

async function readArticle(
  ws: FileWorkspace,
  file: Awaited<ReturnType<FileWorkspace['listFiles']>>[number],
  maxFileBytes: number,
  onProblem: (path: string, problem: string) => void,
): Promise<NewDocument | null> {
  if (file.skipped) return problem(onProblem, file.relativePath, file.skipped);
  if (file.size > maxFileBytes)
    return problem(
      onProblem,
      file.relativePath,
      sizeLimitReason(file.size, maxFileBytes, 'raise it with --max-file-size <MB>'),
    );
  let bytes: Uint8Array;
  try {
    bytes = await ws.readFile(file.uri);
  } catch (e) {
    return problem(onProblem, file.relativePath, `skipped: could not be read (${(e as Error).message})`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return problem(onProblem, file.relativePath, `skipped: ${decoded.reason}`);
  // PostgreSQL text cannot hold NUL; decodeBytes already refuses files with NUL bytes near the start.
  if (decoded.text.includes('\0'))
    return problem(onProblem, file.relativePath, 'skipped: contains NUL characters');
  const { relativePath } = file;
  return {
    contentHash: hashText(decoded.text),
    extension: relativePath.slice(relativePath.lastIndexOf('.') + 1).toLowerCase(),
    path: relativePath,
    text: decoded.text,
    bytes: bytes.length,
  };
}

function problem(onProblem: (path: string, problem: string) => void, path: string, reason: string): null {
  onProblem(path, reason);
  return null;
}
