import type { Brief } from '../types';
import { briefCsv } from './csv';
import { briefHtml } from './html';
import { briefMarkdown } from './markdown';

/** The formats a report is exported in: the one list the CLI, the protocol and the command read. */
export const REPORT_FORMATS = [
  { format: 'md', label: 'Markdown', detail: 'the whole report, readable as text' },
  { format: 'html', label: 'HTML', detail: 'one self-contained page: opens offline, prints' },
  { format: 'csv', label: 'CSV', detail: 'the findings, one row each, for a spreadsheet' },
] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number]['format'];

export const isReportFormat = (f: unknown): f is ReportFormat => REPORT_FORMATS.some((r) => r.format === f);

/** The file name a report is saved under by default (excluded from indexing: it is no article). */
export const reportFileName = (format: ReportFormat): string => `triangulate-report.${format}`;

export function renderBrief(brief: Brief, format: ReportFormat): string {
  if (format === 'html') return briefHtml(brief);
  if (format === 'csv') return briefCsv(brief);
  return briefMarkdown(brief);
}
