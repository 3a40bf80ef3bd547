import * as vscode from 'vscode';
import { archiveMoves } from '../core/archive';
import { applyArchiveWork, relativeTo } from './archiving';
import { defineCommand } from './command';
import { rowArgument } from './arguments';
import { goalFor } from './pick';
import { CommandId } from '../core/commandIds';

/** Moves one finished or dropped goal, with its growth cards, into the archive of its quarter. */
export const archiveGoal = defineCommand({
  id: CommandId.GoalArchive,
  arguments: [rowArgument],
  async run(services, argument) {
    const picked = await goalFor(
      services,
      argument,
      vscode.l10n.t('Archive which goal?'),
      (goal) => goal.data.status === 'done' || goal.data.status === 'dropped',
    );
    if (!picked) return undefined;
    const { root, goal } = picked;
    if (goal.data.status !== 'done' && goal.data.status !== 'dropped') {
      void vscode.window.showInformationMessage(stillInPlay(goal.data.title, goal.data.status));
      return undefined;
    }
    const moves = archiveMoves(root.index, [goal], services.today(), relativeTo(root));
    if (moves.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" is already in the archive.', goal.data.title));
      return undefined;
    }
    return applyArchiveWork(services, root, { moves });
  },
});

/** Why a goal that is not finished yet stays out of the archive. */
function stillInPlay(title: string, status: 'draft' | 'active' | 'paused'): string {
  switch (status) {
    case 'draft':
      return vscode.l10n.t('"{0}" is still draft. Mark it done or dropped before archiving it.', title);
    case 'active':
      return vscode.l10n.t('"{0}" is still active. Mark it done or dropped before archiving it.', title);
    case 'paused':
      return vscode.l10n.t('"{0}" is still paused. Mark it done or dropped before archiving it.', title);
  }
}
