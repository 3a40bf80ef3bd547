import type * as vscode from 'vscode';
import type { FileStamp } from '../core/indexCache';

/**
 * How the plan's files and the index cache are read. `#platform` (package.json `imports`)
 * resolves to node.ts in the desktop and server builds and to web.ts in the build for VS Code
 * for the web; both export a `fileAccess` of this shape.
 */
export interface FileAccess {
  /**
   * A file's bytes, never more than `limit` of them: a larger file is not read whole, only its
   * first `head` bytes where the platform can read part of a file. `size`, when a stat has
   * just given it, saves asking again.
   */
  readFile(uri: vscode.Uri, limit: number, head: number, size?: number): Promise<FileBytes>;
  /**
   * A file of the extension's own storage (the index cache), which the start waits for. On a
   * Node extension host it is read at once: it is local and DevGrowth wrote it, and an
   * asynchronous read waits its turn behind every other extension that is starting, measured
   * at up to 400 ms for a 6 MB cache after a window reload, against 5 ms read at once.
   */
  readStorageFile(uri: vscode.Uri): Promise<Uint8Array>;
  /** Size in bytes and modification time in whole milliseconds, as `vscode.workspace.fs.stat` gives them. */
  stat(uri: vscode.Uri): Promise<FileStamp>;
  /** A folder's entries, a symbolic link flagged as one, as `vscode.workspace.fs.readDirectory` gives them. */
  readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]>;
  /** What is at a path itself, without following it if it is a link. */
  entryAt(uri: vscode.Uri): Promise<'link' | 'missing' | 'present'>;
  /**
   * The path with every link on the way resolved, where the extension host can see the disk;
   * undefined where it cannot (VS Code for the web, virtual file systems), or when it is missing.
   */
  realPath(uri: vscode.Uri): Promise<string | undefined>;
}

/** A file read up to a limit: all of it, or (over the limit) its first bytes where they could be read alone. */
export type FileBytes = { readonly whole: Uint8Array } | { readonly tooLarge: true; readonly head?: Uint8Array };
