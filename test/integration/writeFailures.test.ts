import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { reportWriteError, type GrowthWriteError } from '../../src/workspace/growthFiles';
import { devGrowth } from './helpers';

const SCHEME = 'devgrowth-failing';
const GOAL = `---
kind: goal
schema: 1
title: Write the on-call guide by March   # the user's comment
horizon: short
status: active
---
Body.
`;

type Failure = 'none' | 'read-only' | 'disk-full' | 'locked' | 'changes-every-time' | 'changes-once' | 'gone';

/**
 * A disk that fails the way real ones do: read-only files, a full disk, a file locked by
 * another program, a file another program keeps rewriting, a file deleted meanwhile. The
 * extension's one write path must survive each with a clear message and nothing lost.
 */
class FailingDisk implements vscode.FileSystemProvider {
  readonly files = new Map<string, { data: Uint8Array; mtime: number }>();
  failure: Failure = 'none';
  /** Files that cannot be written, whatever the failure. */
  readonly readOnly = new Set<string>();
  writes = 0;
  private clock = 1;
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const file = this.files.get(uri.path);
    if (!file || this.failure === 'gone') throw vscode.FileSystemError.FileNotFound(uri);
    if (this.failure === 'changes-every-time') file.mtime = ++this.clock;
    if (this.failure === 'changes-once' && file.mtime === 1) {
      // Another program saved the file after DevGrowth read it: its change must survive too.
      this.failure = 'none';
      file.data = new TextEncoder().encode(new TextDecoder().decode(file.data).replace('Body.', 'Body, edited elsewhere.'));
      file.mtime = ++this.clock;
      return { type: vscode.FileType.File, ctime: 0, mtime: 1, size: file.data.length };
    }
    return { type: vscode.FileType.File, ctime: 0, mtime: file.mtime, size: file.data.length };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const file = this.files.get(uri.path);
    if (!file || this.failure === 'gone') throw vscode.FileSystemError.FileNotFound(uri);
    return file.data;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    if (this.failure === 'read-only' || this.readOnly.has(uri.path)) throw vscode.FileSystemError.NoPermissions(uri);
    this.writes++;
    // What VS Code's disk provider reports for these (an error with the system's message).
    if (this.failure === 'disk-full') throw new vscode.FileSystemError('ENOSPC: no space left on device');
    if (this.failure === 'locked') throw new vscode.FileSystemError('EBUSY: resource busy or locked');
    this.files.set(uri.path, { data: content, mtime: ++this.clock });
  }

  text(path: string): string {
    return new TextDecoder().decode(this.files.get(path)!.data);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  createDirectory(): void {}
  delete(): void {}
  rename(): void {}
}

describe('writing when the disk fails', () => {
  const disk = new FailingDisk();
  const uri = vscode.Uri.from({ scheme: SCHEME, path: '/growth/goals/guide.md' });
  let registration: vscode.Disposable;

  before(() => {
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, disk);
  });
  after(() => {
    registration.dispose();
  });
  beforeEach(() => {
    disk.failure = 'none';
    disk.readOnly.clear();
    disk.files.set(uri.path, { data: new TextEncoder().encode(GOAL), mtime: 1 });
  });

  async function editFails(failure: Failure, message: RegExp): Promise<GrowthWriteError> {
    const api = await devGrowth();
    disk.failure = failure;
    const error = await api.files.edit(uri, [{ op: 'set', path: ['status'], value: 'done' }]).then(
      () => assert.fail(`the edit succeeded on a disk that is ${failure}`),
      (reason: GrowthWriteError) => reason,
    );
    assert.match(error.message, message);
    disk.failure = 'none';
    assert.equal(disk.text(uri.path), GOAL, 'the file is as it was');
    return error;
  }

  it('says a read-only file cannot be written, and keeps the change for the user', async () => {
    const error = await editFails('read-only', /could not write .*guide\.md.*read-only/);
    assert.equal(error.unwritten?.text, GOAL.replace('status: active', 'status: done'));
  });

  it('says so when the disk is full, and keeps the change', async () => {
    const error = await editFails('disk-full', /no space left on device.*the disk has room/);
    assert.ok(error.unwritten);
  });

  it('says so when another program holds the file locked', async () => {
    await editFails('locked', /resource busy or locked/);
  });

  it('says a file that was deleted or moved meanwhile cannot be read, and creates nothing', async () => {
    await editFails('gone', /could not be read .*moved or deleted/);
  });

  it('gives up on a file another program keeps rewriting, rather than overwrite it', async () => {
    const error = await editFails('changes-every-time', /keeps changing on disk/);
    assert.ok(error.unwritten, 'the change is still there for the user');
  });

  it('applies its change to the new text when the file changed after it was read', async () => {
    const api = await devGrowth();
    disk.failure = 'changes-once';
    await api.files.edit(uri, [{ op: 'set', path: ['status'], value: 'done' }]);
    assert.equal(disk.text(uri.path), GOAL.replace('status: active', 'status: done').replace('Body.', 'Body, edited elsewhere.'));
  });

  describe('a change to several files', () => {
    const other = vscode.Uri.from({ scheme: SCHEME, path: '/growth/goals/other.md' });
    const done = [{ op: 'set', path: ['status'], value: 'done' }] as const;

    it('gives the files already written their old text back when a later one cannot be written', async () => {
      const api = await devGrowth();
      disk.files.set(other.path, { data: new TextEncoder().encode(GOAL), mtime: 1 });
      disk.readOnly.add(other.path);
      const error = await api.files.editAll([{ uri, edits: done }, { uri: other, edits: done }]).then(
        () => assert.fail('the change succeeded with a read-only file'),
        (reason: GrowthWriteError) => reason,
      );
      assert.match(error.message, /could not write .*other\.md.*read-only.*Nothing was changed: .*guide\.md got its old text back\./);
      assert.equal(disk.text(uri.path), GOAL, 'the first file has its old text again');
      assert.equal(disk.text(other.path), GOAL);
    });

    it('writes no file when one of them refuses the change, and names it', async () => {
      const api = await devGrowth();
      disk.files.set(other.path, { data: new TextEncoder().encode(GOAL.replace('schema: 1', 'schema: 2')), mtime: 1 });
      disk.writes = 0;
      const error = await api.files.editAll([{ uri, edits: done }, { uri: other, edits: done }]).then(
        () => assert.fail('the change succeeded on a file in a newer format'),
        (reason: GrowthWriteError) => reason,
      );
      assert.match(error.message, /other\.md: The file uses format version 2, written by a newer DevGrowth/);
      assert.equal(disk.writes, 0, 'nothing was written');
      assert.equal(disk.text(uri.path), GOAL);
    });
  });

  it('refuses a file over 1 MB before reading it', async () => {
    disk.files.set(uri.path, { data: new TextEncoder().encode(GOAL.replace('Body.', 'é'.repeat(600_000))), mtime: 1 });
    const api = await devGrowth();
    const error = await api.files.edit(uri, [{ op: 'set', path: ['status'], value: 'done' }]).then(
      () => assert.fail('a 1.2 MB file was changed'),
      (reason: GrowthWriteError) => reason,
    );
    assert.match(error.message, /guide\.md is larger than 1024 KB, so DevGrowth did not change it/);
  });

  it('never overwrites a file when creating one, and keeps the new text', async () => {
    const api = await devGrowth();
    const error = await api.files.create(uri, 'new text').then(
      () => assert.fail('created over an existing file'),
      (reason: GrowthWriteError) => reason,
    );
    assert.match(error.message, /already exists\. DevGrowth did not overwrite it/);
    assert.equal(error.unwritten?.text, 'new text');
    assert.equal(disk.text(uri.path), GOAL);
  });

  it('offers the unwritten change in an unsaved editor with its error message', async () => {
    const error = await editFails('read-only', /could not write/);
    const original = vscode.window.showErrorMessage;
    let shown = '';
    (vscode.window as { showErrorMessage: unknown }).showErrorMessage = async (message: string, ...items: string[]) => {
      shown = message;
      return items.find((item) => item === 'Show the Change');
    };
    try {
      // Every command reports a failed write this way (see registerCommands).
      await reportWriteError(error);
    } finally {
      (vscode.window as { showErrorMessage: unknown }).showErrorMessage = original;
    }
    assert.equal(shown, error.message);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.isUntitled, true);
    assert.equal(editor?.document.getText(), GOAL.replace('status: active', 'status: done'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
