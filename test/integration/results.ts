// The contract between the test index (inside the extension host) and the drivers that read its results.

/** Names the environment variable holding the results file's path; the extension host inherits it from the server. */
export const resultsFileVariable = 'DEVGROWTH_INTEGRATION_RESULTS';

export interface TestOutcome {
  /** Suite titles, then the test's title. */
  titlePath: string[];
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string };
}

export interface IntegrationResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
  /** What the extension host printed to its console during the run. */
  console: string[];
}

/** A pattern the tests' titles must match to run (`npm run test:integration -- --grep <pattern>`); unset, all run. */
export const grepVariable = 'DEVGROWTH_INTEGRATION_GREP';

/** Which tests the runner loads: the usual ones, or those for a workspace of several folders. */
export const suiteVariable = 'DEVGROWTH_INTEGRATION_SUITE';

/** The results file of the web suite: next to the workspace folder, as a web worker has no environment variables. */
export const webResultsFileName = 'web-integration-results.json';

/**
 * Each runner's progress, next to its results file: the test it is running. The driver reads it
 * to tell a slow run from a stuck one, and to say where a stuck one hung.
 */
export const progressFileName = 'integration-progress.txt';

/**
 * How long one test or hook may take. Longer than the helpers' longest wait (30 s), so that a
 * wait that runs out says what it waited for, and a cleanup that is slow on a busy machine ends
 * before the next suite starts instead of running on into it.
 */
export const testTimeoutMs = 60_000;

/** A folder of the growth plan (`growth/unwatched`) excluded from file watching in every integration run. */
export const unwatchedFolder = 'growth/unwatched';
