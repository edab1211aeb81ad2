import { SCAN_DEADLINE } from '../aws/errors.js';
import type { CallFailure } from '../model/inventory.js';

/** The timer functions a deadline uses: the global ones, or a test's injected clock. */
export interface DeadlineTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * The `scan-timeout-minutes` deadline of one scan. Its signal aborts when the time is up: the
 * client factory sends every call with it (calls in flight end, new ones fail at once) and the
 * collect context stops starting calls, so collection ends and the report is still written.
 */
export interface ScanDeadline {
  readonly signal: AbortSignal;
  readonly minutes: number;
  /** Stops the timer once the scan is done, so it does not keep the process alive. */
  stop(): void;
}

export function startDeadline(
  minutes: number,
  timers: DeadlineTimers = globalThis as unknown as DeadlineTimers,
): ScanDeadline {
  const controller = new AbortController();
  const handle = timers.setTimeout(
    () => controller.abort(new DeadlineError(minutes)),
    Math.round(minutes * 60_000),
  );
  (handle as { unref?: () => void } | undefined)?.unref?.();
  return {
    signal: controller.signal,
    minutes,
    stop: () => timers.clearTimeout(handle),
  };
}

/** Minutes as people write them: `60 min`, `0.5 min`. */
export function formatMinutes(minutes: number): string {
  return `${Number(minutes.toFixed(2))} min`;
}

export class DeadlineError extends Error {
  override name = SCAN_DEADLINE;
  constructor(readonly minutes: number) {
    super(`the scan-timeout-minutes deadline (${formatMinutes(minutes)}) passed`);
  }
}

/** What a call the deadline cut (or never let start) left in the inventory. */
export function deadlineFailure(operation: string, minutes: number): CallFailure {
  return {
    operation,
    code: SCAN_DEADLINE,
    message: `Not collected: ${new DeadlineError(minutes).message} before this call finished.`,
    class: 'timeout',
  };
}

/** `work`, or a DeadlineError as soon as the deadline passes, whichever comes first. */
export function untilDeadline<T>(work: Promise<T>, deadline: ScanDeadline | undefined): Promise<T> {
  if (!deadline) return work;
  const { signal } = deadline;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(new DeadlineError(deadline.minutes));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new DeadlineError(deadline.minutes));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
