import * as vscode from 'vscode';
import { fileAccess } from '#platform';
import { readIndexCache, serialiseIndexCache, type CacheEntry, type IndexCacheParts } from '../core/indexCache';

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

  async read(root: vscode.Uri): Promise<IndexCacheParts> {
    try {
      return readIndexCache(new TextDecoder().decode(await fileAccess.readStorageFile(this.fileFor(root))), this.producer);
    } catch {
      return NO_CACHE;
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

/** What a start without a cache has. */
export const NO_CACHE: IndexCacheParts = { first: new Map(), rest: [] };

/** A short, stable name for a string (FNV-1a): file names must not carry the path itself. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}
