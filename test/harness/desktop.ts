// npm run start:desktop — for people with VS Code desktop: opens the demo growth plan in it with
// DevGrowth loaded from this checkout (`code --extensionDevelopmentPath`).
//
// `npm run start:desktop -- <folder>` opens another folder instead of demo/.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildExtension } from './build';
import { HarnessError, runMain } from './lifecycle';
import { demoWorkspace, projectRoot } from './paths';
import { seconds, withTimeout } from './timeouts';
import { requireWorkspace } from './workspace';

const missingCodeCommand =
  'start:desktop opens VS Code desktop with its `code` command, which is not on your PATH.\n' +
  '  Install VS Code from https://code.visualstudio.com; on macOS, then run "Shell Command: Install \'code\' command in PATH"\n' +
  '  from its command palette. Without VS Code desktop, `npm start` serves VS Code to your browser instead.';

function openInVSCode(folder: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // `code` hands the window to the running (or a new) VS Code and returns at once.
    const child = spawn('code', ['--extensionDevelopmentPath', projectRoot, folder], {
      stdio: 'inherit',
      shell: process.platform === 'win32', // code is code.cmd there
    });
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new HarnessError(missingCodeCommand) : error));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const folder = path.resolve(process.argv[2] ?? demoWorkspace);
  requireWorkspace(folder, 'Pass another folder: npm run start:desktop -- <folder>');
  await buildExtension();
  console.log(`Opening ${folder} in VS Code desktop with DevGrowth from ${projectRoot}…`);
  return withTimeout(openInVSCode(folder), seconds(60), 'The `code` command did not return');
}

runMain(main);
