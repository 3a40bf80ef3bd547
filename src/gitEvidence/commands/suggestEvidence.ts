import * as vscode from 'vscode';
import { gitRunner } from '#platform';
import type { DevGrowthCommand } from '../../commands/command';
import { readWindowSettings } from '../../config';
import { CommandId } from '../../core/commandIds';
import { addDays } from '../../core/dates';
import { groupCommits } from '../../core/gitEvidence/grouping';
import { identities } from '../../core/gitEvidence/identity';
import type { RemoteLinks } from '../../core/gitEvidence/remote';
import { openSuggestions, scanStart, suggestionsFrom } from '../../core/gitEvidence/suggestion';
import { GitError, type GitRunner } from '../../platform/gitRunner';
import type { Services } from '../../services';
import { pickRoot } from '../../workspace/pickRoot';
import { folderName, readHistory, repositoryOf, type RepositoryHistory } from '../readHistory';

/**
 * Reads the user's own commits from the workspace's repositories and those of the setting, and
 * shows them as suggested evidence in History. Everything happens on this machine: git is run
 * locally, nothing is sent anywhere, and nothing is written until the user answers a suggestion.
 */
export const suggestEvidence: DevGrowthCommand = {
  id: CommandId.GitEvidenceSuggest,
  async run(services) {
    const git = gitRunner;
    if (!git) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Suggest Evidence from Git runs git on your machine, which VS Code for the web cannot do. Open the folder in VS Code on the desktop or on a remote.',
        ),
      );
      return;
    }
    if (!vscode.workspace.isTrusted) {
      const manage = vscode.l10n.t('Manage Workspace Trust');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Reading git history runs git in your repositories, which Restricted Mode does not allow. Trust this workspace to use Suggest Evidence from Git.',
        ),
        manage,
      );
      if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
      return;
    }
    const root = await pickRoot(services);
    if (!root) return;
    const since = await pickStart(scanStart(root.index, services.today()), services.today());
    if (!since) return;
    const settings = readWindowSettings().gitEvidence;
    const histories = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading your commits'), cancellable: true },
      (progress, token) => {
        const stop = new AbortController();
        token.onCancellationRequested(() => stop.abort());
        return readAll(services, git, foldersToRead(settings.repositories), since, settings.emails, stop.signal, (name) =>
          progress.report({ message: name }),
        );
      },
    );
    if (!histories) return;
    if (histories.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('No git repository with commits in this workspace. Add others in the setting devgrowth.gitEvidence.repositories.'),
      );
      return;
    }
    const emails = identities(...histories.map((history) => history.emails), settings.emails);
    if (emails.size === 0) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          "DevGrowth cannot tell which commits are yours: set git's user.email, or your emails in the setting devgrowth.gitEvidence.emails.",
        ),
      );
      return;
    }
    const remotes = new Map<string, RemoteLinks>(
      histories.flatMap((history) => (history.remote ? [[history.log.key, history.remote]] : [])),
    );
    const groups = groupCommits(
      histories.map((history) => history.log),
      emails,
      settings.ticketPattern,
    );
    const suggestions = suggestionsFrom(groups, remotes, root.index);
    services.gitSuggestions.set(root, suggestions);
    const shown = openSuggestions(suggestions, root.index).length;
    void vscode.window.showInformationMessage(
      shown === 0
        ? vscode.l10n.t('No new work of yours since {0} in {1} repositories.', since, histories.length)
        : vscode.l10n.t('{0} suggested evidence since {1}, in History under "Suggested evidence".', shown, since),
    );
    if (shown > 0) await vscode.commands.executeCommand('devgrowth.history.focus');
  },
};

/** From when to read: since the latest evidence or review (the default), or a span the user picks. */
async function pickStart(latest: string, today: string): Promise<string | undefined> {
  const choices = [
    { label: vscode.l10n.t('Since your latest evidence or review'), description: latest, since: latest },
    { label: vscode.l10n.t('The last 30 days'), description: addDays(today, -30), since: addDays(today, -30) },
    { label: vscode.l10n.t('The last 90 days'), description: addDays(today, -90), since: addDays(today, -90) },
    { label: vscode.l10n.t('The last year'), description: addDays(today, -365), since: addDays(today, -365) },
  ];
  return (await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Suggest evidence from which commits?') }))?.since;
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
 * user stopped it or git is missing (said in a message). A repository git cannot read is
 * left out and named in the DevGrowth output, so the others still count.
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
        const history = await readHistory(git, top, since, extraEmails, signal);
        if (history) histories.push(history);
      } catch (error) {
        if (!(error instanceof GitError) || error.failure === 'missing' || error.failure === 'cancelled') throw error;
        services.output.warn(`Suggest Evidence from Git: could not read ${top}: ${error.message}`);
      }
    }
  } catch (error) {
    if (error instanceof GitError && error.failure === 'cancelled') return undefined;
    if (error instanceof GitError && error.failure === 'missing') {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Suggest Evidence from Git needs git, which is not installed or not on the PATH of this machine.'),
      );
      return undefined;
    }
    throw error;
  }
  return histories;
}
