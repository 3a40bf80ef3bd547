import * as vscode from 'vscode';
import { namesBelow } from '../core/insideFolder';
import { fileAccess } from '#platform';

/**
 * DevGrowth reads and writes only inside the workspace folder, and never through a symbolic
 * link: a repository could otherwise make it read files elsewhere (a linked `growth/` shows
 * another plan) or write there (a linked `growth/goals` takes New Goal's file). What a path is
 * made of is checked name by name from the workspace folder down; where the extension host
 * sees the disk, the real path (every link resolved) must lie inside the workspace folder's
 * own real path too. Where it cannot tell (VS Code for the web), VS Code's file service still
 * flags every link it knows of, and a file system without links has none to follow.
 */
export interface LinkRefusal {
  /** The part of the path that is a link, or the path itself when it lies outside. */
  readonly at: vscode.Uri;
  readonly reason: 'link' | 'outside';
}

/** Why `target` may not be read or written, or undefined when it may. */
export async function linkRefusal(target: vscode.Uri): Promise<LinkRefusal | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(target);
  // Every growth folder lies in a workspace folder, so every path DevGrowth makes from the plan
  // does too. A file under none was named by the caller itself (a location the user picked):
  // only whether it is a link can be asked of it.
  if (!folder) return (await fileAccess.entryAt(target)) === 'link' ? { at: target, reason: 'link' } : undefined;
  const names = namesBelow(folder.uri.toString(), target.toString());
  if (!names) return { at: target, reason: 'outside' };
  let current = folder.uri;
  let deepest = folder.uri;
  for (const name of names) {
    current = vscode.Uri.joinPath(current, decodeURIComponent(name));
    const entry = await fileAccess.entryAt(current);
    if (entry === 'link') return { at: current, reason: 'link' };
    // Nothing below a missing folder exists yet: DevGrowth creates it, as a real folder.
    if (entry === 'missing') break;
    deepest = current;
  }
  const [realFolder, realDeepest] = await Promise.all([fileAccess.realPath(folder.uri), fileAccess.realPath(deepest)]);
  if (
    realFolder !== undefined &&
    realDeepest !== undefined &&
    realDeepest !== realFolder &&
    !namesBelow(realFolder, realDeepest, separatorOf(realFolder))
  ) {
    return { at: target, reason: 'outside' };
  }
  return undefined;
}

function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

/**
 * What DevGrowth says when it refuses to read a growth folder or write a file, by the reason:
 * the path, and for a link the part that is one, as the workspace names them.
 */
const REFUSALS: {
  readonly link: Record<RefusedAction, (target: string, link: string) => string>;
  readonly outside: Record<RefusedAction, (target: string) => string>;
} = {
  link: {
    read: (folder, link) =>
      vscode.l10n.t(
        'DevGrowth did not read the growth plan in {0}: {1} is a symbolic link, and DevGrowth reads only real folders inside the workspace folder, so that a repository cannot make it read files elsewhere. Replace the link with the folder itself, or set "devgrowth.folder" to a folder inside the workspace.',
        folder,
        link,
      ),
    write: (file, link) =>
      vscode.l10n.t(
        'DevGrowth did not write {0}: {1} is a symbolic link, and DevGrowth writes only to real folders and files inside the workspace folder, so that a repository cannot send its changes elsewhere. Replace the link with a real folder or file, then try again.',
        file,
        link,
      ),
  },
  outside: {
    read: (folder) =>
      vscode.l10n.t(
        'DevGrowth did not read the growth plan in {0}: it lies outside the workspace folder. Move the plan into the workspace folder, or set "devgrowth.folder" to a folder inside it.',
        folder,
      ),
    write: (file) =>
      vscode.l10n.t(
        'DevGrowth did not write {0}: it lies outside the workspace folder, and DevGrowth writes only inside it. Open the folder that holds the file as your workspace, then try again.',
        file,
      ),
  },
};

/** Reading a growth folder, or writing a file. */
export type RefusedAction = 'read' | 'write';

/** Why DevGrowth did not read a growth folder or write a file, and what to do, in words. */
export function refusalMessage(action: RefusedAction, target: vscode.Uri, refusal: LinkRefusal): string {
  const named = vscode.workspace.asRelativePath(target);
  return refusal.reason === 'link'
    ? REFUSALS.link[action](named, vscode.workspace.asRelativePath(refusal.at))
    : REFUSALS.outside[action](named);
}
