import * as vscode from 'vscode';
import { newCheckin, newReview, type NewFile } from '../core/templates';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import type { RootReminder } from './reminders';

/**
 * Does the obvious thing for a reminder: starts the review or logs the check-in (with their
 * forms when those are installed, else from a template), opens the milestone or goal where it
 * is written, plans time off, or opens the profile at the concept to revisit.
 */
export async function actOn(services: Services, { root, reminder }: RootReminder): Promise<void> {
  switch (reminder.type) {
    case 'review':
      if (await isRegistered('devgrowth.review.start')) await vscode.commands.executeCommand('devgrowth.review.start');
      else await startFromTemplate(services, root, newReview(services.today()));
      return;
    case 'checkin':
      if (await isRegistered('devgrowth.checkin.log')) await vscode.commands.executeCommand('devgrowth.checkin.log');
      else await startFromTemplate(services, root, newCheckin(services.today(), root.index.profile()?.data.mentor ?? vscode.l10n.t('my mentor')));
      return;
    case 'time-off':
      await vscode.commands.executeCommand('devgrowth.break.plan');
      return;
    case 'milestone':
    case 'horizon': {
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

async function isRegistered(command: string): Promise<boolean> {
  return (await vscode.commands.getCommands(true)).includes(command);
}

function openAt(uri: string, field: readonly (string | number)[]): Thenable<unknown> {
  return vscode.commands.executeCommand('devgrowth.item.open', undefined, { uri, field });
}

/** Opens today's entry, creating it from its template first when there is none, for the user to fill in. */
async function startFromTemplate(services: Services, root: GrowthRoot, file: NewFile): Promise<void> {
  const uri = vscode.Uri.joinPath(root.uri, ...file.path.split('/'));
  if (!root.index.get(uri.toString())) await services.files.create(uri, file.text);
  await vscode.window.showTextDocument(uri);
}
