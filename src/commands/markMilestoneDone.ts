import * as vscode from 'vscode';
import type { FrontMatterEdit } from '../core/writer';
import type { DevGrowthCommand } from './command';
import { milestoneFor } from './pick';

/** Marks a milestone done today. */
export const markMilestoneDone: DevGrowthCommand = {
  id: 'devgrowth.milestone.markDone',
  async run(services, argument) {
    const picked = await milestoneFor(services, argument, vscode.l10n.t('Which milestone is done?'), (status) => status !== 'done' && status !== 'dropped');
    if (!picked) return;
    await services.files.edit(vscode.Uri.parse(picked.goal.path), markDoneEdits(picked.index, services.today()));
  },
};

/** The edits that mark milestone `index` of a goal done on `today`. */
export function markDoneEdits(index: number, today: string): FrontMatterEdit[] {
  return [
    { op: 'set', path: ['milestones', index, 'status'], value: 'done' },
    { op: 'set', path: ['milestones', index, 'completed'], value: today },
  ];
}
