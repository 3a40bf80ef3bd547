import * as vscode from 'vscode';
import { choiceArgument } from '../../commands/arguments';
import { defineCommand, type DevGrowthCommand } from '../../commands/command';
import { GOAL_SORTS, type GoalSort } from '../../core/goalTree';
import type { GoalTreeFeature } from '../goalTreeFeature';
import { CommandId } from '../../core/commandIds';

/** Chooses the order of goals in the tree; remembered per workspace. */
export function sortGoals(feature: GoalTreeFeature): DevGrowthCommand {
  return defineCommand({
    id: CommandId.GoalsSort,
    arguments: [choiceArgument('order', GOAL_SORTS)],
    async run(_services, choice) {
      const options: { label: string; description: string; sort: GoalSort }[] = [
        { label: vscode.l10n.t('Priority'), description: vscode.l10n.t('impact weighted most, then due date'), sort: 'priority' },
        { label: vscode.l10n.t('Due date'), description: vscode.l10n.t('soonest first'), sort: 'due' },
        { label: vscode.l10n.t('Title'), description: vscode.l10n.t('A to Z'), sort: 'title' },
      ];
      const sort =
        choice ??
        (
          await vscode.window.showQuickPick(
            options.map((option) => ({
              ...option,
              picked: option.sort === feature.sort,
              detail: option.sort === feature.sort ? vscode.l10n.t('current') : undefined,
            })),
            { title: vscode.l10n.t('Sort goals by') },
          )
        )?.sort;
      if (sort) await feature.setView({ sort });
    },
  });
}
