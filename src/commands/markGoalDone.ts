import * as vscode from 'vscode';
import { NOT_DONE } from '../core/statusChange';
import { defineCommand } from './command';
import { rowArgument } from './arguments';
import { goalFor } from './pick';
import { CommandId } from '../core/commandIds';

/** Marks a goal done, and offers to log the achievement as evidence. */
export const markGoalDone = defineCommand({
  id: CommandId.GoalMarkDone,
  arguments: [rowArgument],
  async run(services, argument) {
    const picked = await goalFor(services, argument, vscode.l10n.t('Which goal is done?'), (goal) => goal.data.status !== 'done');
    if (!picked) return;
    const open = picked.goal.data.milestones.filter((milestone) => milestone.status !== 'done' && milestone.status !== 'dropped');
    if (open.length > 0) {
      const markAnyway = vscode.l10n.t('Mark Done');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} milestones of this goal are not done. Mark the goal done anyway?', open.length),
        { modal: true },
        markAnyway,
      );
      if (answer !== markAnyway) return;
    }
    await services.files.edit(vscode.Uri.parse(picked.goal.path), [{ op: 'set', path: ['status'], value: 'done' }]);
  },
});

/** Takes back "done" from a goal: it is worked on again. */
export const markGoalNotDone = defineCommand({
  id: CommandId.GoalMarkNotDone,
  arguments: [rowArgument],
  async run(services, argument) {
    const picked = await goalFor(
      services,
      argument,
      vscode.l10n.t('Which goal is not done after all?'),
      (goal) => goal.data.status === 'done',
    );
    if (!picked) return;
    await services.files.edit(vscode.Uri.parse(picked.goal.path), [{ op: 'set', path: ['status'], value: NOT_DONE.goal }]);
  },
});
