import * as vscode from 'vscode';
import type { DevGrowthCommand } from './command';
import { milestoneFor } from './pick';
import { CommandId } from '../core/commandIds';

/** Marks a milestone done today. */
export const markMilestoneDone: DevGrowthCommand = {
  id: CommandId.MilestoneMarkDone,
  async run(services, argument) {
    const picked = await milestoneFor(services, argument, vscode.l10n.t('Which milestone is done?'), (status) => status !== 'done' && status !== 'dropped');
    if (!picked) return;
    await services.files.edit(vscode.Uri.parse(picked.goal.path), [
      { op: 'set', path: ['milestones', picked.index, 'status'], value: 'done' },
      { op: 'set', path: ['milestones', picked.index, 'completed'], value: services.today() },
    ]);
  },
};
