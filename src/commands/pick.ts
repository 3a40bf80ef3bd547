import * as vscode from 'vscode';
import type { Entry } from '../core/growthIndex';
import { goalStatusText, milestoneStatusText } from '../core/vocabulary';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { targetOf } from './target';

export interface PickedGoal {
  readonly root: GrowthRoot;
  readonly goal: Entry<'goal'>;
}

export interface PickedMilestone extends PickedGoal {
  readonly index: number;
}

/** The goal a command acts on: the tree row it was run on, or one the user picks. */
export async function goalFor(
  services: Services,
  argument: unknown,
  title: string,
  include: (goal: Entry<'goal'>) => boolean = () => true,
): Promise<PickedGoal | undefined> {
  const target = targetOf(argument);
  if (target && target.kind !== 'file') {
    const goal = target.root.index.goal(target.goalId);
    return goal && { root: target.root, goal };
  }
  await services.workspace.whenLoaded();
  const choices = services.workspace.roots().flatMap((root) =>
    root.index
      .goals()
      .filter(include)
      .map((goal) => ({
        label: goal.data.title,
        description: `${goal.data.horizon === 'long' ? vscode.l10n.t('long-term') : vscode.l10n.t('short-term')} · ${goalStatusText(goal.data.status)}`,
        root,
        goal,
      })),
  );
  if (choices.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No goal fits. Create one with "DevGrowth: New Goal".'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(choices, { title, matchOnDescription: true });
  return picked && { root: picked.root, goal: picked.goal };
}

/** The milestone a command acts on: the tree row it was run on, or one the user picks. */
export async function milestoneFor(
  services: Services,
  argument: unknown,
  title: string,
  include: (status: string) => boolean = () => true,
): Promise<PickedMilestone | undefined> {
  const target = targetOf(argument);
  if (target?.kind === 'milestone') {
    const goal = target.root.index.goal(target.goalId);
    return goal && { root: target.root, goal, index: target.index };
  }
  const picked = await goalFor(services, argument, title, (goal) => goal.data.milestones.some((milestone) => include(milestone.status)));
  if (!picked) return undefined;
  const milestones = picked.goal.data.milestones
    .map((milestone, index) => ({
      label: milestone.title,
      description: milestoneStatusText(milestone.status),
      detail: milestone.doneWhen,
      index,
      milestone,
    }))
    .filter((item) => include(item.milestone.status));
  const chosen = await vscode.window.showQuickPick(milestones, { title });
  return chosen && { ...picked, index: chosen.index };
}

export interface PickedCard {
  readonly root: GrowthRoot;
  readonly card: Entry<'card'>;
}

/** The growth card a command acts on: the tree row it was run on, or one the user picks. */
export async function cardFor(services: Services, argument: unknown, title: string): Promise<PickedCard | undefined> {
  const target = targetOf(argument);
  if (target?.kind === 'file') {
    const card = target.root.index.entries('card').find((entry) => entry.path === target.uri.toString());
    if (card) return { root: target.root, card };
  }
  await services.workspace.whenLoaded();
  const choices = services.workspace.roots().flatMap((root) =>
    root.index.entries('card').map((card) => ({
      label: card.data.title,
      description: root.index.goal(card.data.goal)?.data.title ?? card.data.goal,
      root,
      card,
    })),
  );
  if (choices.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no growth card yet. Start one with "DevGrowth: New Growth Card".'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(choices, { title, matchOnDescription: true });
  return picked && { root: picked.root, card: picked.card };
}
