import * as vscode from 'vscode';
import { readWindowSettings } from '../config';
import { activationWarning } from '../core/workload';
import { GOAL_STATUSES, goalStatusText, inWords, type GoalStatus } from '../core/vocabulary';
import { choiceArgument, rowArgument } from './arguments';
import { defineCommand } from './command';
import { goalFor } from './pick';
import { CommandId } from '../core/commandIds';

/** What a status means, beside it in the list. */
const meaning = inWords<GoalStatus>({
  draft: () => vscode.l10n.t('still being shaped'),
  active: () => vscode.l10n.t('being worked on now'),
  paused: () => vscode.l10n.t('on hold, to come back to'),
  done: () => vscode.l10n.t('achieved'),
  dropped: () => vscode.l10n.t('no longer worth it'),
});

/** Sets a goal's status from a list (or the status passed as the second argument). */
export const changeGoalStatus = defineCommand({
  id: CommandId.GoalChangeStatus,
  arguments: [rowArgument, choiceArgument('status', GOAL_STATUSES)],
  async run(services, argument, status) {
    const picked = await goalFor(services, argument, vscode.l10n.t('Change the status of which goal?'));
    if (!picked) return;
    const chosen =
      status ??
      (
        await vscode.window.showQuickPick(
          GOAL_STATUSES.map((value) => ({
            label: goalStatusText(value),
            description: meaning(value),
            picked: value === picked.goal.data.status,
            value,
          })),
          { title: vscode.l10n.t('New status for "{0}"', picked.goal.data.title) },
        )
      )?.value;
    if (!chosen || chosen === picked.goal.data.status) return;
    const warning = chosen === 'active' ? activationWarning(picked.root.index, picked.goal.id, readWindowSettings().workload) : undefined;
    if (warning) {
      const anyway = vscode.l10n.t('Make It Active Anyway');
      // Asked before the limit is passed, not reported after.
      if ((await vscode.window.showWarningMessage(warning, { modal: true }, anyway)) !== anyway) return;
    }
    await services.files.edit(vscode.Uri.parse(picked.goal.path), [{ op: 'set', path: ['status'], value: chosen }]);
  },
});
