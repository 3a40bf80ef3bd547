// Scratch folders for a run, and the workspaces opened in VS Code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HarnessError, onCleanup } from './lifecycle';
import { displayPath } from './paths';

/** A new empty folder under the system temp folder, removed when the run ends. */
export function temporaryDirectory(purpose: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `devgrowth-${purpose}-`));
  onCleanup(() => fs.rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** Fails with `hint` (how to pick another folder) if `folder` is missing or empty. */
export function requireWorkspace(folder: string, hint: string): void {
  if (!fs.existsSync(folder) || fs.readdirSync(folder).length === 0) {
    throw new HarnessError(`The workspace folder ${displayPath(folder)} is missing or empty. ${hint}`);
  }
}

/** A fresh copy of `source` (same folder name, so the window title matches), removed when the run ends. */
export function copyWorkspace(source: string, hint: string): string {
  requireWorkspace(source, hint);
  const copy = path.join(temporaryDirectory('workspace'), path.basename(source));
  fs.cpSync(source, copy, { recursive: true });
  return copy;
}
