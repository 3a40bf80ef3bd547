import * as vscode from 'vscode';
import { defineCommand } from '../../commands/command';
import { CommandId } from '../../core/commandIds';
import { suggestionRowArgument } from '../row';

/** "Not evidence": the profile keeps the suggestion's id and today's date, so it never comes back, on any machine. */
export const dismissSuggestedEvidence = defineCommand({
  id: CommandId.GitEvidenceDismiss,
  arguments: [suggestionRowArgument],
  async run(services, row) {
    if (!row) return;
    const profile = row.root.index.profile();
    if (!profile) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '"Not evidence" is written into the plan\'s profile, and this plan has none. Run "DevGrowth: Start a Growth Plan" first.',
        ),
      );
      return;
    }
    await services.files.edit(vscode.Uri.parse(profile.path), [
      { op: 'set', path: ['dismissedGitEvidence', row.suggestion.id], value: services.today() },
    ]);
  },
});
