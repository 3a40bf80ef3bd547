// npm run test:e2e — runs test/e2e/**/*.e2e.ts with mocha against a real VS Code window: the
// server build with the extension loaded and a fresh copy of the demo workspace, driven by
// headless Chromium. Screenshots go to test-results/screenshots/.
//
// Options: --workspace <folder> opens a copy of another folder; --grep <pattern> runs matching tests only;
// --installed tests the package instead of this folder: it packs the .vsix, installs it into a
// fresh extensions folder and starts VS Code with only that.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Mocha from 'mocha';
import { setE2ESession } from '../e2e/fixture';
import { launchBrowser } from './browser';
import { buildExtension } from './build';
import { installPackage, packageExtension } from './installPackage';
import { findFiles } from './files';
import { isExiting, runMain } from './lifecycle';
import { demoWorkspace, displayPath, e2eSourceDir, projectRoot, screenshotsDir } from './paths';
import { requireChromium } from './prerequisites';
import { saveRunLogs } from './runLogs';
import { startServer } from './server';
import { formatDuration, minutes, seconds, withTimeout } from './timeouts';
import { copyWorkspace, temporaryDirectory } from './workspace';

// Guards against a hang, not speed checks: on a machine busy with other work a run has taken
// 18 minutes where it takes 8 on a quiet one.
const testTimeoutMs = minutes(2);
const runTimeoutMs = minutes(30);

async function main(): Promise<number> {
  const started = Date.now();
  const { values } = parseArgs({ options: { workspace: { type: 'string' }, grep: { type: 'string' }, installed: { type: 'boolean' } } });
  requireChromium();
  let extensionsDir: string | undefined;
  if (values.installed) {
    extensionsDir = temporaryDirectory('extensions');
    await installPackage(await packageExtension(), extensionsDir);
  } else {
    await buildExtension();
  }
  const workspace = copyWorkspace(path.resolve(values.workspace ?? demoWorkspace), 'Use --workspace <folder> to test another one.');

  console.log('Starting VS Code…');
  const server = await startServer({ workspace, extensionsDir });
  const browserConsole: string[] = [];
  // Screenshots show this run only.
  fs.rmSync(screenshotsDir, { recursive: true, force: true });
  setE2ESession({
    browser: await launchBrowser(),
    workbenchUrl: server.workbenchUrl(values.installed ? {} : { extensionDevelopmentPath: projectRoot }),
    workspace,
    screenshotsDir,
    browserConsole,
    extensionSource: values.installed ? 'installed' : 'development',
  });

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    timeout: testTimeoutMs,
    slow: seconds(10),
    ...(values.grep ? { grep: values.grep } : {}),
  });
  for (const file of findFiles(e2eSourceDir, '.e2e.ts')) mocha.addFile(file);
  await mocha.loadFilesAsync();
  const failures = await withTimeout(
    new Promise<number>((resolve) => mocha.run(resolve)),
    runTimeoutMs,
    'The end-to-end tests did not finish',
  );
  if (failures > 0 && !isExiting()) saveRunLogs('e2e', server, browserConsole);
  console.log(`Screenshots: ${displayPath(screenshotsDir)}/. End-to-end run took ${formatDuration(Date.now() - started)}.`);
  return failures > 0 ? 1 : 0;
}

runMain(main);
