import { defineCommand, type DevGrowthCommand } from '../../commands/command';
import type { GoalTreeFeature } from '../goalTreeFeature';
import { CommandId } from '../../core/commandIds';

/** Reads the growth folder again from disk and redraws the views. */
export function refreshGoals(feature: GoalTreeFeature): DevGrowthCommand {
  return defineCommand({
    id: CommandId.GoalsRefresh,
    async run(services) {
      await services.workspace.reload();
      feature.refresh();
    },
  });
}
