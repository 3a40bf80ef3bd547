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

  /** The write under way for each cache file: one at a time, so an older reading never lands last. */
  private readonly writing = new Map<string, Promise<void>>();

  async read(root: vscode.Uri): Promise<IndexCacheParts> {
    try {
      return readIndexCache(new TextDecoder().decode(await fileAccess.readStorageFile(this.fileFor(root))), this.producer);
    } catch {
      return NO_CACHE;
    }
  }

  /**
   * Replaces the cache of a growth folder. The text goes to a file of its own first and is then
   * renamed over the cache: a window closed, or a start reading, mid-write sees the old cache or
   * the new one, never half of one.
   */
  write(root: vscode.Uri, entries: Iterable<readonly [string, CacheEntry]>): Promise<void> {
    const target = this.fileFor(root);
    const key = target.toString();
    // Serialised now: the entries are a live map the caller goes on changing.
    const text = serialiseIndexCache(this.producer, entries);
    const next = (this.writing.get(key) ?? Promise.resolve()).then(() => this.replace(target, new TextEncoder().encode(text)));
    this.writing.set(key, next);
    void next.then(() => {
      if (this.writing.get(key) === next) this.writing.delete(key);
    });
    return next;
  }

  private async replace(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
    const temporary = target.with({ path: `${target.path}.${Date.now().toString(36)}.partial` });
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(temporary, bytes);
      await vscode.workspace.fs.rename(temporary, target, { overwrite: true });
    } catch {
      // Only a cache: the next start reads the files instead.
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).then(undefined, () => undefined);
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
