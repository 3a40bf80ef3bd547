import { promises as fs, readFileSync, type Dirent } from 'node:fs';
import * as vscode from 'vscode';
import type { FileAccess, FileBytes } from './fileAccess';
import { fileAccess as throughVsCode } from './web';

/**
 * On a Node extension host, files on its own disk (`file:` URIs) are read with Node. Through
 * `vscode.workspace.fs` each call is a round trip to VS Code's file service: at ten thousand
 * files that is seconds, and the 6 MB index cache alone took 600 ms before the sidebar could
 * show anything. Every other scheme goes through VS Code, which knows its providers.
 */
export const fileAccess: FileAccess = {
  readFile: (uri, limit, head, size) =>
    uri.scheme === 'file' ? readLimited(uri.fsPath, limit, head) : throughVsCode.readFile(uri, limit, head, size),
  async readStorageFile(uri) {
    return uri.scheme === 'file' ? readFileSync(uri.fsPath) : throughVsCode.readStorageFile(uri);
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

/**
 * Reads at most `limit` bytes, with one handle: a larger file gives its first `head` bytes,
 * whatever its size. A file that grows while it is read is read until it passes the limit.
 */
async function readLimited(path: string, limit: number, head: number): Promise<FileBytes> {
  const handle = await fs.open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) {
      const { buffer, filled } = await fill(handle, Buffer.allocUnsafe(head), 0);
      return { tooLarge: true, head: buffer.subarray(0, filled) };
    }
    // One byte more than the size shows whether the file grew since the stat.
    let { buffer, filled } = await fill(handle, Buffer.allocUnsafe(size + 1), 0);
    while (filled === buffer.length && filled <= limit) {
      ({ buffer, filled } = await fill(
        handle,
        Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(buffer.length, limit + 1 - filled) || 1)]),
        filled,
      ));
    }
    return filled > limit ? { tooLarge: true, head: buffer.subarray(0, Math.min(head, filled)) } : { whole: buffer.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}

/** Reads into `buffer` from `filled` on, until it is full or the file ends. */
async function fill(handle: fs.FileHandle, buffer: Buffer, filled: number): Promise<{ buffer: Buffer; filled: number }> {
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return { buffer, filled };
}

/** As VS Code's disk provider types an entry; a link says only that it is one, which is all DevGrowth asks. */
function fileType(entry: Dirent): vscode.FileType {
  if (entry.isSymbolicLink()) return vscode.FileType.SymbolicLink;
  if (entry.isDirectory()) return vscode.FileType.Directory;
  return entry.isFile() ? vscode.FileType.File : vscode.FileType.Unknown;
}

export { gitRunner } from './nodeGit';
