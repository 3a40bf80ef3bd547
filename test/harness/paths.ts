// Where the harness keeps things. Everything generated lives in git-ignored folders.
import path from 'node:path';

/** The project root (this file lives in test/harness/). */
export const projectRoot = path.resolve(__dirname, '..', '..');

/** The VS Code server build and its Node, installed on first use. */
export const serverCacheDir = path.join(projectRoot, '.vscode-server');

/** Where npm run install-local installs the packaged extension, for `npm start -- --installed`. */
export const installedExtensionsDir = path.join(serverCacheDir, 'extensions');

/** Bundled integration tests, loaded by the extension host. */
export const integrationBundleDir = path.join(projectRoot, 'out', 'test', 'integration');

/** The integration tests bundled for the web worker extension host. */
export const webIntegrationBundleDir = path.join(projectRoot, 'out', 'test', 'web-integration');

export const integrationSourceDir = path.join(projectRoot, 'test', 'integration');
export const e2eSourceDir = path.join(projectRoot, 'test', 'e2e');

/** Screenshots and logs of test runs, kept for people and CI artifacts. */
export const testResultsDir = path.join(projectRoot, 'test-results');
export const screenshotsDir = path.join(testResultsDir, 'screenshots');

export const demoWorkspace = path.join(projectRoot, 'demo');
export const fixtureWorkspace = path.join(projectRoot, 'test', 'fixtures', 'workspace');

/** A path for messages: relative inside the project, absolute outside it. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(projectRoot, absolutePath);
  return relative && !relative.startsWith('..') ? relative : absolutePath;
}
