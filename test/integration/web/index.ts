// The integration-test runner for VS Code for the web: the extension host there is a web worker,
// without Node. The harness bundles ./setup, the integration tests and this runner into one file;
// the results go through vscode.workspace.fs to a file next to the workspace folder, where the
// driver waits for them.
import * as vscode from 'vscode';
import { progressFileName, webResultsFileName, type IntegrationResults, type TestOutcome } from '../results';

function describeError(error: unknown): TestOutcome['error'] {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}

function runMocha(): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  return new Promise((resolve) => {
    mocha
      .run(() => resolve(outcomes))
      .on('pass', (test) => outcomes.push({ titlePath: test.titlePath(), state: 'passed', durationMs: test.duration }))
      .on('pending', (test) => outcomes.push({ titlePath: test.titlePath(), state: 'pending' }))
      .on('fail', (test, error) =>
        outcomes.push({ titlePath: test.titlePath(), state: 'failed', durationMs: test.duration, error: describeError(error) }),
      )
      .on('test', (test) => reportProgress(`running: ${test.titlePath().join(' › ')} (after ${outcomes.length} tests)`));
  });
}

/** Where the runner says which test runs, so that a driver that gives up can say where it hung. */
function resultsFile(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && folder.uri.with({ path: `${folder.uri.path.replace(/\/[^/]*$/, '')}/${name}` });
}

let progressWrite = Promise.resolve();

function reportProgress(line: string): void {
  const file = resultsFile(progressFileName);
  if (!file) return;
  progressWrite = progressWrite.then(
    () => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(line)),
    () => undefined,
  );
}

/** Proof that this is the web worker host: a worker global scope and no Node `process`. */
function hostDescription(): string {
  const worker = typeof (globalThis as { importScripts?: unknown }).importScripts === 'function';
  const node = typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string';
  return worker && !node ? 'web worker' : `not a web worker (worker scope: ${worker}, Node: ${node})`;
}

export async function run(): Promise<void> {
  let tests: TestOutcome[];
  const host = hostDescription();
  if (host !== 'web worker') {
    tests = [{ titlePath: ['the web extension host'], state: 'failed', error: { message: `The tests ran in ${host}.` } }];
  } else {
    try {
      tests = await runMocha();
    } catch (error) {
      tests = [{ titlePath: ['loading the web integration tests'], state: 'failed', error: describeError(error) }];
    }
  }

  const count = (state: TestOutcome['state']): number => tests.filter((test) => test.state === state).length;
  const results: IntegrationResults = {
    passed: count('passed'),
    failed: count('failed'),
    pending: count('pending'),
    tests,
    console: [`host: ${host}`],
  };
  const file = resultsFile(webResultsFileName);
  if (file) {
    // Written whole, then renamed, so the driver never reads half a file.
    const partial = file.with({ path: `${file.path}.partial` });
    await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(JSON.stringify(results, null, 2)));
    await vscode.workspace.fs.rename(partial, file, { overwrite: true });
  }
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed.`);
}
