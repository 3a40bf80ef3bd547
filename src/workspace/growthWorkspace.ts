import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { readSettings, affectsSettings } from '../config';
import { GrowthIndex, type IndexChange, type PlanCheck } from '../core/growthIndex';
import { freshEntry, type CacheEntry } from '../core/indexCache';
import { HEAD_BYTES, MAX_FILE_BYTES, tooLargeFile } from '../core/reader';
import { fileAccess } from '#platform';
import { NO_CACHE, type IndexCacheStore } from './indexCacheStore';
import { linkRefusal, refusalMessage } from './linkGuard';

/** One workspace folder's growth plan. Multi-root workspaces have one each, never mixed. */
export interface GrowthRoot {
  readonly folder: vscode.WorkspaceFolder;
  /** The growth folder inside the workspace folder. */
  readonly uri: vscode.Uri;
  readonly index: GrowthIndex;
}

export interface GrowthChangeEvent {
  readonly root: GrowthRoot;
  readonly changes: readonly IndexChange[];
}

/** How long file events are gathered before the index is updated (a git checkout sends thousands). */
const BATCH_DELAY_MS = 100;
/** After the extension wrote a file: long enough for the watcher to have reported what followed. */
const CONFIRM_DELAY_MS = 500;
/** How long the cache waits after the last change before it is written again. */
const CACHE_WRITE_DELAY_MS = 10_000;
/** How long typing pauses before an open document is re-read into the index. */
const TYPING_DELAY_MS = 250;
/** How long after the first reading the folder is listed again, for files the starting watcher missed. */
const WATCHER_START_MS = 5_000;
/** How often a file that could not be looked at is tried again, each time a little later. */
const MAX_RETRIES = 5;
/** Files read, on a start without a cache, before the views first show them (goals come first). */
const LOAD_BATCH = 100;
/**
 * Files read at once; bounds memory and file handles on large plans. Each read is a round trip
 * to wherever the files are (the remote or the browser side of the window), so many are in
 * flight: at 10,000 files, 128 read the plan in half the time 32 took.
 */
const READ_CONCURRENCY = 128;

const decoder = new TextDecoder('utf-8');

/**
 * Keeps each workspace folder's GrowthIndex in step with the files: loads them after
 * activation (never during it), follows the file system and unsaved edits in open editors,
 * and fires one change event per batch so views refresh only what changed.
 */
export class GrowthWorkspace extends Disposable {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<GrowthChangeEvent>());
  /** Fires after a batch of files changed in one root. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly readingEmitter = this.register(new vscode.EventEmitter<void>());
  /** Fires when a (re)load starts to read the growth folders. */
  readonly onDidStartReading = this.readingEmitter.event;
  private readonly rootStates = new Map<string, RootState>();
  private loading: Promise<void> = Promise.resolve();
  /** Resolves once `start` has set the folders up (see `start`); until then the views wait. */
  private starting: Promise<void> = Promise.resolve();
  /** The Markdown files the last load of a root found, and how many of them came from the cache. */
  lastLoad = { files: 0, fromCache: 0 };

  constructor(
    private readonly checks: readonly PlanCheck[],
    /** Where what was read is kept between sessions; none, and every start reads every file. */
    private readonly cache?: IndexCacheStore,
    /** Resolves once the sidebar has shown the plan (see `whenStartedUp`). */
    private readonly startup: Promise<void> = Promise.resolve(),
  ) {
    super();
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event, 'folder')) void this.reload();
      }),
    );
    this.register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document.uri, TYPING_DELAY_MS);
      }),
    );
    // Closing an unsaved document drops its edits: the file on disk is the truth again.
    this.register(vscode.workspace.onDidCloseTextDocument((document) => this.schedule(document.uri, BATCH_DELAY_MS)));
    // What is created, deleted or renamed inside VS Code (the Explorer, a refactoring, another
    // extension's edit) is known at once from these, also where the file watcher reports late,
    // drops an event under load, or cannot watch at all (some file systems of VS Code for the web).
    this.register(vscode.workspace.onDidCreateFiles((event) => this.scheduleEach(event.files)));
    this.register(vscode.workspace.onDidDeleteFiles((event) => this.scheduleEach(event.files)));
    this.register(
      vscode.workspace.onDidRenameFiles((event) => this.scheduleEach(event.files.flatMap((file) => [file.oldUri, file.newUri]))),
    );
    // Coming back to the window is when files changed elsewhere (a checkout, a script, another
    // editor) matter, and when a watcher that missed them (an event dropped under load, Linux's
    // limit on watched folders reached) would show a plan out of step with the disk.
    this.register(
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused) void this.reconcile();
      }),
    );
    this.register({ dispose: () => this.disposeRoots() });
  }

  /**
   * Lists every growth folder again and reads what the plan and the disk disagree on: files
   * on disk the plan lacks, and files in the plan gone from disk. Only names are compared, so
   * it costs a listing, not a reading; changed contents are the watcher's to report.
   */
  async reconcile(): Promise<void> {
    await this.whenLoaded();
    await Promise.all(
      [...this.rootStates.values()].map(async (state) => {
        const present = new Set((await markdownFilesUnder(state.root.uri)).map((file) => file.toString()));
        if (state.disposed) return;
        const known = new Set([...state.root.index.files()].map((file) => file.path));
        for (const path of present) if (!known.has(path)) this.schedule(vscode.Uri.parse(path), BATCH_DELAY_MS);
        for (const path of known) if (!present.has(path)) this.schedule(vscode.Uri.parse(path), BATCH_DELAY_MS);
      }),
    );
  }

  /**
   * Sets the first load going without doing any of it in the caller's turn: activation
   * returns first, and the watchers, settings and reading follow on the next turn.
   */
  start(): void {
    this.starting = new Promise((resolve) =>
      setTimeout(() => {
        // A file written while the window opens, after its folder was listed but before VS Code's
        // file watcher was running, is reported by neither: the folder is listed again once the
        // watcher has had time to start.
        void this.reload().then(() => setTimeout(() => void this.reconcile(), WATCHER_START_MS));
        resolve();
      }, 0),
    );
  }

  /** Starts (or restarts) loading every root; resolves when all are indexed. */
  reload(): Promise<void> {
    this.disposeRoots();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, readSettings(folder).folder);
      const state = new RootState({ folder, uri, index: new GrowthIndex(this.checks) });
      // Folders too: a folder created or deleted with files in it (a copy, a git checkout) may be
      // reported as one event for the folder and none for its files.
      state.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(uri, '**'));
      state.watcher.onDidCreate((file) => this.scheduleAll(state, file));
      state.watcher.onDidChange((file) => this.schedule(file, BATCH_DELAY_MS));
      state.watcher.onDidDelete((file) => this.scheduleAll(state, file));
      this.rootStates.set(folder.uri.toString(), state);
    }
    this.loading = Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('DevGrowth: reading your growth plan') },
        () => Promise.all([...this.rootStates.values()].map((state) => this.load(state))).then(() => undefined),
      ),
    );
    // After `loading` is set: a listener that waits for the plan waits for this reading.
    this.readingEmitter.fire();
    return this.loading;
  }

  /**
   * Resolves once the sidebar has shown the plan at start-up (or a moment after the start when
   * it is closed): what can wait until then (the rest of the cache, problems, reminders) does,
   * so the extension host is free to answer VS Code's request for the sidebar's rows.
   */
  whenStartedUp(): Promise<void> {
    return this.startup;
  }

  /** Resolves once the files present at the last (re)load are indexed. */
  whenLoaded(): Promise<void> {
    return this.starting.then(() => this.loading);
  }

  /**
   * Resolves once every root shows something: its cached reading, or its first batch of files
   * (or its whole load, when it has fewer). Views wait for this, not for the whole load.
   */
  whenShown(): Promise<void> {
    return this.starting.then(() =>
      Promise.race([this.loading, Promise.all([...this.rootStates.values()].map((state) => state.whenShown)).then(() => undefined)]),
    );
  }

  roots(): GrowthRoot[] {
    return [...this.rootStates.values()].map((state) => state.root);
  }

  /** The root whose growth folder holds this file, if any. */
  rootFor(uri: vscode.Uri): GrowthRoot | undefined {
    const target = uri.toString();
    for (const state of this.rootStates.values()) {
      if (target.startsWith(`${state.root.uri.toString()}/`)) return state.root;
    }
    return undefined;
  }

  /** Indexes new text for a file at once (after the extension wrote it), without waiting for the watcher. */
  update(uri: vscode.Uri, text: string | undefined): void {
    const root = this.rootFor(uri);
    if (!root) return;
    const path = uri.toString();
    const change = text === undefined ? root.index.delete(path) : root.index.set(path, text);
    this.changeEmitter.fire({ root, changes: [change] });
    // Look again shortly: the file watcher drops a create and a delete that fall into one of its
    // batches, so a file deleted right after it was written would otherwise stay in the plan.
    this.schedule(uri, CONFIRM_DELAY_MS);
  }

  /**
   * Reads every file of a root, showing what it has as it goes: the last session's reading
   * first, if there is one, then every file checked against it (or read, without one). The
   * cache is written again afterwards, off the critical path. Each stage stops when the root is
   * let go (a reload, a settings change) while it waits.
   */
  private async load(state: RootState): Promise<void> {
    // A growth folder that is a link, or is reached through one (a parent named in
    // devgrowth.folder), may lead anywhere: nothing of it is read, not even its cache.
    const refusal = await linkRefusal(state.root.uri);
    if (state.disposed) return;
    if (refusal) {
      state.shown();
      void vscode.window.showWarningMessage(refusalMessage('read', state.root.uri, refusal));
      return;
    }
    const shown = new ShownChanges(state.root, this.changeEmitter, () => state.shown());
    const cache = await this.showCache(state, shown);
    if (!cache) return;
    const read = await this.readFiles(state, shown, cache);
    if (!read) return;
    state.cached = read.fresh;
    this.lastLoad = { files: read.files, fromCache: read.fromCache };
    if (this.cache) void this.cache.write(state.root.uri, read.fresh);
  }

  /**
   * The last session's reading, shown before it is checked: the sidebar fills at once, and
   * anything out of date is corrected moments later. Nothing is ever written from it. What the
   * sidebar shows comes first; the rest of the cache once the sidebar has shown it, a part at a
   * time. Returns what the cache holds (empty without one), or undefined when the root was let go.
   */
  private async showCache(state: RootState, shown: ShownChanges): Promise<Map<string, CacheEntry> | undefined> {
    const { index } = state.root;
    const parts = this.cache ? await this.cache.read(state.root.uri) : NO_CACHE;
    if (state.disposed) return undefined;
    const cache = new Map(parts.first);
    for (const [path, entry] of parts.first) shown.add(index.put(path, entry.file));
    if (shown.pending > 0) {
      shown.publish();
      await this.startup;
    }
    for (const part of parts.rest) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (state.disposed) return undefined;
      for (const [path, entry] of part()) {
        cache.set(path, entry);
        shown.add(index.put(path, entry.file));
      }
    }
    if (shown.pending > 0) shown.publish();
    return cache;
  }

  /**
   * Checks every file against the cache: one whose size and modification time are the ones it
   * was read at keeps its cached reading, the others are read again, and files the cache knows
   * that are gone leave the plan. Without a cache, the first files show as soon as they are
   * read. Returns what the next cache holds, or undefined when the root was let go.
   */
  private async readFiles(
    state: RootState,
    shown: ShownChanges,
    cache: ReadonlyMap<string, CacheEntry>,
  ): Promise<{ fresh: Map<string, CacheEntry>; files: number; fromCache: number } | undefined> {
    const { index } = state.root;
    let showing = false;
    const showFirstRead = () => {
      showing = true;
      shown.publish();
    };
    const fresh = new Map<string, CacheEntry>();
    let fromCache = 0;
    const visited = new Set<string>();
    const visit = async (file: vscode.Uri): Promise<void> => {
      const path = file.toString();
      if (visited.has(path)) return;
      visited.add(path);
      const stamp = this.cache ? await fileAccess.stat(file).then(undefined, () => undefined) : undefined;
      const cached = stamp && freshEntry(cache, path, stamp);
      if (state.disposed) return;
      if (cached) {
        fromCache++;
        if (index.get(path) !== cached) shown.add(index.put(path, cached));
      } else {
        const read = await readText(file, stamp?.size);
        if (state.disposed) return;
        if (read !== undefined) shown.add(indexText(index, path, read));
        else if (index.get(path)) shown.add(index.delete(path));
      }
      const parsed = index.get(path);
      if (stamp && parsed) fresh.set(path, { stamp, file: parsed });
      // The rest come in one go at the end, since every update makes each view look again.
      if (cache.size === 0 && !showing && shown.pending >= LOAD_BATCH) showFirstRead();
    };
    if (cache.size === 0) {
      // Without a cache, the profile and the first goals are read before the rest of the folder
      // is even listed: they are the sidebar's first rows.
      await forEachLimited((await sidebarFilesUnder(state.root.uri)).slice(0, LOAD_BATCH), READ_CONCURRENCY, visit);
      if (state.disposed) return undefined;
      if (!showing && shown.pending > 0) showFirstRead();
    }
    // The profile and goals first: they are what the sidebar shows, so it fills soonest.
    const files = showFirst(await markdownFilesUnder(state.root.uri));
    if (state.disposed) return undefined;
    const present = new Set(files.map((file) => file.toString()));
    for (const path of cache.keys()) if (!present.has(path)) shown.add(index.delete(path));
    await forEachLimited(files, READ_CONCURRENCY, visit);
    if (state.disposed) return undefined;
    shown.publish();
    return { fresh, files: files.length, fromCache };
  }

  /** Keeps the cache in step with files read since the start; written a while after the last change. */
  private async recache(state: RootState, paths: readonly string[]): Promise<void> {
    const cache = this.cache;
    if (!cache) return;
    await forEachLimited(paths, READ_CONCURRENCY, async (path) => {
      // Text typed but not saved is not the file's: the cache must hold what is on disk.
      const unsaved = vscode.workspace.textDocuments.some((document) => document.uri.toString() === path && document.isDirty);
      const file = unsaved ? undefined : state.root.index.get(path);
      const stamp = file && (await fileAccess.stat(vscode.Uri.parse(path)).then(undefined, () => undefined));
      if (file && stamp) state.cached.set(path, { stamp, file });
      else state.cached.delete(path);
    });
    clearTimeout(state.cacheTimer);
    state.cacheTimer = setTimeout(() => void cache.write(state.root.uri, state.cached), CACHE_WRITE_DELAY_MS);
  }

  /** Paths created, deleted or renamed: inside a growth folder, or the growth folder itself or a folder holding it. */
  private scheduleEach(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const path = uri.toString();
      for (const state of this.rootStates.values()) {
        const root = state.root.uri.toString();
        if (path.startsWith(`${root}/`)) void this.scheduleAll(state, uri);
        else if (root === path || root.startsWith(`${path}/`)) void this.scheduleAll(state, state.root.uri);
      }
    }
  }

  /** A created or deleted path: a Markdown file, or a folder whose Markdown files changed with it. */
  private async scheduleAll(state: RootState, uri: vscode.Uri): Promise<void> {
    if (uri.path.toLowerCase().endsWith('.md')) return this.schedule(uri, BATCH_DELAY_MS);
    const prefix = `${uri.toString()}/`;
    const known = [...state.root.index.files()].map((file) => file.path).filter((path) => path.startsWith(prefix));
    const present = await markdownFilesUnder(uri);
    for (const path of new Set([...known, ...present.map((file) => file.toString())]))
      this.schedule(vscode.Uri.parse(path), BATCH_DELAY_MS);
  }

  private schedule(uri: vscode.Uri, delay: number): void {
    const root = this.rootFor(uri);
    if (!root || !uri.path.toLowerCase().endsWith('.md')) return;
    const state = this.rootStates.get(root.folder.uri.toString());
    if (!state) return;
    state.pending.add(uri.toString());
    clearTimeout(state.timer);
    // One flush at a time per root: a read that started before a delete must not land after it.
    state.timer = setTimeout(() => {
      state.flushing = state.flushing.finally(() => this.flush(state));
    }, delay);
  }

  /** Re-reads every file that changed since the last flush and fires one event for all. */
  private async flush(state: RootState): Promise<void> {
    await this.loading;
    const paths = [...state.pending];
    state.pending.clear();
    const changes: IndexChange[] = [];
    // From the workspace folder down: the growth folder itself, or a folder above it, may have
    // become a link since the plan was loaded.
    const links = await reachedThroughLinks(
      state.root.folder.uri,
      paths.map((path) => vscode.Uri.parse(path)),
    ).then(undefined, () => undefined);
    // A path that could not be looked at now (the file service failed, the disk was busy) is
    // looked at again shortly: dropping it would leave the plan out of step until a reload.
    const retry: string[] = links ? [] : paths;
    if (links)
      await forEachLimited(paths, READ_CONCURRENCY, (path) => this.reread(state, path, links, changes).catch(() => void retry.push(path)));
    if (!state.disposed && changes.length > 0) {
      this.changeEmitter.fire({ root: state.root, changes });
      void this.recache(state, paths);
    }
    for (const path of paths) {
      const attempts = retry.includes(path) ? (state.retries.get(path) ?? 0) + 1 : 0;
      if (attempts === 0 || attempts > MAX_RETRIES) state.retries.delete(path);
      else {
        state.retries.set(path, attempts);
        this.schedule(vscode.Uri.parse(path), CONFIRM_DELAY_MS * attempts);
      }
    }
  }

  /** Reads one file again (or finds it gone) and notes the change in `changes`. */
  private async reread(state: RootState, path: string, links: ReadonlySet<string>, changes: IndexChange[]): Promise<void> {
    const uri = vscode.Uri.parse(path);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === path);
    // Unsaved text in an editor counts, but only while its file exists: once the file is
    // deleted, VS Code marks a document it still holds as unsaved (even one whose editor was
    // closed a moment ago), and taking its text would keep a deleted file in the plan until the
    // window reloads. Saving the editor again creates the file, and the watcher brings it back.
    // A link may lead outside the workspace: it is not read.
    const unsaved = open && !open.isClosed && open.isDirty ? open.getText() : undefined;
    const read = links.has(path)
      ? undefined
      : unsaved !== undefined
        ? (await exists(uri))
          ? { text: unsaved }
          : undefined
        : await readText(uri);
    if (state.disposed) return;
    changes.push(read === undefined ? state.root.index.delete(path) : indexText(state.root.index, path, read));
  }

  private disposeRoots(): void {
    for (const state of this.rootStates.values()) state.dispose();
    this.rootStates.clear();
  }
}

/** Changes to the index a load has made and not yet told the views of, sent as one event. */
class ShownChanges {
  private changes: IndexChange[] = [];

  constructor(
    private readonly root: GrowthRoot,
    private readonly emitter: vscode.EventEmitter<GrowthChangeEvent>,
    /** Called on every publish: the root shows something from then on. */
    private readonly onShown: () => void,
  ) {}

  get pending(): number {
    return this.changes.length;
  }

  add(change: IndexChange): void {
    this.changes.push(change);
  }

  publish(): void {
    if (this.changes.length > 0) this.emitter.fire({ root: this.root, changes: this.changes });
    this.changes = [];
    this.onShown();
  }
}

class RootState {
  watcher?: vscode.FileSystemWatcher;
  readonly pending = new Set<string>();
  /** How often each path in `pending` failed to be read in a row. */
  readonly retries = new Map<string, number>();
  timer?: ReturnType<typeof setTimeout>;
  flushing: Promise<void> = Promise.resolve();
  /** What the cache will hold for this root: each file as read, with the size and time it had. */
  cached = new Map<string, CacheEntry>();
  cacheTimer?: ReturnType<typeof setTimeout>;
  /** Resolves once the root's files start to show (see `GrowthWorkspace.whenShown`). */
  readonly whenShown: Promise<void>;
  shown: () => void = () => undefined;
  disposed = false;

  constructor(readonly root: GrowthRoot) {
    this.whenShown = new Promise((resolve) => (this.shown = resolve));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.cacheTimer);
    this.watcher?.dispose();
  }
}

/** The profile and files in a `goals` folder (the Goals tree's own) first, then the rest, each in listing order. */
function showFirst(files: readonly vscode.Uri[]): vscode.Uri[] {
  const first = /\/(?:goals\/[^/]+|profile\.md)$/i;
  return [...files.filter((file) => first.test(file.path)), ...files.filter((file) => !first.test(file.path))];
}

/**
 * The file's text, or for a file over the size limit its first bytes (the reader reports it
 * from those without reading the rest); undefined when it is gone or unreadable (it then
 * leaves the index).
 */
async function readText(uri: vscode.Uri, size?: number): Promise<FileText | undefined> {
  try {
    const read = await fileAccess.readFile(uri, MAX_FILE_BYTES, HEAD_BYTES, size);
    if ('whole' in read) return { text: decoder.decode(read.whole) };
    return { head: read.head && decoder.decode(read.head) };
  } catch {
    return undefined;
  }
}

type FileText = { readonly text: string } | { readonly head: string | undefined };

/** Puts what was read of a file into the index. */
function indexText(index: GrowthIndex, path: string, read: FileText): IndexChange {
  return 'text' in read ? index.set(path, read.text) : index.put(path, tooLargeFile(path, read.head));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return fileAccess.stat(uri).then(
    () => true,
    () => false,
  );
}

/**
 * Which of these files are reached through a symbolic link: the file itself or a folder on the
 * way to it from `root` (the workspace folder). Each folder is listed once (a listing says what is a link;
 * a stat may see through it). Files found by walking the folder never are; files the watcher
 * reports may be, since it can watch through a linked folder.
 */
async function reachedThroughLinks(root: vscode.Uri, files: readonly vscode.Uri[]): Promise<Set<string>> {
  const listings = new Map<string, Promise<Map<string, vscode.FileType>>>();
  const listing = (folder: vscode.Uri) => {
    const key = folder.toString();
    let entries = listings.get(key);
    if (!entries) {
      entries = fileAccess.readDirectory(folder).then(
        (found) => new Map(found),
        () => new Map<string, vscode.FileType>(),
      );
      listings.set(key, entries);
    }
    return entries;
  };
  const prefix = `${root.toString()}/`;
  const linked = new Set<string>();
  await forEachLimited(files, READ_CONCURRENCY, async (file) => {
    const path = file.toString();
    if (!path.startsWith(prefix)) return;
    let folder = root;
    for (const name of path.slice(prefix.length).split('/').map(decodeURIComponent)) {
      const type = (await listing(folder)).get(name);
      if (type !== undefined && type & vscode.FileType.SymbolicLink) {
        linked.add(path);
        return;
      }
      folder = vscode.Uri.joinPath(folder, name);
    }
  });
  return linked;
}

/**
 * Every Markdown file under a folder. Symbolic links are not followed: one can lead out of the
 * workspace (DevGrowth reads only the user's growth folder) or round in a loop.
 */
async function markdownFilesUnder(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const pending = [folder];
  for (let current = pending.pop(); current; current = pending.pop()) {
    const { files, folders } = await markdownEntriesOf(current);
    found.push(...files);
    pending.push(...folders);
  }
  return found;
}

/** What the sidebar shows first, as the plan lays it out: `profile.md` and the `goals` folder's files. */
async function sidebarFilesUnder(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const top = await markdownEntriesOf(folder);
  const goals = top.folders.find((child) => child.path.endsWith('/goals'));
  const profile = top.files.filter((file) => file.path.toLowerCase().endsWith('/profile.md'));
  return [...profile, ...(goals ? (await markdownEntriesOf(goals)).files : [])];
}

/** The Markdown files and the folders directly in a folder; links are never followed. */
async function markdownEntriesOf(folder: vscode.Uri): Promise<{ files: vscode.Uri[]; folders: vscode.Uri[] }> {
  const entries = await fileAccess.readDirectory(folder).then(undefined, () => [] as [string, vscode.FileType][]);
  const files: vscode.Uri[] = [];
  const folders: vscode.Uri[] = [];
  for (const [name, type] of entries) {
    if (type & vscode.FileType.SymbolicLink) continue;
    const child = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) folders.push(child);
    else if (type & vscode.FileType.File && name.toLowerCase().endsWith('.md')) files.push(child);
  }
  return { files, folders };
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}
