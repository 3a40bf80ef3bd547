/**
 * What the three answers to a suggestion do, wherever it shows (a form's Saved page, the Goals
 * tree): take it (New Goal prefilled, a milestone, a break or check-in form, a change to a goal),
 * add it to a goal that exists as a milestone, or "Not now", written into the profile.
 */
import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import type { Suggestion } from '../core/suggestions';
import { asMilestone } from '../core/suggestions/view';
import { FormPanel } from './formPanel';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';

/** Takes the suggestion; the words of what happened, or undefined when the user stopped. */
export async function takeSuggestion(services: Services, root: GrowthRoot, suggestion: Suggestion): Promise<string | undefined> {
  const proposal = suggestion.proposal;
  switch (proposal.kind) {
    case 'goal': {
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('devgrowth.goal.new', {
        ...proposal.goal,
        suggestion: suggestion.id,
        from: vscode.l10n.t('Suggested: {0}', suggestion.title),
      });
      return uri ? vscode.l10n.t('Made it a goal.') : undefined;
    }
    case 'milestone':
      return addSuggestionToGoal(suggestion);
    case 'break':
      FormPanel.show(services, { formId: 'break', root: root.uri.toString(), prefill: { type: proposal.type }, suggestion: suggestion.id });
      return vscode.l10n.t('Opened Plan a Break.');
    case 'checkin': {
      const mentor = proposal.person ?? (proposal.with === 'mentor' ? root.index.profile()?.data.mentor : undefined);
      FormPanel.show(services, {
        formId: 'checkin',
        root: root.uri.toString(),
        prefill: { ...(mentor ? { mentor } : {}), actions: [proposal.topic] },
        suggestion: suggestion.id,
      });
      return vscode.l10n.t('Opened the check-in.');
    }
    case 'goal-change': {
      const goal = root.index.goal(proposal.goal);
      if (!goal) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The goal "{0}" is no longer in the plan.', proposal.goal));
        return undefined;
      }
      const uri = vscode.Uri.parse(goal.path);
      if (proposal.change === 'pause') {
        await services.files.edit(uri, [{ op: 'set', path: ['status'], value: 'paused' }]);
      } else {
        await revealKey(uri, proposal.change === 'date' ? 'due' : 'measurable');
      }
      // The change is made (or under way in the editor): the suggestion has its answer.
      await recordAnswer(services, root, suggestion);
      return proposal.change === 'pause'
        ? vscode.l10n.t('Paused "{0}".', goal.data.title)
        : vscode.l10n.t('Opened "{0}" to change it.', goal.data.title);
    }
  }
}

/** Adds the suggestion to a goal the user picks, as a planned milestone that names it. */
export async function addSuggestionToGoal(suggestion: Suggestion): Promise<string | undefined> {
  const milestone = asMilestone(suggestion);
  if (!milestone) return undefined;
  const id = await vscode.commands.executeCommand(CommandId.MilestoneAdd, undefined, { ...milestone, suggestion: suggestion.id });
  return id ? vscode.l10n.t('Added it to a goal as a milestone.') : undefined;
}

/** "Not now": the profile keeps the id and today's date, so the plan's files say what was dismissed. */
export async function dismissSuggestion(services: Services, root: GrowthRoot, suggestion: Suggestion): Promise<string | undefined> {
  if (!(await recordAnswer(services, root, suggestion))) return undefined;
  return vscode.l10n.t('Dismissed for now. It comes back if a later assessment or review raises it again.');
}

async function recordAnswer(services: Services, root: GrowthRoot, suggestion: Suggestion): Promise<boolean> {
  const profile = root.index.profile();
  if (!profile) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Dismissing a suggestion needs the plan\'s profile, where it is written. Run "DevGrowth: Start a Growth Plan" first.'),
    );
    return false;
  }
  // A row may stand for several entries that propose the same action: the answer is for each.
  await services.files.edit(
    vscode.Uri.parse(profile.path),
    suggestion.reasons.map((reason) => ({ op: 'set', path: ['dismissedSuggestions', reason.id], value: services.today() })),
  );
  return true;
}

/** Opens a file with the cursor on a top-level key of its front matter. */
async function revealKey(uri: vscode.Uri, key: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const line = editor.document
    .getText()
    .split(/\r?\n/)
    .findIndex((text) => text.startsWith(`${key}:`));
  if (line < 0) return;
  const position = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position));
}
