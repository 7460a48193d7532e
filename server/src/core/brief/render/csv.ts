import { printable } from '../../printable';
import type { Brief, BriefPassage } from '../types';

/** A cell a spreadsheet would read as a formula (or a hidden one, after a tab or a return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: formulas defused with a leading apostrophe, quoted when it holds , " CR or LF. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = printable(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'story',
  'kind',
  'source_a',
  'path_a',
  'start_a',
  'end_a',
  'quote_a',
  'source_b',
  'path_b',
  'start_b',
  'end_b',
  'quote_b',
  'message',
  'confidence',
  'review',
  'reviewed_at',
] as const;

const passageCells = (p: BriefPassage | null): Array<string | number> =>
  p ? [p.source, p.path, p.start, p.end, p.text] : ['', '', '', '', ''];

/**
 * The brief's findings as CSV (RFC 4180, CRLF): one row per contradiction with both passages,
 * then one per single-source claim (its `b` cells empty).
 */
export function briefCsv(brief: Brief): string {
  const rows: Array<Array<string | number>> = [];
  for (const s of brief.stories) {
    for (const f of s.findings)
      rows.push([
        s.label,
        f.kind,
        ...passageCells(f.a),
        ...passageCells(f.b),
        f.message,
        Number(f.confidence.toFixed(3)),
        f.review?.decision ?? '',
        f.review?.at ?? '',
      ]);
    for (const [kind, list] of [
      ['single-source', s.singleSource],
      ['anachronism', s.anachronisms],
    ] as const)
      for (const c of list)
        rows.push([
          s.label,
          kind,
          ...passageCells(c.passage),
          ...passageCells(null),
          c.reason,
          '',
          c.review?.decision ?? '',
          c.review?.at ?? '',
        ]);
  }
  return [[...CSV_COLUMNS], ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
