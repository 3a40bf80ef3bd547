// The page fixture for end-to-end tests. The e2e driver (test/harness/e2e.ts) starts one VS Code
// server and one browser per run; each suite that calls useWorkbench() gets its own window.
import type { Browser } from 'playwright-core';
import { slug, Workbench } from './workbench';

export interface E2ESession {
  browser: Browser;
  /** The workbench URL: the workspace copy opened, the extension loaded. */
  workbenchUrl: string;
  workspace: string;
  screenshotsDir: string;
  /** Collects the browser console of every window, for the logs of a failed run. */
  browserConsole: string[];
  /** Where the extension comes from: this folder in development mode, or its package installed. */
  extensionSource: 'development' | 'installed';
}

let session: E2ESession | undefined;

/** Called by the driver before the tests load. */
export function setE2ESession(current: E2ESession): void {
  session = current;
}

export function extensionSource(): E2ESession['extensionSource'] {
  if (!session) throw new Error('The e2e driver sets the session: run `npm run test:e2e`.');
  return session.extensionSource;
}

export interface UseWorkbenchOptions {
  /**
   * Prepares the workspace copy before the window opens, for a suite whose settings must be read
   * at start: settings.json written while a window is open reaches it only when the server's file
   * watcher reports the change, which a busy machine delays.
   */
  beforeOpen?: (workspace: string) => void;
}

/**
 * Call inside a `describe`: opens a VS Code window before the suite's tests and closes it after,
 * and saves a screenshot of any failing test. Returns a getter for the suite's Workbench.
 *
 *   describe('sidebar', () => {
 *     const workbench = useWorkbench();
 *     it('shows the goals', async () => { await workbench().openViewContainer('DevGrowth'); });
 *   });
 */
export function useWorkbench(options: UseWorkbenchOptions = {}): () => Workbench {
  let workbench: Workbench | undefined;

  before(async function () {
    this.timeout(90_000);
    if (!session) throw new Error('useWorkbench() needs the e2e driver: run `npm run test:e2e`.');
    const current = session;
    options.beforeOpen?.(current.workspace);
    workbench = await Workbench.open(current.browser, {
      url: current.workbenchUrl,
      workspace: current.workspace,
      screenshotsDir: current.screenshotsDir,
      screenshotPrefix: slug(this.test?.parent?.fullTitle() ?? 'workbench'),
      onConsole: (line) => current.browserConsole.push(line),
    });
  });

  afterEach(async function () {
    const test = this.currentTest;
    if (workbench && test?.state === 'failed') await workbench.screenshot(`failed ${test.title}`);
  });

  after(async () => {
    await workbench?.close();
  });

  return () => {
    if (!workbench) throw new Error('The workbench opens in a before() hook: use it inside tests and hooks.');
    return workbench;
  };
}
