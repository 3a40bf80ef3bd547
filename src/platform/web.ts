import * as vscode from 'vscode';
import type { FileAccess } from './fileAccess';
import type { GitRunner } from './gitRunner';

/** In VS Code for the web every file is read through VS Code's file system API. */
export const fileAccess: FileAccess = {
  async readFile(uri, limit, head, size) {
    // VS Code's file system API reads whole files only: the size is checked before, and again
    // after, in case the file grew in between.
    if ((size ?? (await vscode.workspace.fs.stat(uri)).size) > limit) return { tooLarge: true };
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength > limit ? { tooLarge: true, head: bytes.subarray(0, head) } : { whole: bytes };
  },
  readStorageFile: (uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)),
  async stat(uri) {
    // Only what a stamp needs: the rest of a stat is not kept.
    const { size, mtime } = await vscode.workspace.fs.stat(uri);
    return { size, mtime };
  },
  readDirectory: (uri) => Promise.resolve(vscode.workspace.fs.readDirectory(uri)),
  async entryAt(uri) {
    // VS Code's file service flags a link it sees (a local disk, a remote one); a file system
    // without links never does.
    return Promise.resolve(vscode.workspace.fs.stat(uri)).then(
      ({ type }) => (type & vscode.FileType.SymbolicLink ? 'link' : 'present'),
      () => 'missing',
    );
  },
  // The browser has no view of the disk: what links resolve to cannot be asked.
  realPath: () => Promise.resolve(undefined),
};

/** The browser runs no programs: reading git history needs VS Code with a Node extension host (desktop or remote). */
export const gitRunner: GitRunner | undefined = undefined;
