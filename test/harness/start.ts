// npm start — serves a real VS Code with DevGrowth loaded and the demo growth plan open, for
// your browser: builds the extension, installs the VS Code server build on first use, starts it
// and prints the URL. Runs until Ctrl+C, which stops every process it started.
//
// `npm start -- <folder>` opens another folder instead of demo/ (in place: edits are saved there).
// `npm start -- --installed` loads the package that `npm run install-local` installed instead of this folder.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension } from './build';
import { acquireLock, isProcessRunning, type LockOwner } from './fileLock';
import { HarnessError, runMain } from './lifecycle';
import { installedManifest } from './installPackage';
import { demoWorkspace, displayPath, installedExtensionsDir, projectRoot, serverCacheDir } from './paths';
import { startServer } from './server';
import { seconds } from './timeouts';
import { requireWorkspace } from './workspace';

interface RunningStart {
  /** Set once the server is up. */
  url?: string;
}

const lockFile = path.join(serverCacheDir, 'start.lock');

/** A start whose process is gone, or whose URL no longer answers (its pid was reused), is stale. */
async function isStale(owner: LockOwner<RunningStart>): Promise<boolean> {
  if (!isProcessRunning(owner.pid)) return true;
  if (!owner.details.url) return false; // still starting
  try {
    await fetch(owner.details.url, { signal: AbortSignal.timeout(seconds(3)) });
    return false;
  } catch {
    return true;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { installed: { type: 'boolean' } }, allowPositionals: true });
  const folder = path.resolve(positionals[0] ?? demoWorkspace);
  requireWorkspace(folder, 'Pass another folder: npm start -- <folder>');
  if (values.installed && !fs.existsSync(installedManifest(installedExtensionsDir))) {
    throw new HarnessError('This version of DevGrowth is not installed in the VS Code server build yet: run npm run install-local first.');
  }
  fs.mkdirSync(serverCacheDir, { recursive: true });
  const taken = await acquireLock<RunningStart>(lockFile, {}, isStale);
  if ('owner' in taken) {
    const { pid, details } = taken.owner;
    console.log(
      details.url
        ? `DevGrowth is already running (pid ${pid}). Open:\n\n  ${details.url}\n\nStop it with Ctrl+C in its terminal.`
        : `DevGrowth is starting in another terminal (pid ${pid}); it prints the URL when ready.`,
    );
    return 0;
  }

  if (!values.installed) await buildExtension();
  console.log('Starting VS Code…');
  const server = await startServer({ workspace: folder, extensionsDir: values.installed ? installedExtensionsDir : undefined });
  const url = server.workbenchUrl(values.installed ? {} : { extensionDevelopmentPath: projectRoot });
  taken.lock.update({ url });
  console.log(
    `\nVS Code with DevGrowth is running, with ${displayPath(folder)} open. Open this URL in your browser:\n\n` +
      `  ${url}\n\n` +
      `After changing the extension, run \`npm run ${values.installed ? 'install-local' : 'build'}\` and reload the browser tab. Press Ctrl+C to stop.`,
  );
  const code = await server.exited;
  throw new HarnessError(`The VS Code server stopped unexpectedly (exit code ${code}). Last output:\n${server.recentOutput()}`);
}

runMain(main);
