// Every wait in the harness has a time limit and says what it was waiting for.
import { setTimeout as sleep } from 'node:timers/promises';
import { HarnessError } from './lifecycle';

export const seconds = (count: number): number => count * 1000;
export const minutes = (count: number): number => count * 60_000;

export function formatDuration(milliseconds: number): string {
  const totalSeconds = Math.round(milliseconds / 1000);
  return totalSeconds < 60 ? `${totalSeconds} s` : `${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s`;
}

/** Resolves like `promise`, or rejects with `message` once `milliseconds` have passed. */
export async function withTimeout<T>(promise: Promise<T>, milliseconds: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HarnessError(`${message} (gave up after ${formatDuration(milliseconds)})`)), milliseconds);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls `check` until it returns something other than undefined, or fails with `message` after `timeoutMs`. */
export async function pollUntil<T>(
  check: () => T | undefined | Promise<T | undefined>,
  /** `message` may be a function, to say what was going on when the time ran out. */
  options: { timeoutMs: number; message: string | (() => string); intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined) return result;
    if (Date.now() > deadline) {
      const message = typeof options.message === 'function' ? options.message() : options.message;
      throw new HarnessError(`${message} (gave up after ${formatDuration(options.timeoutMs)})`);
    }
    await sleep(options.intervalMs ?? 250);
  }
}
