import { resolve } from 'node:path';
import { checkClaim } from '../core/check/checkClaim';
import { analysedClaim } from '../core/check/claimText';
import { type SourceVerdict, VERDICT_INFO } from '../core/check/types';
import type { WorkspaceIndex } from '../core/index/workspaceIndex';
import { MatchService } from '../core/matching/documentMatches';
import { printable } from '../core/printable';
import { FOLDER_VALUE_FLAGS, folderOptions, indexFolder, isReadableFolder, positionals } from './indexFolder';

export const CHECK_USAGE = `       triangulate check "<claim>" <folder> [--json | --timings] [--cache <dir>] [--max-file-size <MB>]`;

/** The JSON answer of `check`, schema version 1. Fields are only ever added, never renamed. */
export interface JsonCheck {
  version: 1;
  claim: string;
  sources: Array<{
    path: string;
    source: string;
    verdict: SourceVerdict['verdict'];
    passage: { start: number; end: number; line: number; text: string; sentence: string } | null;
    relation: SourceVerdict['relation'];
    score: number | null;
    conflict: SourceVerdict['conflict'];
  }>;
}

/** `triangulate check "<claim>" <folder>`: what every source of the folder says about the claim. */
export async function runCheck(rest: string[], usage: string): Promise<number> {
  const [claim, folderArg] = positionals(rest, FOLDER_VALUE_FLAGS);
  if (claim === undefined || folderArg === undefined) {
    process.stderr.write(`Missing ${claim === undefined ? '"<claim>" and ' : ''}<folder>.\n\n${usage}`);
    return 2;
  }
  // Before the folder is read: a claim with nothing to compare is refused at once.
  const checked = analysedClaim(claim);
  if ('problem' in checked) {
    process.stderr.write(`triangulate: ${checked.problem}\n`);
    return 2;
  }
  const options = folderOptions(rest);
  if (!options) return 2;
  if (!(await isReadableFolder(folderArg))) return 1;
  const { index, started, analysed } = await indexFolder(resolve(folderArg), options);
  const checking = performance.now();
  const result = checkClaim(index, new MatchService(index), checked.text);
  const checkMs = performance.now() - checking;
  if (!result.ok) {
    process.stderr.write(`triangulate: ${result.message}\n`);
    return 2;
  }
  const json = jsonCheck(index, result.claim, result.sources);
  if (rest.includes('--timings')) {
    process.stdout.write(`${JSON.stringify(checkTimings(json, analysed - started, checkMs))}\n`);
    return 0;
  }
  // JSON escapes control characters itself; the readable answer must not pass them to the terminal.
  process.stdout.write(
    rest.includes('--json') ? `${JSON.stringify(json, null, 2)}\n` : printable(textCheck(json)),
  );
  return 0;
}

export function jsonCheck(index: WorkspaceIndex, claim: string, sources: SourceVerdict[]): JsonCheck {
  return {
    version: 1,
    claim,
    sources: sources.map((v) => {
      const text = index.document(v.uri)?.text ?? '';
      return {
        path: v.relativePath,
        source: v.source,
        verdict: v.verdict,
        passage: v.passage && {
          start: v.passage.start,
          end: v.passage.end,
          line: lineOf(text, v.passage.start),
          text: text.slice(v.passage.start, v.passage.end),
          sentence: v.passage.text,
        },
        relation: v.relation,
        score: v.score,
        conflict: v.conflict,
      };
    }),
  };
}

/** `--timings`: how long the folder's analysis and the check itself took, and the verdicts' counts. */
function checkTimings(json: JsonCheck, analysisMs: number, checkMs: number) {
  const counts = Object.fromEntries(
    VERDICT_INFO.map(({ verdict }) => [verdict, json.sources.filter((s) => s.verdict === verdict).length]),
  );
  return {
    documents: json.sources.length,
    analysisSeconds: Math.round(analysisMs) / 1000,
    checkMilliseconds: Math.round(checkMs * 10) / 10,
    ...counts,
  };
}

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const oneLine = (s: string, max = 160) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/** The readable answer: the claim, then each group with its sources, passages and explanations. */
export function textCheck(check: JsonCheck): string {
  const lines = [`Claim: “${check.claim}”`, ''];
  for (const { verdict, group } of VERDICT_INFO) {
    const rows = check.sources.filter((s) => s.verdict === verdict);
    lines.push(`${group} (${rows.length})`);
    for (const s of rows) {
      const where = s.passage ? `${s.path}:${s.passage.line}` : s.path;
      const name = s.source === s.path ? where : `${s.source} (${where})`;
      lines.push(s.passage ? `  ${name}: “${oneLine(s.passage.sentence)}”` : `  ${name}`);
      if (s.conflict) lines.push(`    ${s.conflict.kind}: ${s.conflict.message}`);
      else if (s.relation) lines.push(`    ${s.relation}, score ${s.score?.toFixed(2)}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
