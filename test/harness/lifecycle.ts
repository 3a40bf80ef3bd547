// Runs a harness command so that everything it started is stopped however it ends:
// normal return, a thrown error, Ctrl+C (SIGINT), SIGTERM or SIGHUP.
import { inspect } from 'node:util';

/** A problem the user can act on: printed as its message alone, without a stack. */
export class HarnessError extends Error {
  override name = 'HarnessError';
}

type Cleanup = () => void | Promise<void>;

const cleanups: Cleanup[] = [];

/** Registers `cleanup` to run when the command ends (last registered runs first). Returns an unregister function. */
export function onCleanup(cleanup: Cleanup): () => void {
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

async function runCleanups(): Promise<void> {
  for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`Cleanup failed: ${inspect(error)}`);
    }
  }
}

export function describeError(error: unknown): string {
  return error instanceof HarnessError ? error.message : inspect(error);
}

const exitCodeForSignal = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** Cleanups each have their own time limits; this bounds them all, should one hang anyway. */
const cleanupDeadlineMs = 30_000;

let exiting = false;

/** True once the command is stopping (finished, failed or signalled); errors after that are consequences, not news. */
export function isExiting(): boolean {
  return exiting;
}

/**
 * Runs `main`, then the cleanups, then exits with main's exit code. A signal runs the cleanups
 * and exits. Further signals while cleaning up are ignored: Ctrl+C reaches this process twice
 * (from the terminal and relayed by tsx), and the cleanup should not be cut short.
 */
export function runMain(main: () => Promise<number>): void {
  const exit = async (code: number): Promise<void> => {
    if (exiting) return;
    exiting = true;
    setTimeout(() => process.exit(code), cleanupDeadlineMs).unref();
    await runCleanups();
    process.exit(code);
  };
  for (const [signal, code] of Object.entries(exitCodeForSignal)) {
    process.on(signal, () => {
      if (exiting) return;
      console.error(`\n${signal} received: stopping everything this run started…`);
      void exit(code);
    });
  }
  main().then(
    (code) => exit(code),
    (error: unknown) => {
      if (exiting) return;
      console.error(`\n✖ ${describeError(error)}`);
      return exit(1);
    },
  );
}
