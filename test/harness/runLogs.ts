// Keeps the logs of a failed run in test-results/, since the run's temp folders are removed.
import fs from 'node:fs';
import path from 'node:path';
import { displayPath, testResultsDir } from './paths';
import type { RunningServer } from './server';

/** Copies the server's log and log folder and the browser console into test-results/<run>/ and prints where they are. */
export function saveRunLogs(
  run: 'integration' | 'web-integration' | 'e2e',
  server: RunningServer | undefined,
  browserConsole: readonly string[],
): void {
  const directory = path.join(testResultsDir, `${run}-logs`);
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(path.join(directory, 'browser-console.log'), browserConsole.join('\n'));
  if (server) {
    fs.copyFileSync(server.serverLog, path.join(directory, 'server.log'));
    if (fs.existsSync(server.logsDir)) fs.cpSync(server.logsDir, path.join(directory, 'logs'), { recursive: true });
  }
  console.log(
    `\nLogs of this run are in ${displayPath(directory)}/: server.log, browser-console.log and\n` +
      `  logs/<time>/exthost*/remoteexthost.log (the extension host).`,
  );
}
