import * as vscode from 'vscode';
import type { RootReminder } from './reminders';
import { CommandId } from '../core/commandIds';

/**
 * Does the obvious thing for a reminder: opens the review or check-in form of the reminder's
 * plan, opens the milestone where it is written, starts the 90-day reset when a horizon ends,
 * plans time off, or marks the concept revisited (which moves it along its schedule).
 */
export async function actOn({ root, reminder }: RootReminder): Promise<void> {
  switch (reminder.type) {
    case 'review':
    case 'checkin':
      await vscode.commands.executeCommand(CommandId.FormOpen, reminder.type, root.uri.toString());
      return;
    case 'time-off':
      await vscode.commands.executeCommand(CommandId.BreakPlan);
      return;
    case 'horizon':
      await vscode.commands.executeCommand(CommandId.PlanArchiveQuarter);
      return;
    case 'milestone': {
      const goal = reminder.target?.goalId ? root.index.goal(reminder.target.goalId) : undefined;
      if (!goal) return;
      const position = goal.data.milestones.findIndex((milestone) => milestone.id === reminder.target?.milestoneId);
      await openAt(goal.path, position >= 0 ? ['milestones', position] : []);
      return;
    }
    case 'concept':
      await vscode.commands.executeCommand(CommandId.ConceptMarkRevisited, { root, concept: reminder.target?.concept });
      return;
  }
}

function openAt(uri: string, field: readonly (string | number)[]): Thenable<unknown> {
  return vscode.commands.executeCommand(CommandId.ItemOpen, undefined, { uri, field });
}
