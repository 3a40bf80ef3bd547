// npm run bench:activation [-- 10000] — how quickly DevGrowth starts in a real VS Code on a big
// plan: it opens a generated folder of that many growth files in the server build and reads the
// timings the extension writes to its output (activation, the plan ready to show, the first
// Goals tree and when VS Code asked for it, the plan read). Three starts: the first, with the
// sidebar closed until the bench opens it; then, with the sidebar open as VS Code restores it,
// a reload without the index cache and a reload from it.
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
  /(Activated in [\d.]+ ms|Ready to show the growth plan \d+ ms after activation began|Read the growth plan \(\d+ files\) \d+ ms after activation began|Drew the Goals tree \d+ ms after activation began \(VS Code asked for it at \d+ ms\))/g;

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
  return findFiles(directory, (file) => path.basename(file) === 'DevGrowth.log');
}

function findFiles(directory: string, wanted: (file: string) => boolean): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? findFiles(full, wanted) : wanted(full) ? [full] : [];
  });
}

/** The index caches DevGrowth keeps in the server's storage for the workspace (see IndexCacheStore). */
function indexCaches(server: RunningServer): string[] {
  const storage = path.dirname(server.userDataDir);
  return findFiles(
    storage,
    (file) => /^index-[0-9a-f]{8}\.json$/.test(path.basename(file)) && file.includes(`${path.sep}devgrowth.devgrowth${path.sep}`),
  );
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
  const runs = [
    { name: 'first start, sidebar opened by the bench once the window shows', cache: 'none' },
    { name: 'reload with the sidebar open, without the index cache', cache: 'deleted' },
    { name: 'reload with the sidebar open, from the index cache', cache: 'kept' },
  ] as const;
  for (const run of runs) {
    if (run.cache === 'deleted') {
      // The first start writes the cache once it has read every file: wait for it, then take it away.
      const caches = await pollUntil(() => (indexCaches(server).length > 0 ? indexCaches(server) : undefined), {
        timeoutMs: seconds(60),
        intervalMs: seconds(0.5),
        message: 'DevGrowth did not write its index cache',
      });
      for (const cache of caches) fs.rmSync(cache);
    }
    const started = Date.now();
    if (run.cache !== 'none') {
      await workbench.runCommand('Developer: Reload Window');
      await workbench.page.waitForTimeout(seconds(2));
    }
    await workbench.openViewContainer('DevGrowth');
    await workbench
      .treeRows('Goals')
      .first()
      .waitFor({ timeout: seconds(120) });
    console.log(`\n${run.name}:`);
    for (const line of await timings(server, started)) console.log(`  ${line}`);
  }
  await workbench.close();
  await browser.close();
  return 0;
}

runMain(main);
