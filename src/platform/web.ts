import * as vscode from 'vscode';
import type { FileAccess } from './fileAccess';

/** In VS Code for the web every file is read through VS Code's file system API. */
export const fileAccess: FileAccess = {
  readFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
  readStorageFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
  async stat(uri) {
    // Only what a stamp needs: the rest of a stat is not kept.
    const { size, mtime } = await vscode.workspace.fs.stat(uri);
    return { size, mtime };
  },
  readDirectory: (uri) => Promise.resolve(vscode.workspace.fs.readDirectory(uri)),
};
