import { promises as fs, readFileSync, type Dirent } from 'node:fs';
import * as vscode from 'vscode';
import type { FileAccess } from './fileAccess';
import { fileAccess as throughVsCode } from './web';

/**
 * On a Node extension host, files on its own disk (`file:` URIs) are read with Node. Through
 * `vscode.workspace.fs` each call is a round trip to VS Code's file service: at ten thousand
 * files that is seconds, and the 6 MB index cache alone took 600 ms before the sidebar could
 * show anything. Every other scheme goes through VS Code, which knows its providers.
 */
export const fileAccess: FileAccess = {
  readFile: (uri) => (uri.scheme === 'file' ? fs.readFile(uri.fsPath) : throughVsCode.readFile(uri)),
  async readStorageFile(uri) {
    return uri.scheme === 'file' ? readFileSync(uri.fsPath) : throughVsCode.readFile(uri);
  },
  async stat(uri) {
    if (uri.scheme !== 'file') return throughVsCode.stat(uri);
    const stat = await fs.stat(uri.fsPath);
    // Whole milliseconds, as VS Code's own disk provider reports them: cache stamps compare equal.
    return { size: stat.size, mtime: stat.mtime.getTime() };
  },
  async readDirectory(uri) {
    if (uri.scheme !== 'file') return throughVsCode.readDirectory(uri);
    const entries = await fs.readdir(uri.fsPath, { withFileTypes: true });
    return entries.map((entry): [string, vscode.FileType] => [entry.name, fileType(entry)]);
  },
  async entryAt(uri) {
    if (uri.scheme !== 'file') return throughVsCode.entryAt(uri);
    return fs.lstat(uri.fsPath).then(
      (stat) => (stat.isSymbolicLink() ? 'link' : 'present'),
      () => 'missing',
    );
  },
  async realPath(uri) {
    if (uri.scheme !== 'file') return throughVsCode.realPath(uri);
    return fs.realpath(uri.fsPath).then(undefined, () => undefined);
  },
};

/** As VS Code's disk provider types an entry; a link says only that it is one, which is all DevGrowth asks. */
function fileType(entry: Dirent): vscode.FileType {
  if (entry.isSymbolicLink()) return vscode.FileType.SymbolicLink;
  if (entry.isDirectory()) return vscode.FileType.Directory;
  return entry.isFile() ? vscode.FileType.File : vscode.FileType.Unknown;
}
