// npm run test:integration:electron — the same integration suite, in VS Code desktop through
// @vscode/test-electron, for machines that can download VS Code from Microsoft (it is cached in
// .vscode-test/). On Linux without a display, run it under xvfb-run. CI and offline machines use
// npm run test:integration, which runs the suite in the VS Code server build from npm.
import { downloadAndUnzipVSCode, runTests, TestRunFailedError } from '@vscode/test-electron';
import path from 'node:path';
import { resultsFileVariable } from '../integration/results';
import { buildExtension, bundleIntegrationTests } from './build';
import { describeError, HarnessError, runMain } from './lifecycle';
import { fixtureWorkspace, projectRoot } from './paths';
import { vscodeVersion } from './serverInstall';
import { printResults, readResults } from './testReport';
import { minutes, seconds, withTimeout } from './timeouts';
import { copyWorkspace, temporaryDirectory } from './workspace';

async function downloadVSCode(): Promise<string> {
  try {
    // The same version as the server build, so both runs test against one VS Code.
    return await downloadAndUnzipVSCode({ version: vscodeVersion, timeout: seconds(30) });
  } catch (error) {
    throw new HarnessError(
      `Could not download VS Code ${vscodeVersion} desktop from Microsoft's update servers (${describeError(error).split('\n')[0]}).\n` +
        '  This machine may be offline. npm run test:integration runs the same tests in the VS Code server build from npm.',
    );
  }
}

async function main(): Promise<number> {
  await buildExtension();
  const testIndex = await bundleIntegrationTests();
  const workspace = copyWorkspace(fixtureWorkspace, 'It is part of the project: restore it from git.');
  const resultsFile = path.join(temporaryDirectory('results'), 'results.json');
  const vscodeExecutablePath = await downloadVSCode();

  console.log('Running the integration tests in VS Code desktop…');
  try {
    await withTimeout(
      runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: projectRoot,
        extensionTestsPath: testIndex,
        extensionTestsEnv: { [resultsFileVariable]: resultsFile },
        launchArgs: [workspace, '--disable-extensions'],
      }),
      minutes(10),
      'VS Code desktop did not finish the integration tests',
    );
  } catch (error) {
    // A failing test makes VS Code exit non-zero; the results file tells which.
    if (!(error instanceof TestRunFailedError)) throw error;
  }
  const results = readResults(resultsFile);
  if (!results) throw new HarnessError('VS Code desktop exited without writing test results; see its output above.');
  printResults(results);
  return results.failed > 0 ? 1 : 0;
}

runMain(main);
