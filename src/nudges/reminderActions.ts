import * as vscode from 'vscode';
import type { RootReminder } from './reminders';

/**
 * Does the obvious thing for a reminder: opens the review or check-in form of the reminder's
 * plan, opens the milestone where it is written, starts the 90-day reset when a horizon ends,
 * plans time off, or opens the profile at the concept to revisit.
 */
export async function actOn({ root, reminder }: RootReminder): Promise<void> {
  switch (reminder.type) {
    case 'review':
    case 'checkin':
      await vscode.commands.executeCommand('devgrowth.form.open', reminder.type, root.uri.toString());
      return;
    case 'time-off':
      await vscode.commands.executeCommand('devgrowth.break.plan');
      return;
    case 'horizon':
      await vscode.commands.executeCommand('devgrowth.plan.archiveQuarter');
      return;
    case 'milestone': {
      const goal = reminder.target?.goalId ? root.index.goal(reminder.target.goalId) : undefined;
      if (!goal) return;
      const position = goal.data.milestones.findIndex((milestone) => milestone.id === reminder.target?.milestoneId);
      await openAt(goal.path, position >= 0 ? ['milestones', position] : []);
      return;
    }
    case 'concept': {
      const profile = root.index.profile();
      if (!profile) return;
      const position = (profile.data.coreConcepts ?? []).findIndex((concept) => concept.name === reminder.target?.concept);
      await openAt(profile.path, position >= 0 ? ['coreConcepts', position] : ['coreConcepts']);
      return;
    }
  }
}

function openAt(uri: string, field: readonly (string | number)[]): Thenable<unknown> {
  return vscode.commands.executeCommand('devgrowth.item.open', undefined, { uri, field });
}
