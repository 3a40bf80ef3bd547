import * as vscode from 'vscode';
import { exampleRemoval } from '../core/examples';
import { pickRoot } from '../workspace/pickRoot';
import { defineCommand } from './command';

/**
 * Remove Examples: deletes the starter goals Start a Growth Plan wrote (those still marked
 * `example: true`), after asking. A starter goal something of the person's own links to stays.
 */
export const removeExamples = defineCommand({
  id: 'devgrowth.plan.removeExamples',
  async run(services) {
    const root = await pickRoot(services);
    if (!root) return [];
    const { remove, keep } = exampleRemoval(root.index);
    const kept = keep.map((goal) => `"${goal.data.title}"`).join(', ');
    if (remove.length === 0) {
      void vscode.window.showInformationMessage(
        keep.length === 0
          ? vscode.l10n.t('The plan has no starter examples left.')
          : vscode.l10n.t(
              'Kept the starter examples {0}: goals, evidence or cards of your own link to them. Make them yours by deleting the line "example: true".',
              kept,
            ),
      );
      return [];
    }
    const titles = remove.map((goal) => `"${goal.data.title}"`).join(', ');
    const confirm = vscode.l10n.t('Remove');
    const answer = await vscode.window.showWarningMessage(
      remove.length === 1
        ? vscode.l10n.t('Remove the starter example {0}?', titles)
        : vscode.l10n.t('Remove the {0} starter examples {1}?', remove.length, titles),
      {
        modal: true,
        detail:
          vscode.l10n.t('Their files go to the trash where the system has one.') +
          (keep.length > 0 ? ` ${vscode.l10n.t('Kept: {0}, as goals, evidence or cards of your own link to them.', kept)}` : ''),
      },
      confirm,
    );
    if (answer !== confirm) return [];
    const removed: vscode.Uri[] = [];
    for (const goal of remove) {
      const uri = vscode.Uri.parse(goal.path);
      await services.files.delete(uri);
      removed.push(uri);
    }
    void vscode.window.showInformationMessage(
      remove.length === 1 ? vscode.l10n.t('Removed the starter example.') : vscode.l10n.t('Removed {0} starter examples.', remove.length),
    );
    return removed;
  },
});
