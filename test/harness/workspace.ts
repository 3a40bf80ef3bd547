// Scratch folders for a run, and the workspaces opened in VS Code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HarnessError, onCleanup } from './lifecycle';
import { projectRoot } from './paths';

/** A new empty folder under the system temp folder, removed when the run ends. */
export function temporaryDirectory(purpose: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `devgrowth-${purpose}-`));
  onCleanup(() => fs.rmSync(directory, { recursive: true, force: true }));
  return directory;
}

export function requireWorkspace(folder: string): void {
  if (!fs.existsSync(folder) || fs.readdirSync(folder).length === 0) {
    throw new HarnessError(`The workspace folder ${path.relative(projectRoot, folder) || folder} is missing or empty.`);
  }
}

/** A fresh copy of `source` (same folder name, so the window title matches), removed when the run ends. */
export function copyWorkspace(source: string): string {
  requireWorkspace(source);
  const copy = path.join(temporaryDirectory('workspace'), path.basename(source));
  fs.cpSync(source, copy, { recursive: true });
  return copy;
}
