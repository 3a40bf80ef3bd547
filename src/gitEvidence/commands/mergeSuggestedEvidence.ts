import * as vscode from 'vscode';
import { defineCommand } from '../../commands/command';
import { CommandId } from '../../core/commandIds';
import { openSuggestions, suggestionRow } from '../../core/gitEvidence/suggestion';
import { suggestionRowArgument } from '../row';

/**
 * "Merge with…": one piece of work that the grouping split (a ticket worked on under two
 * branches, a follow-up fix) becomes one suggestion. The profile keeps the merge, so it holds on
 * every later scan and on every machine.
 */
export const mergeSuggestedEvidence = defineCommand({
  id: CommandId.GitEvidenceMerge,
  arguments: [suggestionRowArgument],
  async run(services, row) {
    if (!row) return;
    const profile = row.root.index.profile();
    if (!profile) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('A merge is written into the plan\'s profile, and this plan has none. Run "DevGrowth: Start a Growth Plan" first.'),
      );
      return;
    }
    const others = openSuggestions(services.gitSuggestions.of(row.root), row.root.index).filter(
      (suggestion) => suggestion.id !== row.suggestion.id,
    );
    if (others.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('There is no other suggested evidence to merge "{0}" with.', row.suggestion.title),
      );
      return;
    }
    const picked = await vscode.window.showQuickPick(
      others.map((suggestion) => ({ label: suggestion.title, description: suggestionRow(suggestion).description, suggestion })),
      {
        title: vscode.l10n.t('Merge "{0}" with…', row.suggestion.title),
        placeHolder: vscode.l10n.t('The piece of work it is part of'),
        matchOnDescription: true,
      },
    );
    if (!picked) return;
    await services.files.edit(vscode.Uri.parse(profile.path), [
      { op: 'set', path: ['mergedGitEvidence', row.suggestion.id], value: picked.suggestion.id },
    ]);
  },
});
