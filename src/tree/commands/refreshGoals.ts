import type { DevGrowthCommand } from '../../commands/command';
import type { GoalTreeFeature } from '../goalTreeFeature';

/** Reads the growth folder again from disk and redraws the views. */
export function refreshGoals(feature: GoalTreeFeature): DevGrowthCommand {
  return {
    id: 'devgrowth.goals.refresh',
    async run(services) {
      await services.workspace.reload();
      feature.refresh();
    },
  };
}
