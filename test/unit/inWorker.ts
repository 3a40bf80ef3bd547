/**
 * Runs a function of the product in a worker thread with a time limit, for tests of code that
 * must never stall the extension host: if it loops, the test fails with a message instead of
 * holding mocha up forever (a loop in the test's own thread would block its timeout too).
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
require('tsx/cjs');
const run = require(workerData.module)[workerData.name];
parentPort.postMessage(workerData.calls.map((args) => run(...args)));
`;

/**
 * The results of `name`, exported by `module` (a path from the repository's root), called on
 * each list of arguments in turn; rejects when they are not all there within `limitMs`.
 */
export async function resultsInWorker(module: string, name: string, calls: readonly unknown[][], limitMs: number): Promise<unknown[]> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { module: path.resolve(__dirname, '../..', module), name, calls },
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${name} did not finish ${calls.length} call(s) within ${limitMs} ms: it loops or takes far too long`)),
        limitMs,
      );
      worker.once('message', (results: unknown[]) => (clearTimeout(timer), resolve(results)));
      worker.once('error', (error) => (clearTimeout(timer), reject(error)));
    });
  } finally {
    await worker.terminate();
  }
}
