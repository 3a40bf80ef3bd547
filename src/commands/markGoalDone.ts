import * as vscode from 'vscode';
import { NOT_DONE } from '../core/statusChange';
import type { DevGrowthCommand } from './command';
import { goalFor } from './pick';

/** Marks a goal done, and offers to log the achievement as evidence. */
export const markGoalDone: DevGrowthCommand = {
  id: 'devgrowth.goal.markDone',
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
};

/** Takes back "done" from a goal: it is worked on again. */
export const markGoalNotDone: DevGrowthCommand = {
  id: 'devgrowth.goal.markNotDone',
  async run(services, argument) {
    const picked = await goalFor(services, argument, vscode.l10n.t('Which goal is not done after all?'), (goal) => goal.data.status === 'done');
    if (!picked) return;
    await services.files.edit(vscode.Uri.parse(picked.goal.path), [{ op: 'set', path: ['status'], value: NOT_DONE.goal }]);
  },
};
