// npm run test:integration — runs test/integration/**/*.test.ts inside the extension host of a
// real VS Code (the server build), opened by headless Chromium on a fresh copy of the fixture
// workspace, and exits non-zero if any test fails or the run does not finish in time.
//
// --multi-root runs test/integration/**/*.multiroot.ts instead, in a workspace of two folders:
// a copy of the fixture and a second, smaller plan.
//
// --grep <pattern> runs only the tests whose titles match (Node host only).
//
// --web runs the extension's browser build and the tests in the web worker extension host, as
// VS Code for the web does (vscode.dev, github.dev): every test that needs no Node of its own.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  grepVariable,
  unwatchedFolder,
  resultsFileVariable,
  suiteVariable,
  progressFileName,
  webResultsFileName,
  type IntegrationResults,
} from '../integration/results';
import { launchBrowser } from './browser';
import { buildExtension, bundleIntegrationTests, bundleWebIntegrationTests } from './build';
import { HarnessError, isExiting, runMain } from './lifecycle';
import manifest from '../../package.json';
import { fixtureWorkspace, projectRoot } from './paths';
import { requireChromium } from './prerequisites';
import { saveRunLogs } from './runLogs';
import { startServer, type RunningServer } from './server';
import { printResults, readResults } from './testReport';
import { formatDuration, minutes, pollUntil, seconds } from './timeouts';
import { copyWorkspace, temporaryDirectory } from './workspace';

/**
 * A run that starts no new test for this long is stuck: longer than a test and its hooks may take
 * together (each has `testTimeoutMs`).
 */
const stallTimeoutMs = minutes(4);
/** A bound on the whole run, far above its usual 2–4 minutes, so that a busy machine is slow, not a failure. */
const testsTimeoutMs = minutes(25);
/** How long a results file may lag behind the extension host's exit before the run counts as crashed. */
const resultsAfterExitGraceMs = seconds(5);

async function main(): Promise<number> {
  const started = Date.now();
  requireChromium();
  await buildExtension();
  const { values } = parseArgs({ options: { 'multi-root': { type: 'boolean' }, web: { type: 'boolean' }, grep: { type: 'string' } } });
  if (values.grep && values.web)
    throw new HarnessError('--grep works in the Node extension host only: the web runner has no environment to pass it in.');
  const multiRoot = values['multi-root'] ?? false;
  const web = values.web ?? false;
  const testIndex = web ? await webTestIndex() : await bundleIntegrationTests();
  const workspace = multiRoot ? twoFolderWorkspace() : copyWorkspace(fixtureWorkspace, 'It is part of the project: restore it from git.');
  // The web worker host has no environment: its runner writes next to the workspace folder.
  const resultsFile = web
    ? path.join(path.dirname(workspace), webResultsFileName)
    : path.join(temporaryDirectory('results'), 'results.json');

  const runName = web ? 'web-integration' : 'integration';
  let server: RunningServer | undefined;
  const browserConsole: string[] = [];
  try {
    console.log('Starting VS Code…');
    server = await startServer({
      workspace,
      env: {
        [resultsFileVariable]: resultsFile,
        [suiteVariable]: multiRoot ? 'multi-root' : 'single-folder',
        ...(values.grep && { [grepVariable]: values.grep }),
      },
      settings: {
        // A folder the file watcher leaves alone, as on a file system VS Code cannot watch: what
        // happens there is known only from VS Code's own file operations.
        'files.watcherExclude': { [`**/${unwatchedFolder}/**`]: true },
        // The workbench in the browser saves an edit a second after it is made; desktop VS Code,
        // whose default the tests of unsaved editors assume, waits for the user to save.
        'files.autoSave': 'off',
        // A user's own choice of host, and the one way that works here: the workbench in the browser
        // ignores the payload's extensionDevelopmentKind (it reads a property its environment lacks).
        ...(web && { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } }),
      },
    });
    const page = await (await launchBrowser()).newPage();
    page.on('console', (message) => browserConsole.push(`[${message.type()}] ${message.text()}`));
    // The web worker extension host logs to its worker's console, not the page's.
    page.on('worker', (worker) => worker.on('console', (message) => browserConsole.push(`[worker ${message.type()}] ${message.text()}`)));
    // The workbench calls this when the extension host exits after running the tests (VS Code's own test hook).
    let hostExit: { code: number; at: number } | undefined;
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      hostExit = { code, at: Date.now() };
    });
    let serverExitCode: number | undefined;
    void server.exited.then((code) => (serverExitCode = code));

    console.log(`Running the integration tests in the ${web ? 'web worker ' : ''}extension host…`);
    await page.goto(server.workbenchUrl({ extensionDevelopmentPath: projectRoot, extensionTestsPath: testIndex }), {
      timeout: seconds(60),
    });
    const runningServer = server;
    let progress = { line: '', at: Date.now() };
    const results = await pollUntil<IntegrationResults>(
      () => {
        const written = readResults(resultsFile);
        if (written) return written;
        const line = lastProgress(resultsFile);
        if (line !== progress.line) progress = { line, at: Date.now() };
        else if (Date.now() - progress.at > stallTimeoutMs) {
          throw new HarnessError(`The integration tests started no new test for ${formatDuration(stallTimeoutMs)}${line}`);
        }
        if (serverExitCode !== undefined) {
          throw new HarnessError(
            `The VS Code server stopped during the tests (code ${serverExitCode}). Last output:\n${runningServer.recentOutput()}`,
          );
        }
        if (hostExit && Date.now() - hostExit.at > resultsAfterExitGraceMs) {
          throw new HarnessError(`The extension host exited (code ${hostExit.code}) without writing test results.`);
        }
        return undefined;
      },
      {
        timeoutMs: testsTimeoutMs,
        intervalMs: seconds(0.5),
        message: () => `The integration tests did not write their results${lastProgress(resultsFile)}`,
      },
    );
    printResults(results);
    console.log(`\nIntegration run took ${formatDuration(Date.now() - started)}.`);
    if (results.failed > 0) saveRunLogs(runName, server, browserConsole);
    return results.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!isExiting()) saveRunLogs(runName, server, browserConsole);
    throw error;
  }
}

/** What the runner last said it was doing, if it said anything. */
function lastProgress(resultsFile: string): string {
  const file = path.join(path.dirname(resultsFile), progressFileName);
  return fs.existsSync(file) ? ` (last ${fs.readFileSync(file, 'utf8')})` : '';
}

async function webTestIndex(): Promise<string> {
  const { bundle, skipped } = await bundleWebIntegrationTests();
  console.log(`Tests that need Node run only in the Node host: ${skipped.join(', ') || 'none'}.`);
  return bundle;
}

/**
 * A multi-root workspace: the fixture's plan, and a second folder with a plan of its own (the
 * fixture's profile, one goal and a card that names a goal only the first plan has).
 */
function twoFolderWorkspace(): string {
  const work = copyWorkspace(fixtureWorkspace, 'It is part of the project: restore it from git.');
  const side = path.join(path.dirname(work), 'side-project');
  fs.mkdirSync(path.join(side, 'growth', 'goals'), { recursive: true });
  fs.mkdirSync(path.join(side, 'growth', 'cards'), { recursive: true });
  fs.copyFileSync(path.join(work, 'growth', 'profile.md'), path.join(side, 'growth', 'profile.md'));
  fs.writeFileSync(
    path.join(side, 'growth', 'goals', 'open-source.md'),
    '---\nkind: goal\nschema: 1\ntitle: Land three pull requests in an open-source project by March\nhorizon: short\nstatus: active\nmeasurable: {metric: pull requests merged, target: "3"}\ndue: 2027-03-31\n---\n',
  );
  fs.writeFileSync(
    path.join(side, 'growth', 'cards', 'borrowed.md'),
    '---\nkind: card\nschema: 1\ntitle: Notes on refunds\ngoal: ship-refunds\n---\n',
  );
  const file = path.join(path.dirname(work), 'two-plans.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ path: work }, { path: side }] }, null, 2));
  return file;
}

runMain(main);
