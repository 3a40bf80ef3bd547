import * as vscode from 'vscode';
import { minimalChange } from '../core/textChange';
import { editFrontMatter, type FrontMatterEdit } from '../core/writer';
import type { GrowthWorkspace } from './growthWorkspace';
import { linkRefusal, unwritableMessage } from './linkGuard';

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

/**
 * The one way DevGrowth changes a user's files.
 *
 * An open document (dirty or not) is changed through a WorkspaceEdit, so undo works and
 * nothing the user typed is lost; it is saved afterwards only if it was not dirty before.
 * A closed file is written only if it has not changed on disk since it was read; if it has,
 * the change is made again on the new text.
 */
export class GrowthFiles {
  constructor(private readonly workspace: GrowthWorkspace) {}

  /** Changes front-matter values of an existing file. */
  async edit(uri: vscode.Uri, edits: readonly FrontMatterEdit[]): Promise<void> {
    await refuseLinks(uri);
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
    if (document && !document.isClosed) {
      await this.editDocument(document, edits);
    } else {
      await this.editOnDisk(uri, edits);
    }
  }

  /** Creates a new file; refuses to overwrite one that exists. */
  async create(uri: vscode.Uri, text: string): Promise<void> {
    await refuseLinks(uri, text);
    if (await exists(uri)) {
      throw new GrowthWriteError(vscode.l10n.t('{0} already exists. DevGrowth did not overwrite it.', vscode.workspace.asRelativePath(uri)), { uri, text });
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
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === from.toString() && !document.isClosed);
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
    const moved = vscode.workspace.textDocuments.find((document) => document.uri.toString() === to.toString() && !document.isClosed);
    this.workspace.update(from, undefined);
    this.workspace.update(to, moved ? moved.getText() : decoder.decode(await vscode.workspace.fs.readFile(to)));
  }

  private async editDocument(document: vscode.TextDocument, edits: readonly FrontMatterEdit[]): Promise<void> {
    const wasDirty = document.isDirty;
    const before = document.getText();
    const after = apply(document.uri, before, edits);
    if (after === before) return;
    const edit = new vscode.WorkspaceEdit();
    const change = minimalChange(before, after);
    edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
    // Applying against a stale version fails rather than losing what the user just typed.
    if (!(await vscode.workspace.applyEdit(edit))) {
      throw new GrowthWriteError(
        vscode.l10n.t('{0} changed while DevGrowth was updating it. Nothing was changed; try again.', vscode.workspace.asRelativePath(document.uri)),
      );
    }
    if (!wasDirty) await document.save();
    this.workspace.update(document.uri, document.getText());
  }

  private async editOnDisk(uri: vscode.Uri, edits: readonly FrontMatterEdit[]): Promise<void> {
    let lastAttempt: string | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const read = await readWithStat(uri);
      const after = apply(uri, read.text, edits);
      lastAttempt = after;
      if (after === read.text) return;
      // The file may have changed since it was read (another editor, a git checkout): check first.
      const now = await stat(uri);
      if (now.mtime !== read.stat.mtime || now.size !== read.stat.size) continue;
      try {
        await vscode.workspace.fs.writeFile(uri, encoder.encode(after));
      } catch (error) {
        throw writeFailure(uri, error, after);
      }
      this.workspace.update(uri, after);
      return;
    }
    throw new GrowthWriteError(
      vscode.l10n.t('{0} keeps changing on disk. DevGrowth did not change it; try again in a moment.', vscode.workspace.asRelativePath(uri)),
      lastAttempt === undefined ? undefined : { uri, text: lastAttempt },
    );
  }
}

/**
 * Refuses a write outside the workspace folder or through a symbolic link (see linkGuard.ts),
 * checked just before each write; `text`, a new file's, stays at hand for the user.
 */
async function refuseLinks(uri: vscode.Uri, text?: string): Promise<void> {
  const refusal = await linkRefusal(uri);
  if (refusal) throw new GrowthWriteError(unwritableMessage(uri, refusal), text === undefined ? undefined : { uri, text });
}

function apply(uri: vscode.Uri, text: string, edits: readonly FrontMatterEdit[]): string {
  const result = editFrontMatter(text, edits);
  if (!result.ok) throw new GrowthWriteError(`${vscode.workspace.asRelativePath(uri)}: ${result.reason}`);
  return result.text;
}

async function readWithStat(uri: vscode.Uri): Promise<{ text: string; stat: vscode.FileStat }> {
  let bytes: Uint8Array;
  let fileStat: vscode.FileStat;
  try {
    fileStat = await vscode.workspace.fs.stat(uri);
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    throw new GrowthWriteError(
      vscode.l10n.t('{0} could not be read ({1}). It may have been moved or deleted.', vscode.workspace.asRelativePath(uri), describe(error)),
    );
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
    vscode.l10n.t('DevGrowth could not write {0}: {1}. Check that the file is not read-only and the disk has room.', vscode.workspace.asRelativePath(uri), describe(error)),
    unwritten === undefined ? undefined : { uri, text: unwritten },
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
