import * as vscode from 'vscode';
import { rowArgument } from '../../commands/arguments';
import { defineCommand, type DevGrowthCommand } from '../../commands/command';
import { targetOf } from '../../commands/target';
import type { GoalTreeFeature } from '../goalTreeFeature';
import { CommandId } from '../../core/commandIds';

/**
 * Deletes a row's file after a confirmation that names it; to the trash where there is one.
 * From the context menu the row comes with the command; from the Delete key, it is the row
 * selected in the Goals view.
 */
export function deleteItem(feature: GoalTreeFeature): DevGrowthCommand {
  return defineCommand({
    id: CommandId.ItemDelete,
    arguments: [rowArgument],
    async run(services, element) {
      const target = targetOf(element ?? feature.goalsView.selection[0]);
      if (!target || target.kind === 'milestone') return false;
      const name = vscode.workspace.asRelativePath(target.uri);
      const remove = vscode.l10n.t('Move to Trash');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Delete {0}?', name),
        { modal: true, detail: vscode.l10n.t('The file goes to the trash where your system has one, so you can restore it.') },
        remove,
      );
      if (answer !== remove) return false;
      await services.files.delete(target.uri);
      return true;
    },
  });
}
