/**
 * Link checks: files that name a goal or milestone must name one that exists, so a renamed
 * or deleted goal shows up as a problem where the broken link is written.
 */
import * as l10n from '@vscode/l10n';
import type { GrowthIndex, PlanCheck } from './growthIndex';
import type { FieldPath, Problem } from './problem';

interface GoalLink {
  readonly goal: string;
  readonly milestone?: string;
  readonly goalField: FieldPath;
  readonly milestoneField: FieldPath;
}

export const checkLinks: PlanCheck = (file, index) => {
  const record = file.record;
  if (!record) return [];
  const links: GoalLink[] = [];
  switch (record.kind) {
    case 'card':
    case 'evidence':
      if (record.data.goal) {
        links.push({ goal: record.data.goal, milestone: record.data.milestone, goalField: ['goal'], milestoneField: ['milestone'] });
      }
      break;
    case 'assessment':
      if (record.data.type === 'rubric') {
        links.push({ goal: record.data.goal, milestone: record.data.milestone, goalField: ['goal'], milestoneField: ['milestone'] });
      }
      break;
    case 'review':
      record.data.goals?.forEach((entry, position) =>
        links.push({ goal: entry.goal, goalField: ['goals', position, 'goal'], milestoneField: [] }),
      );
      break;
    default:
      break;
  }
  return links.flatMap((link) => checkLink(index, link));
};

function checkLink(index: GrowthIndex, link: GoalLink): Problem[] {
  const goal = index.goal(link.goal);
  if (!goal) {
    return [
      {
        code: 'link/unknown-goal',
        severity: 'error',
        message: l10n.t('No goal has the id "{0}". Use the file name of a goal in goals/ (without .md), or its id.', link.goal),
        field: link.goalField,
      },
    ];
  }
  if (link.milestone && !goal.data.milestones.some((milestone) => milestone.id === link.milestone)) {
    const known = goal.data.milestones.map((milestone) => milestone.id).join(', ') || l10n.t('none yet');
    return [
      {
        code: 'link/unknown-milestone',
        severity: 'error',
        message: l10n.t('Goal "{0}" has no milestone "{1}" (its milestones: {2}).', link.goal, link.milestone, known),
        field: link.milestoneField,
      },
    ];
  }
  return [];
}
