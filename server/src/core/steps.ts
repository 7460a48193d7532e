/**
 * Long computations written as generators that yield between small pieces of work: a server runs
 * them in time slices in the background (`runInSlices`), and a request that cannot wait finishes
 * the same generator at once (`finish`), so the work done in the background is not done twice.
 */
export type Steps<T> = Generator<void, T>;

/** Runs the generator to its end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the generator in slices of about `sliceMs`, awaiting `pause()` between them. Stops early
 * (resolving `undefined`) when `stillWanted()` turns false after a pause: the state it was computed
 * for changed, or a request finished it meanwhile.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  stillWanted: () => boolean,
  sliceMs = 15,
): Promise<T | undefined> {
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() < deadline) continue;
    await pause();
    if (!stillWanted()) return undefined;
    deadline = performance.now() + sliceMs;
  }
}
