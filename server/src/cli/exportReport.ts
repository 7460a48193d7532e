import { writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { buildBrief } from '../core/brief/brief';
import { isReportFormat, REPORT_FORMATS, renderBrief } from '../core/brief/render';
import { FindingService } from '../core/contradictions/service';
import { MatchService } from '../core/matching/documentMatches';
import { FOLDER_VALUE_FLAGS, folderOptions, indexFolder, isReadableFolder, positionals } from './indexFolder';

const FORMATS = REPORT_FORMATS.map((f) => f.format).join('|');

export const REPORT_USAGE = `       triangulate report <folder> --format ${FORMATS} [--out <file>] [--cache <dir>] [--max-file-size <MB>]`;

export const REPORT_HELP = `report writes the brief of <folder>: per story its sources (claims corroborated, contradicted,
only here, first reported), the contradictions with both quotes, single-source claims, review
decisions with their dates and the timeline; md and html hold it all, csv the findings. On stdout
unless --out names a file (never one of the articles).
`;

/** `triangulate report <folder> --format md|html|csv [--out <file>]`. */
export async function runReport(rest: string[], usage: string): Promise<number> {
  const flagValue = (flag: string) => {
    const i = rest.indexOf(flag);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const format = flagValue('--format') ?? 'md';
  if (!isReportFormat(format)) {
    process.stderr.write(`Unknown --format “${format}”: use ${FORMATS}.\n`);
    return 2;
  }
  const [folderArg] = positionals(rest, [...FOLDER_VALUE_FLAGS, '--format', '--out']);
  if (!folderArg) {
    process.stderr.write(`Missing <folder>.\n\n${usage}`);
    return 2;
  }
  const options = folderOptions(rest);
  if (!options) return 2;
  if (!(await isReadableFolder(folderArg))) return 1;
  const folder = resolve(folderArg);
  const { index, reviews } = await indexFolder(folder, options);
  const out = flagValue('--out');
  if (
    out !== undefined &&
    index.documents().some((d) => resolve(join(folder, d.relativePath)) === resolve(out))
  ) {
    process.stderr.write(
      `triangulate: “${out}” is one of the analysed articles; the report is not written over it.\n`,
    );
    return 2;
  }
  const matches = new MatchService(index);
  const brief = buildBrief(
    { index, matches, findings: new FindingService(index, matches), reviews },
    basename(folder),
  )!;
  const text = renderBrief(brief, format);
  if (out === undefined) process.stdout.write(text);
  else {
    await writeFile(out, text, 'utf8');
    process.stderr.write(`Wrote ${out}.\n`);
  }
  return 0;
}
