import { defineCommand, type DevGrowthCommand } from '../../commands/command';
import type { GoalTreeFeature } from '../goalTreeFeature';
import { CommandId } from '../../core/commandIds';

/** Two commands, one icon each in the view title: show only what is in play, or everything. */
export function filterGoals(feature: GoalTreeFeature): DevGrowthCommand[] {
  return [
    defineCommand({ id: CommandId.GoalsShowActiveOnly, run: () => feature.setView({ filter: 'active' }) }),
    defineCommand({ id: CommandId.GoalsShowAll, run: () => feature.setView({ filter: 'all' }) }),
  ];
}
