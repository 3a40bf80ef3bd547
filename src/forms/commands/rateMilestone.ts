import * as vscode from 'vscode';
import { milestoneFor } from '../../commands/pick';
import { defineCommand } from '../../commands/command';
import { rowArgument } from '../../commands/arguments';
import { FormPanel } from '../formPanel';
import { CommandId } from '../../core/commandIds';

/** The growth rubric for a milestone: the tree row it was run on, or one the user picks. */
export const rateMilestone = defineCommand({
  id: CommandId.MilestoneRate,
  arguments: [rowArgument],
  async run(services, argument) {
    const picked = await milestoneFor(services, argument, vscode.l10n.t('Rate which milestone?'), (status) => status !== 'dropped');
    const milestone = picked?.goal.data.milestones[picked.index];
    if (!picked || !milestone) return undefined;
    return FormPanel.show(services, {
      formId: 'rubric',
      root: picked.root.uri.toString(),
      target: { goalId: picked.goal.id, milestoneId: milestone.id },
    });
  },
});
