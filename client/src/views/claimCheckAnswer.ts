import {
  type CheckClaimResult,
  CLAIM_VERDICT_INFO,
  type ClaimVerdictName,
} from '../../../server/src/protocol';

/**
 * What the Claim Check view shows for a check: the server's answer, or `failed` when none came (the
 * request failed, was cancelled by the client, or timed out). Kept free of `vscode` so it is tested
 * in plain Node.
 */
export type ClaimCheckAnswer =
  | CheckClaimResult
  | { state: 'failed'; claim: string; message: string; sources: [] };

/**
 * Longest wait for an answer. The server answers once its initial index is built, so this is
 * generous: a check that times out says so and can be run again.
 */
export const CLAIM_CHECK_TIMEOUT_MS = 120_000;

/**
 * The answer to `request`, never a rejection and never a wait past `timeoutMs`: a failure or a
 * timeout becomes a `failed` answer that says what happened in words (`onTimeout` cancels the request).
 */
export async function answerOf(
  request: Promise<CheckClaimResult>,
  claim: string,
  timeoutMs: number,
  onTimeout: () => void = () => undefined,
): Promise<ClaimCheckAnswer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<ClaimCheckAnswer>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve(failed(claim, `No answer from the Triangulate server within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
  });
  const answered = request.then(
    (result): ClaimCheckAnswer => result,
    (e: unknown) => failed(claim, `The check failed: ${reasonOf(e)}`),
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function failed(claim: string, message: string): ClaimCheckAnswer {
  return { state: 'failed', claim, message, sources: [] };
}

/** An error's own words, with a full stop (a cancelled request's error has an empty message). */
function reasonOf(e: unknown): string {
  const text = e instanceof Error ? e.message.trim() : typeof e === 'string' ? e.trim() : '';
  if (!text) return 'the request was stopped.';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The claim row's description for an answer, or for a check still running (`null`). */
export function claimStatus(answer: ClaimCheckAnswer | null, sources: string): string {
  if (!answer) return 'checking…';
  if (answer.state === 'ok') return `claim · ${sources}`;
  if (answer.state === 'cancelled') return 'cancelled';
  return answer.state === 'failed' ? 'check failed' : 'not checked';
}

/** The words under the claim when it has no verdicts: why, then how to run it again. */
export function unansweredMessage(answer: ClaimCheckAnswer): string | null {
  if (answer.state === 'ok') return null;
  if (answer.state === 'cancelled') return 'The check was cancelled before it finished.';
  return answer.message ?? 'The claim was not checked.';
}

/** Sources of one verdict: for `silent`, the server's count, of which it lists only the first few. */
export function verdictCount(answer: ClaimCheckAnswer | null, verdict: ClaimVerdictName): number {
  const listed = (answer?.sources ?? []).filter((v) => v.verdict === verdict).length;
  return verdict === 'silent' && answer?.state === 'ok' ? (answer.silentCount ?? listed) : listed;
}

/** Every source of the workspace, the unlisted silent ones included. */
export function sourceCount(answer: ClaimCheckAnswer | null): number {
  return CLAIM_VERDICT_INFO.reduce((n, { verdict }) => n + verdictCount(answer, verdict), 0);
}

/** Silent sources counted but not listed: the “… and N more” row. */
export function unlistedSilent(answer: ClaimCheckAnswer | null): number {
  const listed = (answer?.sources ?? []).filter((v) => v.verdict === 'silent').length;
  return verdictCount(answer, 'silent') - listed;
}
