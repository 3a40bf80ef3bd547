import * as vscode from 'vscode';
import { NOT_DONE, milestoneStatusEdits } from '../core/statusChange';
import { MILESTONE_STATUSES, milestoneStatusText, type MilestoneStatus } from '../core/vocabulary';
import type { Services } from '../services';
import { defineCommand } from './command';
import { rowArgument } from './arguments';
import { milestoneFor, type PickedMilestone } from './pick';
import { CommandId } from '../core/commandIds';

async function setStatus(services: Services, picked: PickedMilestone, to: MilestoneStatus): Promise<void> {
  const from = picked.goal.data.milestones[picked.index]!.status;
  const edits = milestoneStatusEdits(picked.index, from, to, services.today());
  if (edits.length > 0) await services.files.edit(vscode.Uri.parse(picked.goal.path), edits);
}

/** Marks a milestone done today. */
export const markMilestoneDone = defineCommand({
  id: CommandId.MilestoneMarkDone,
  arguments: [rowArgument],
  async run(services, argument) {
    const picked = await milestoneFor(
      services,
      argument,
      vscode.l10n.t('Which milestone is done?'),
      (status) => status !== 'done' && status !== 'dropped',
    );
    if (picked) await setStatus(services, picked, 'done');
  },
});

/** Takes back "done" from a milestone: it is worked on again, and loses its completion date. */
export const markMilestoneNotDone = defineCommand({
  id: CommandId.MilestoneMarkNotDone,
  arguments: [rowArgument],
  async run(services, argument) {
    const picked = await milestoneFor(
      services,
      argument,
      vscode.l10n.t('Which milestone is not done after all?'),
      (status) => status === 'done',
    );
    if (picked) await setStatus(services, picked, NOT_DONE.milestone);
  },
});

/** Sets a milestone's status from a list, in either direction. */
export const changeMilestoneStatus = defineCommand({
  id: CommandId.MilestoneChangeStatus,
  arguments: [rowArgument],
  async run(services, argument) {
    const picked = await milestoneFor(services, argument, vscode.l10n.t('Change the status of which milestone?'));
    if (!picked) return;
    const milestone = picked.goal.data.milestones[picked.index]!;
    const chosen = await vscode.window.showQuickPick(
      MILESTONE_STATUSES.map((value) => ({
        label: milestoneStatusText(value),
        description: value === milestone.status ? vscode.l10n.t('now') : undefined,
        value,
      })),
      { title: vscode.l10n.t('New status for "{0}"', milestone.title) },
    );
    if (chosen) await setStatus(services, picked, chosen.value);
  },
});
