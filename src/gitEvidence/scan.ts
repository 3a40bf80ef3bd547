import * as vscode from 'vscode';
import { readWindowSettings } from '../config';
import { groupCommits } from '../core/gitEvidence/grouping';
import { identities } from '../core/gitEvidence/identity';
import type { RemoteLinks } from '../core/gitEvidence/remote';
import { openSuggestions, suggestionsFrom } from '../core/gitEvidence/suggestion';
import { GitError, type GitRunner } from '../platform/gitRunner';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { folderName, readHistory, repositoryOf, type RepositoryHistory } from './readHistory';

/** What a scan came to: suggestions (kept for History), or why there are none. */
export type ScanResult =
  | { readonly outcome: 'scanned'; readonly repositories: number; readonly open: number }
  | { readonly outcome: 'no-repositories' }
  | { readonly outcome: 'no-identity' }
  | { readonly outcome: 'cancelled' };

/**
 * Reads the user's own commits since `since` from the workspace's repositories and those of the
 * setting, groups them, and keeps the suggestions for the plan's History. Everything happens on
 * this machine: git runs locally and nothing is written. Throws a GitError when git is missing.
 */
export async function scanForEvidence(
  services: Services,
  git: GitRunner,
  root: GrowthRoot,
  since: string,
  signal: AbortSignal,
  reading: (repository: string) => void,
): Promise<ScanResult> {
  const settings = readWindowSettings().gitEvidence;
  const histories = await readAll(services, git, foldersToRead(settings.repositories), since, settings.emails, signal, reading);
  if (!histories) return { outcome: 'cancelled' };
  if (histories.length === 0) return { outcome: 'no-repositories' };
  const emails = identities(...histories.map((history) => history.emails), settings.emails);
  if (emails.size === 0) return { outcome: 'no-identity' };
  const remotes = new Map<string, RemoteLinks>(histories.flatMap((history) => (history.remote ? [[history.log.key, history.remote]] : [])));
  const groups = groupCommits(
    histories.map((history) => history.log),
    emails,
    settings.ticketPattern,
  );
  const suggestions = suggestionsFrom(groups, remotes, root.index);
  services.gitSuggestions.set(root, suggestions);
  return { outcome: 'scanned', repositories: histories.length, open: openSuggestions(suggestions, root.index).length };
}

/** The workspace's folders on this machine's disk, and the setting's folders (a relative one from the first workspace folder). */
function foldersToRead(extra: readonly string[]): vscode.Uri[] {
  const local = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file').map((folder) => folder.uri);
  const absolute = (folder: string) => /^([/\\]|[A-Za-z]:[/\\])/.test(folder);
  return [
    ...local,
    ...extra.flatMap((folder) => (absolute(folder) ? [vscode.Uri.file(folder)] : local[0] ? [vscode.Uri.joinPath(local[0], folder)] : [])),
  ];
}

/**
 * Each repository's history, once even when several folders are in it; undefined when the
 * user stopped it. A repository git cannot read is left out and named in the DevGrowth output,
 * so the others still count.
 */
async function readAll(
  services: Services,
  git: GitRunner,
  folders: readonly vscode.Uri[],
  since: string,
  extraEmails: readonly string[],
  signal: AbortSignal,
  reading: (name: string) => void,
): Promise<RepositoryHistory[] | undefined> {
  const seen = new Set<string>();
  const histories: RepositoryHistory[] = [];
  try {
    for (const folder of folders) {
      const isFolder = await Promise.resolve(vscode.workspace.fs.stat(folder)).then(
        (stat) => (stat.type & vscode.FileType.Directory) !== 0,
        () => false,
      );
      if (!isFolder) {
        services.output.warn(`Suggest Evidence from Git: ${folder.fsPath} is not a folder; left out`);
        continue;
      }
      const top = await repositoryOf(git, folder.fsPath, signal);
      if (!top || seen.has(top)) continue;
      seen.add(top);
      reading(folderName(top));
      try {
        const read = await readHistory(git, top, since, extraEmails, signal, services.gitSuggestions.readOf(top));
        if (read) {
          histories.push(read.history);
          services.gitSuggestions.remember(top, read.snapshot);
        }
      } catch (error) {
        if (!(error instanceof GitError) || error.failure === 'missing' || error.failure === 'cancelled') throw error;
        services.output.warn(`Suggest Evidence from Git: could not read ${top}: ${error.message}`);
      }
    }
  } catch (error) {
    if (error instanceof GitError && error.failure === 'cancelled') return undefined;
    throw error;
  }
  return histories;
}
