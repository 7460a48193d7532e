import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { sourceName } from '../core/contradictions/sources';
import { printable } from '../core/printable';
import type { SeverityName } from '../protocol';
import { reviewedFindings, type ServerContext } from './context';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a code action needs to act on a diagnostic without recomputing it. */
export interface FindingData {
  key: string;
  kind: string;
  a: string;
  b: string;
}

/** A notice on the first character of the file. */
function notice(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'triangulate',
    code: 'file',
    message,
  };
}

const snippet = (text: string, max = 120): string => {
  const t = printable(text).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

/**
 * The findings of a document as diagnostics: range on the claim, code = kind, a message with both
 * sides, related information at the exact range of every conflicting passage. Reviewed findings stay
 * visible as greyed-out hints; dismissed ones and ignored kinds are not shown.
 */
export function diagnosticsFor(ctx: ServerContext, uri: string): Diagnostic[] {
  const doc = ctx.fresh(uri);
  const skipped = ctx.index.skippedDocument(uri);
  if (!doc) return skipped ? [notice(`Triangulate did not analyse this file: ${skipped.reason}.`)] : [];
  const settings = ctx.settings();
  const findings = reviewedFindings(ctx, doc);
  const lines = ctx.lines(doc);
  const out: Diagnostic[] = [];
  // Limits and read problems are visible where the analyst reads, not only in the log.
  if (doc.analysis.truncated)
    out.push(notice(`Triangulate analysed this file in part: ${doc.analysis.truncated}.`));
  if (doc.readWarning) out.push(notice(`Triangulate read this file with a problem: ${doc.readWarning}.`));
  for (const f of findings) {
    const configured = settings.severity[f.kind];
    if (configured === 'off') continue;
    const related = f.others.flatMap((o) => {
      const other = ctx.index.document(o.uri);
      if (!other) return [];
      return [
        {
          location: { uri: o.uri, range: ctx.lines(other).range(o.start, o.end) },
          message: `‘${sourceName(ctx.index, o.uri)}’: “${snippet(other.text.slice(o.start, o.end))}”`,
        },
      ];
    });
    const first = f.others[0];
    const data: FindingData = {
      key: f.key,
      kind: f.kind,
      a: snippet(doc.text.slice(f.a.start, f.a.end), 300),
      b: first ? snippet(ctx.index.document(first.uri)?.text.slice(first.start, first.end) ?? '', 300) : '',
    };
    out.push({
      range: lines.range(f.a.start, f.a.end),
      severity: f.reviewed ? DiagnosticSeverity.Hint : SEVERITY[configured],
      source: 'triangulate',
      code: f.kind,
      message: printable(f.reviewed ? `${f.message} (reviewed)` : f.message),
      ...(related.length ? { relatedInformation: related } : {}),
      ...(f.reviewed ? { tags: [DiagnosticTag.Unnecessary] } : {}),
      data,
    });
  }
  return out;
}
