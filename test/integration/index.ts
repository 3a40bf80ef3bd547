// The integration-test runner the extension host loads through `extensionTestsPath`. It runs
// every bundled *.test.js next to it with mocha and writes the results to the file named by
// $DEVGROWTH_INTEGRATION_RESULTS: the web workbench never exits, so the driver reads that file.
import fs from 'node:fs';
import { findSourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import Mocha from 'mocha';
import {
  grepVariable,
  progressFileName,
  resultsFileVariable,
  suiteVariable,
  testTimeoutMs,
  type IntegrationResults,
  type TestOutcome,
} from './results';

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Records console output (the extension's and the tests') while still passing it on. VS Code
 * pins the extension host's console methods (they forward to the workbench), so the global
 * `console` itself is swapped for one that records first.
 */
function recordConsole(lines: string[]): () => void {
  const original = globalThis.console;
  const recording = Object.create(original) as Console;
  for (const method of consoleMethods) {
    Object.defineProperty(recording, method, {
      value: (...args: unknown[]) => {
        lines.push(`[${method}] ${format(...args)}`);
        original[method](...args);
      },
    });
  }
  globalThis.console = recording;
  return () => {
    globalThis.console = original;
  };
}

/**
 * Maps stack frames in the bundled tests back to the .ts sources. Node's own source-map support
 * is bypassed because VS Code installs its own Error.prepareStackTrace in the extension host.
 */
function mapStackToSources(stack: string): string {
  return stack.replace(/([^\s()]+\.js):(\d+):(\d+)/g, (frame, file: string, line: string, column: string) => {
    const entry = findSourceMap(path.resolve(file))?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return frame;
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return `${path.relative(process.cwd(), source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

function describeError(error: unknown): TestOutcome['error'] {
  return error instanceof Error
    ? { message: error.message, stack: error.stack && mapStackToSources(error.stack) }
    : { message: String(error) };
}

/** Says which test runs, next to the results file, for the driver (see `progressFileName`). */
function reportProgress(line: string): void {
  const resultsFile = process.env[resultsFileVariable];
  if (resultsFile) fs.writeFileSync(path.join(path.dirname(resultsFile), progressFileName), line);
}

function runMocha(mocha: Mocha): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  const { EVENT_TEST_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING } = Mocha.Runner.constants;
  return new Promise((resolve) => {
    mocha
      .run(() => resolve(outcomes))
      .on(EVENT_TEST_BEGIN, (test) => reportProgress(`running: ${test.titlePath().join(' › ')} (after ${outcomes.length} tests)`))
      .on(EVENT_TEST_PASS, (test) => outcomes.push({ titlePath: test.titlePath(), state: 'passed', durationMs: test.duration }))
      .on(EVENT_TEST_PENDING, (test) => outcomes.push({ titlePath: test.titlePath(), state: 'pending' }))
      // Also reports failed hooks, titled like `"before all" hook for "…"`.
      .on(EVENT_TEST_FAIL, (test, error) =>
        outcomes.push({ titlePath: test.titlePath(), state: 'failed', durationMs: test.duration, error: describeError(error) }),
      );
  });
}

export async function run(): Promise<void> {
  process.setSourceMapsEnabled(true); // keeps the bundles' source maps for mapStackToSources
  const consoleLines: string[] = [];
  const stopRecording = recordConsole(consoleLines);
  let tests: TestOutcome[];
  try {
    // The drivers print the results; mocha's base reporter only keeps count.
    const mocha = new Mocha({ ui: 'bdd', timeout: testTimeoutMs, color: false, reporter: Mocha.reporters.Base });
    const grep = process.env[grepVariable];
    if (grep) mocha.grep(grep);
    const suffix = process.env[suiteVariable] === 'multi-root' ? '.multiroot.js' : '.test.js';
    const testFiles = fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(suffix));
    for (const file of testFiles.sort()) mocha.addFile(path.join(__dirname, file));
    tests = await runMocha(mocha);
  } catch (error) {
    tests = [{ titlePath: ['loading the integration tests'], state: 'failed', error: describeError(error) }];
  } finally {
    stopRecording();
  }

  const count = (state: TestOutcome['state']): number => tests.filter((test) => test.state === state).length;
  const results: IntegrationResults = {
    passed: count('passed'),
    failed: count('failed'),
    pending: count('pending'),
    tests,
    console: consoleLines,
  };
  const resultsFile = process.env[resultsFileVariable];
  if (resultsFile) {
    // Written whole, then renamed, so the driver never reads half a file.
    fs.writeFileSync(`${resultsFile}.partial`, JSON.stringify(results, null, 2));
    fs.renameSync(`${resultsFile}.partial`, resultsFile);
  }
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed.`);
}
