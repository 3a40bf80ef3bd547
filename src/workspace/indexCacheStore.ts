import * as vscode from 'vscode';
import { fileAccess } from '#platform';
import { deserialiseIndexCache, serialiseIndexCache, type CacheEntry } from '../core/indexCache';

/**
 * Where the index cache of each growth folder lives: a file in the extension's storage for this
 * workspace, never in the user's folder. Reading or writing it can fail (no storage, a full
 * disk): then the plan is simply read from the files, as it would be the first time.
 */
export class IndexCacheStore {
  constructor(
    private readonly storage: vscode.Uri,
    /**
     * The build that reads the files, and the language its problems are written in: a cache
     * from another version or language is not used.
     */
    private readonly producer: string,
  ) {}

  async read(root: vscode.Uri): Promise<Map<string, CacheEntry>> {
    try {
      return deserialiseIndexCache(new TextDecoder().decode(await fileAccess.readFile(this.fileFor(root))), this.producer);
    } catch {
      return new Map();
    }
  }

  async write(root: vscode.Uri, entries: Iterable<readonly [string, CacheEntry]>): Promise<void> {
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(this.fileFor(root), new TextEncoder().encode(serialiseIndexCache(this.producer, entries)));
    } catch {
      // Only a cache: the next start reads the files instead.
    }
  }

  /** One file per growth folder, named after its URI. */
  private fileFor(root: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(this.storage, `index-${hash(root.toString())}.json`);
  }
}

/** A short, stable name for a string (FNV-1a): file names must not carry the path itself. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}
