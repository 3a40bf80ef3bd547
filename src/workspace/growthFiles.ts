import * as vscode from 'vscode';
import { minimalChange } from '../core/textChange';
import { MAX_FILE_BYTES } from '../core/reader';
import { planEdits, type FrontMatterEdit } from '../core/writer';
import type { GrowthWorkspace } from './growthWorkspace';
import { linkRefusal, refusalMessage } from './linkGuard';

/**
 * Tells the user a change could not be made. When DevGrowth had the new text ready, one click
 * opens it in an unsaved editor, so nothing is lost: the user can save it elsewhere or copy
 * what they need once the file is writable again.
 */
export async function reportWriteError(error: GrowthWriteError): Promise<void> {
  const show = vscode.l10n.t('Show the Change');
  const answer = await vscode.window.showErrorMessage(error.message, ...(error.unwritten ? [show] : []));
  if (answer === show && error.unwritten) {
    const document = await vscode.workspace.openTextDocument({ content: error.unwritten.text, language: 'markdown' });
    await vscode.window.showTextDocument(document, { preview: false });
  }
}

/** What DevGrowth meant to write when it could not: the user can still take it. */
export interface UnwrittenChange {
  readonly uri: vscode.Uri;
  readonly text: string;
}

/** Raised when a change cannot be made; the message says what happened and what to do. */
export class GrowthWriteError extends Error {
  constructor(
    message: string,
    /** The whole new text of the file, when DevGrowth had it ready but could not write it. */
    readonly unwritten?: UnwrittenChange,
  ) {
    super(message);
  }
}

const encoder = new TextEncoder();
/**
 * Reads a file about to be changed. It keeps a byte-order mark in the text (so that it is
 * written back) and fails on bytes that are not UTF-8: decoding them would turn characters
 * into U+FFFD, and writing that back would lose what the user wrote.
 */
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const decoder = new TextDecoder('utf-8');

/** A file about to be changed, as it was read: the open document's text, or the file's. */
interface Source {
  readonly uri: vscode.Uri;
  readonly text: string;
  /** The open document (saved or not) and the version whose text was read. */
  readonly document?: { readonly document: vscode.TextDocument; readonly version: number };
  /** For a closed file: when it was read, to notice a change on disk before writing. */
  readonly stat?: vscode.FileStat;
}

/** A change already made, and how to take it back. */
interface Made {
  readonly source: Source;
  readonly before: string;
  readonly after: string;
  /** Whether DevGrowth saved the document after changing it. */
  readonly saved: boolean;
}

/** The file changed between reading it and writing it: read everything again. */
class ChangedMeanwhile extends Error {
  constructor(readonly uri: vscode.Uri) {
    super(uri.toString());
  }
}

/** How often a change is worked out again when a file keeps changing under it. */
const ATTEMPTS = 3;

/**
 * The one way DevGrowth changes a user's files.
 *
 * An open document (dirty or not) is changed through a WorkspaceEdit, so undo works and
 * nothing the user typed is lost; it is saved afterwards only if it was not dirty before.
 * A closed file is written only if it has not changed on disk since it was read; if it has,
 * the change is made again on the new text.
 *
 * A change to several files (a milestone moved to another goal, with the cards that point to
 * it) is made as one: every file's new text is worked out before any is written, so a file
 * that refuses the change leaves all of them as they were; if a write fails part-way, the
 * files already written get their old text back.
 */
export class GrowthFiles {
  constructor(private readonly workspace: GrowthWorkspace) {}

  /** Changes front-matter values of an existing file. */
  async edit(uri: vscode.Uri, edits: readonly FrontMatterEdit[]): Promise<void> {
    await this.editAll([{ uri, edits }]);
  }

  /**
   * Changes front-matter values of several files, all or none. `alongWith` is one more step
   * of the same change (creating the file a form saves): when it fails, the edits are taken
   * back too.
   */
  async editAll(
    steps: readonly { readonly uri: vscode.Uri; readonly edits: readonly FrontMatterEdit[] }[],
    alongWith?: () => Promise<void>,
  ): Promise<void> {
    for (const step of steps) await refuseLinks(step.uri);
    let lastAttempt: UnwrittenChange | undefined;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const sources = new Map<string, Source>();
      for (const step of steps) {
        const key = step.uri.toString();
        if (!sources.has(key)) sources.set(key, await readSource(step.uri));
      }
      const planned = planEdits(
        steps.map((step) => ({ path: step.uri.toString(), edits: step.edits })),
        (path) => sources.get(path)!.text,
      );
      if (!planned.ok) throw new GrowthWriteError(`${vscode.workspace.asRelativePath(sources.get(planned.path)!.uri)}: ${planned.reason}`);
      const made: Made[] = [];
      try {
        for (const [path, { before, after }] of planned.texts) {
          if (before === after) continue;
          const source = sources.get(path)!;
          lastAttempt = { uri: source.uri, text: after };
          made.push(await write(source, after));
        }
        await alongWith?.();
      } catch (error) {
        const notRestored = await restore(made);
        if (error instanceof ChangedMeanwhile && notRestored.length === 0) continue;
        throw partFailure(error, made, notRestored);
      }
      for (const change of made)
        this.workspace.update(change.source.uri, change.source.document ? change.source.document.document.getText() : change.after);
      return;
    }
    throw new GrowthWriteError(
      vscode.l10n.t(
        '{0} keeps changing on disk. DevGrowth did not change it; try again in a moment.',
        vscode.workspace.asRelativePath(lastAttempt?.uri ?? steps[0]!.uri),
      ),
      lastAttempt,
    );
  }

  /** Creates a new file; refuses to overwrite one that exists. */
  async create(uri: vscode.Uri, text: string): Promise<void> {
    await refuseLinks(uri, text);
    if (await exists(uri)) {
      throw new GrowthWriteError(
        vscode.l10n.t('{0} already exists. DevGrowth did not overwrite it.', vscode.workspace.asRelativePath(uri)),
        { uri, text },
      );
    }
    try {
      await prepareFolder(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
    } catch (error) {
      throw writeFailure(uri, error, text);
    }
    this.workspace.update(uri, text);
  }

  /** Moves a file to the trash where the platform has one, else deletes it. */
  async delete(uri: vscode.Uri): Promise<void> {
    await refuseLinks(uri);
    try {
      await vscode.workspace.fs.delete(uri, { useTrash: true });
    } catch {
      try {
        await vscode.workspace.fs.delete(uri, { useTrash: false });
      } catch (error) {
        throw writeFailure(uri, error);
      }
    }
    this.workspace.update(uri, undefined);
  }

  /**
   * Moves a file (e.g. into the archive), creating the folders it needs; refuses to replace an
   * existing one. An open document moves with its editor (and its unsaved text) through a
   * WorkspaceEdit, so the user keeps working in it and Undo brings it back.
   */
  async move(from: vscode.Uri, to: vscode.Uri): Promise<void> {
    await refuseLinks(from);
    await refuseLinks(to);
    if (await exists(to)) {
      throw new GrowthWriteError(vscode.l10n.t('{0} already exists. DevGrowth did not overwrite it.', vscode.workspace.asRelativePath(to)));
    }
    const open = openDocument(from);
    try {
      await prepareFolder(vscode.Uri.joinPath(to, '..'));
      if (open) {
        const edit = new vscode.WorkspaceEdit();
        edit.renameFile(from, to, { overwrite: false });
        if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('the editor refused the move'));
      } else {
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
      }
    } catch (error) {
      throw writeFailure(from, error);
    }
    const moved = openDocument(to);
    this.workspace.update(from, undefined);
    this.workspace.update(to, moved ? moved.getText() : decoder.decode(await vscode.workspace.fs.readFile(to)));
  }
}

/**
 * Refuses a write outside the workspace folder or through a symbolic link (see linkGuard.ts),
 * checked just before each write; `text`, a new file's, stays at hand for the user.
 */
async function refuseLinks(uri: vscode.Uri, text?: string): Promise<void> {
  const refusal = await linkRefusal(uri);
  if (refusal) throw new GrowthWriteError(refusalMessage('write', uri, refusal), text === undefined ? undefined : { uri, text });
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString() && !document.isClosed);
}

async function readSource(uri: vscode.Uri): Promise<Source> {
  const document = openDocument(uri);
  if (document) {
    if (!document.isDirty) {
      // A file changed on disk a moment ago whose editor has yet to reload it: the file is the
      // truth (the editor reloads from it), or the change would be made to the old text and saved over the new.
      const disk = await readWithStat(uri).catch(() => undefined);
      if (disk && disk.text !== document.getText()) return { uri, ...disk };
    }
    return { uri, text: document.getText(), document: { document, version: document.version } };
  }
  return { uri, ...(await readWithStat(uri)) };
}

/** Makes one file's change; throws ChangedMeanwhile when the file is no longer as it was read. */
async function write(source: Source, after: string): Promise<Made> {
  const { uri } = source;
  if (source.document) {
    const { document, version } = source.document;
    if (document.isClosed || document.version !== version) throw new ChangedMeanwhile(uri);
    const wasDirty = document.isDirty;
    if (!(await replaceText(document, source.text, after))) throw new ChangedMeanwhile(uri);
    const made = { source, before: source.text, after, saved: !wasDirty };
    if (!wasDirty && !(await document.save())) {
      await restore([{ ...made, saved: false }]);
      throw writeFailure(uri, new Error(vscode.l10n.t('the editor could not save it')), after);
    }
    return made;
  }
  const now = await stat(uri);
  if (now.mtime !== source.stat!.mtime || now.size !== source.stat!.size) throw new ChangedMeanwhile(uri);
  try {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(after));
  } catch (error) {
    throw writeFailure(uri, error, after);
  }
  return { source, before: source.text, after, saved: true };
}

/** Replaces a document's text by the smallest edit, so undo and the cursor elsewhere behave. */
async function replaceText(document: vscode.TextDocument, before: string, after: string): Promise<boolean> {
  const change = minimalChange(before, after);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
  return vscode.workspace.applyEdit(edit);
}

/** Takes back changes already made, last first. Returns the files that could not be put back. */
async function restore(made: readonly Made[]): Promise<vscode.Uri[]> {
  const failed: vscode.Uri[] = [];
  for (const change of [...made].reverse()) {
    const { uri, document } = change.source;
    try {
      if (document) {
        const open = document.document;
        if (open.isClosed || open.getText() !== change.after || !(await replaceText(open, change.after, change.before)))
          throw new Error('changed');
        if (change.saved && !(await open.save())) throw new Error('not saved');
      } else {
        await vscode.workspace.fs.writeFile(uri, encoder.encode(change.before));
      }
    } catch {
      failed.push(uri);
    }
  }
  return failed;
}

/** The error of a change that failed after some files were written (and put back, or not). */
function partFailure(error: unknown, made: readonly Made[], notRestored: readonly vscode.Uri[]): GrowthWriteError {
  const failure =
    error instanceof GrowthWriteError
      ? error
      : error instanceof ChangedMeanwhile
        ? new GrowthWriteError(vscode.l10n.t('{0} changed while DevGrowth was updating it.', vscode.workspace.asRelativePath(error.uri)))
        : new GrowthWriteError(describe(error));
  if (made.length === 0) return failure;
  const names = (uris: readonly vscode.Uri[]) => uris.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ');
  const outcome =
    notRestored.length === 0
      ? vscode.l10n.t('Nothing was changed: {0} got its old text back.', names(made.map((change) => change.source.uri)))
      : vscode.l10n.t(
          'DevGrowth could not put back the old text of {0}; use Undo there or your version control to restore it.',
          names(notRestored),
        );
  return new GrowthWriteError(`${failure.message} ${outcome}`, failure.unwritten);
}

async function readWithStat(uri: vscode.Uri): Promise<{ text: string; stat: vscode.FileStat }> {
  let bytes: Uint8Array;
  let fileStat: vscode.FileStat;
  const unreadable = (error: unknown) =>
    new GrowthWriteError(
      vscode.l10n.t(
        '{0} could not be read ({1}). It may have been moved or deleted.',
        vscode.workspace.asRelativePath(uri),
        describe(error),
      ),
    );
  try {
    fileStat = await vscode.workspace.fs.stat(uri);
  } catch (error) {
    throw unreadable(error);
  }
  // Checked before reading: a huge file is never read into memory to be changed.
  if (fileStat.size > MAX_FILE_BYTES) {
    throw new GrowthWriteError(
      vscode.l10n.t(
        '{0} is larger than {1} KB, so DevGrowth did not change it. Move long notes to another file.',
        vscode.workspace.asRelativePath(uri),
        MAX_FILE_BYTES / 1024,
      ),
    );
  }
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    return { text: strictDecoder.decode(bytes), stat: fileStat };
  } catch {
    throw new GrowthWriteError(
      vscode.l10n.t(
        '{0} is not saved as UTF-8, so DevGrowth did not change it: its characters would have been altered. Reopen it with the right encoding, save it as UTF-8 ("Change File Encoding" in the status bar), then try again.',
        vscode.workspace.asRelativePath(uri),
      ),
    );
  }
}

async function stat(uri: vscode.Uri): Promise<vscode.FileStat> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch (error) {
    throw writeFailure(uri, error);
  }
}

/** How long a new folder stands empty, so that the file watcher is watching it before files arrive. */
const NEW_FOLDER_SETTLE_MS = 100;

/**
 * Creates the folders a new file goes into, one level at a time, each given a moment before
 * anything is put in it. A guard: a recursive file watcher may not yet watch a folder made a
 * moment ago, and would then never report the deletion of a file written into it, so the plan
 * would keep that file until the window reloads. Twice a file written into new folders stayed
 * in the plan after its deletion that way; it has not happened since, but it never happened
 * on demand either.
 */
async function prepareFolder(folder: vscode.Uri): Promise<void> {
  const missing: vscode.Uri[] = [];
  for (let current = folder; !(await exists(current)); current = vscode.Uri.joinPath(current, '..')) {
    missing.unshift(current);
    if (current.path === '/') break;
  }
  for (const level of missing) {
    await vscode.workspace.fs.createDirectory(level);
    await new Promise((resolve) => setTimeout(resolve, NEW_FOLDER_SETTLE_MS));
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function writeFailure(uri: vscode.Uri, error: unknown, unwritten?: string): GrowthWriteError {
  return new GrowthWriteError(
    vscode.l10n.t(
      'DevGrowth could not write {0}: {1}. Check that the file is not read-only and the disk has room.',
      vscode.workspace.asRelativePath(uri),
      describe(error),
    ),
    unwritten === undefined ? undefined : { uri, text: unwritten },
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
