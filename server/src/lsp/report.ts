import type { CancellationToken } from 'vscode-languageserver';
import { buildBrief } from '../core/brief/brief';
import { completingFindings } from '../core/brief/evidence';
import { isReportFormat, renderBrief, reportFileName } from '../core/brief/render';
import { yieldToEventLoop } from '../core/index/indexer';
import type { ReportParams, ReportResult } from '../protocol';
import type { ServerContext } from './context';
import { briefInputs } from './sources';

const CANCELLED: ReportResult = { state: 'cancelled', message: 'The report was cancelled.' };

/**
 * The workspace's report in one format (after the initial scan: every source is in it). A target
 * that is one of the analysed articles is refused, so an export never overwrites an article, and
 * so is one the include globs would read as an article.
 */
export async function reportRequest(
  ctx: ServerContext,
  params: ReportParams,
  folderName: string,
  isArticle: (uri: string) => boolean,
  token: CancellationToken,
): Promise<ReportResult> {
  const format = params?.format;
  if (!isReportFormat(format))
    return { state: 'refused', message: `Unknown report format “${String(format)}”.` };
  const target = typeof params.target === 'string' ? params.target : undefined;
  if (target && (ctx.index.document(target) || ctx.index.skippedDocument(target)))
    return {
      state: 'refused',
      message:
        'That file is one of the analysed articles: the report is not written over it. Choose another name.',
    };
  // A report saved where articles are read would be analysed as one next time.
  if (target && isArticle(target))
    return {
      state: 'refused',
      message: `A report named so would be analysed as an article. Keep the name ${reportFileName(format)} or save it outside the analysed files.`,
    };
  const inputs = briefInputs(ctx);
  const cancelled = () => token.isCancellationRequested;
  // The costly part, one document at a time: the server answers the editor meanwhile.
  const steps = completingFindings(
    inputs,
    ctx.index.documents().map((d) => d.uri),
  );
  let step = steps.next();
  for (; !step.done; step = steps.next()) {
    if (cancelled()) return CANCELLED;
    await yieldToEventLoop();
  }
  const brief = buildBrief(inputs, folderName, { cancelled, findings: step.value });
  if (!brief) return CANCELLED;
  return { state: 'ok', text: renderBrief(brief, format), fileName: reportFileName(format) };
}
