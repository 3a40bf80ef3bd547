// Shared helpers for integration tests: they run in the real extension host against a fresh
// copy of test/fixtures/workspace.
import * as vscode from 'vscode';
import manifest from '../../package.json';
import manifestStrings from '../../package.nls.json';
import type { DevGrowthApi } from '../../src/extension';

export const extensionId = `${manifest.publisher}.${manifest.name}`;

/** A manifest string as English readers see it: `%key%` looked up in package.nls.json. */
export function localized(text: string): string {
  return text.replace(/^%([\w.-]+)%$/, (_, key: string) => (manifestStrings as Record<string, string>)[key] ?? `%${key}%`);
}

/** The activated extension's API, once its growth plan is loaded. */
export async function devGrowth(): Promise<DevGrowthApi> {
  const extension = vscode.extensions.getExtension<DevGrowthApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not loaded`);
  const api = await extension.activate();
  await api.workspace.whenLoaded();
  return api;
}

/** Polls until `condition` holds; fails with `what` after the time limit. */
export async function waitFor<T>(what: string, condition: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<Awaited<T>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A path inside the workspace's growth folder. */
export function growthUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, 'growth', ...segments);
}

/** A tree item's label as text (VS Code takes a string or a label with highlights). */
export function labelText(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/**
 * A folder under growth/ for one suite's own files, removed afterwards, so suites never see
 * each other's files.
 */
export function scratchFolder(name: string): { uri: (file: string) => vscode.Uri; cleanUp: () => Promise<void> } {
  const folder = growthUri(`scratch-${name}`);
  return {
    uri: (file) => vscode.Uri.joinPath(folder, file),
    cleanUp: async () => {
      // Unsaved edits would keep a deleted file in the plan (an editor's text counts): drop them.
      for (const document of vscode.workspace.textDocuments) {
        if (document.isDirty && document.uri.toString().startsWith(`${folder.toString()}/`)) {
          await vscode.window.showTextDocument(document);
          await vscode.commands.executeCommand('workbench.action.files.revert');
        }
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await forget([folder]);
    },
  };
}

/**
 * Deletes files or folders a test made and waits until the plan no longer holds them, so the
 * next test sees the plan as it was (the file watcher reports deletions a moment later).
 */
export async function forget(uris: readonly vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, async (error: unknown) => {
      // Already gone is fine; anything else would leave the next test a plan that is not its own.
      if (await onDisk(uri)) throw new Error(`Could not delete ${uri.toString()}: ${String(error)}`, { cause: error });
    });
  }
  const api = await devGrowth();
  const gone = uris.map((uri) => uri.toString());
  const remaining = () =>
    api.workspace
      .roots()
      .flatMap((root) =>
        [...root.index.files()].filter((file) => gone.some((path) => file.path === path || file.path.startsWith(`${path}/`))),
      );
  try {
    await waitFor('deleted files to leave the plan', () => remaining().length === 0, 30_000);
  } catch (error) {
    const left = await Promise.all(
      remaining().map(async (file) => `${file.path} (${(await onDisk(vscode.Uri.parse(file.path))) ? 'on disk' : 'deleted'})`),
    );
    throw new Error(`${(error as Error).message}; still in the plan: ${left.join(', ')}`, { cause: error });
  }
}

function onDisk(uri: vscode.Uri): Promise<boolean> {
  return Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    () => true,
    () => false,
  );
}

/** Answers the next modal confirmation with `answer` (undefined: dismissed). */
export function answerConfirmation(answer: string | undefined): () => void {
  const original = vscode.window.showWarningMessage;
  (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async () => answer;
  return () => {
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
  };
}
