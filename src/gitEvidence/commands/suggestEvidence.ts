import * as vscode from 'vscode';
import { gitRunner } from '#platform';
import { defineCommand } from '../../commands/command';
import { CommandId } from '../../core/commandIds';
import { addDays } from '../../core/dates';
import { scanStart } from '../../core/gitEvidence/suggestion';
import { GitError } from '../../platform/gitRunner';
import { pickRoot } from '../../workspace/pickRoot';
import { scanForEvidence, type ScanResult } from '../scan';

/**
 * Reads the user's own commits from the workspace's repositories and those of the setting, and
 * shows them as suggested evidence in History. Everything happens on this machine: git is run
 * locally, nothing is sent anywhere, and nothing is written until the user answers a suggestion.
 */
export const suggestEvidence = defineCommand({
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
    const result = await Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading your commits'), cancellable: true },
        (progress, token): Promise<ScanResult> => {
          const stop = new AbortController();
          token.onCancellationRequested(() => stop.abort());
          return scanForEvidence(services, git, root, since, stop.signal, (name) => progress.report({ message: name }));
        },
      ),
    ).catch((error: unknown) => {
      if (!(error instanceof GitError && error.failure === 'missing')) throw error;
      void vscode.window.showWarningMessage(
        vscode.l10n.t('Suggest Evidence from Git needs git, which is not installed or not on the PATH of this machine.'),
      );
      return undefined;
    });
    if (!result || result.outcome === 'cancelled') return;
    if (result.outcome === 'no-repositories') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('No git repository with commits in this workspace. Add others in the setting devgrowth.gitEvidence.repositories.'),
      );
      return;
    }
    if (result.outcome === 'no-identity') {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          "DevGrowth cannot tell which commits are yours: set git's user.email, or your emails in the setting devgrowth.gitEvidence.emails.",
        ),
      );
      return;
    }
    const shown = result.open;
    void vscode.window.showInformationMessage(
      shown === 0
        ? vscode.l10n.t('No new work of yours since {0} in {1} repositories.', since, result.repositories)
        : vscode.l10n.t('{0} suggested evidence since {1}, in History under "Suggested evidence".', shown, since),
    );
    if (shown > 0) await vscode.commands.executeCommand('devgrowth.history.focus');
  },
});

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
