// npm run bench:activation [-- 10000] — how quickly DevGrowth starts in a real VS Code on a big
// plan: it opens a generated folder of that many growth files in the server build, shows the
// DevGrowth sidebar, and reads the timings the extension writes to its output (activation, the
// plan ready to show, the first Goals tree, the plan read), once cold and once after a reload,
// from the cache.
import fs from 'node:fs';
import path from 'node:path';
import { generatePlan } from '../bench/generate';
import { Workbench } from '../e2e/workbench';
import { launchBrowser } from './browser';
import { buildExtension } from './build';
import { runMain } from './lifecycle';
import { projectRoot, screenshotsDir } from './paths';
import { requireChromium } from './prerequisites';
import { startServer, type RunningServer } from './server';
import { pollUntil, seconds } from './timeouts';
import { temporaryDirectory } from './workspace';

const TIMING_LINES =
  /(Activated in [\d.]+ ms|Ready to show the growth plan \d+ ms after activation began|Read the growth plan \(\d+ files\) \d+ ms after activation began|Drew the Goals tree \d+ ms after activation began)/g;

/** The timing lines of the newest DevGrowth output log, once all four are there. */
async function timings(server: RunningServer, after: number): Promise<string[]> {
  return pollUntil(
    () => {
      const logs = fs.existsSync(server.logsDir) ? findLogs(server.logsDir).filter((file) => fs.statSync(file).mtimeMs >= after) : [];
      const lines = logs.flatMap((file) => fs.readFileSync(file, 'utf8').match(TIMING_LINES) ?? []);
      return lines.length >= 4 ? lines.slice(-4) : undefined;
    },
    { timeoutMs: seconds(120), intervalMs: seconds(0.5), message: 'DevGrowth did not log its start-up timings' },
  );
}

function findLogs(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? findLogs(full) : entry.name === 'DevGrowth.log' ? [full] : [];
  });
}

async function main(): Promise<number> {
  const count = Number(process.argv[2] ?? 10_000);
  requireChromium();
  await buildExtension();
  const workspace = path.join(temporaryDirectory('workspace'), 'plan');
  process.stdout.write(`Generating ${count.toLocaleString('en')} growth files… `);
  generatePlan(workspace, count);
  console.log('done.\nStarting VS Code…');
  const server = await startServer({ workspace });
  const browser = await launchBrowser();
  const workbench = await Workbench.open(browser, {
    url: server.workbenchUrl({ extensionDevelopmentPath: projectRoot }),
    workspace,
    screenshotsDir,
    screenshotPrefix: 'activation-bench',
  });
  for (const run of ['cold', 'warm (from the cache)']) {
    const started = Date.now();
    if (run !== 'cold') {
      await workbench.runCommand('Developer: Reload Window');
      await workbench.page.waitForTimeout(seconds(2));
    }
    await workbench.openViewContainer('DevGrowth');
    await workbench.treeRows('Goals').first().waitFor({ timeout: seconds(120) });
    console.log(`\n${run}:`);
    for (const line of await timings(server, started)) console.log(`  ${line}`);
  }
  await workbench.close();
  await browser.close();
  return 0;
}

runMain(main);
