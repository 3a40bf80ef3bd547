import type { DevGrowthCommand } from '../../commands/command';
import type { GoalTreeFeature } from '../goalTreeFeature';

/** Two commands, one icon each in the view title: show only what is in play, or everything. */
export function filterGoals(feature: GoalTreeFeature): DevGrowthCommand[] {
  return [
    { id: 'devgrowth.goals.showActiveOnly', run: () => feature.setView({ filter: 'active' }) },
    { id: 'devgrowth.goals.showAll', run: () => feature.setView({ filter: 'all' }) },
  ];
}
