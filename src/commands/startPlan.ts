import * as vscode from 'vscode';
import type { FormValues } from '../core/forms/field';
import { newPlanFiles, planAnswers, planForm, profileEdits, type PlanAnswers } from '../core/forms/plan';
import { formContext } from '../workspace/formContext';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { formPrefillArgument } from './arguments';
import { defineCommand } from './command';
import { fillForm } from './input/formSteps';
import { CommandId } from '../core/commandIds';

/**
 * Start a Growth Plan: asks the plan form's four questions, then writes a profile with the north
 * star and example goals to edit. When the plan exists it says so first, and offers to update
 * the profile's answers (an edit that keeps the rest of the file as it is) or to open it.
 */
export const startPlan = defineCommand({
  id: CommandId.PlanStart,
  arguments: [formPrefillArgument],
  async run(services, preset) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: DevGrowth keeps your plan as files in it.'));
      return undefined;
    }
    const folder =
      folders.length === 1
        ? folders[0]
        : (
            await vscode.window.showQuickPick(
              folders.map((candidate) => ({ label: candidate.name, folder: candidate })),
              { title: vscode.l10n.t('Where should the growth plan live?') },
            )
          )?.folder;
    if (!folder) return undefined;
    await services.workspace.whenLoaded();
    const root = services.workspace.roots().find((candidate) => candidate.folder.uri.toString() === folder.uri.toString());
    if (!root) return undefined;
    const profile = vscode.Uri.joinPath(root.uri, 'profile.md');
    if (root.index.profile()) return updatePlan(services, root, profile);

    const context = formContext(services, root, { formId: 'plan', root: root.uri.toString() });
    // The north star's statement may come as `northStar`, as Start a Growth Plan has always taken it.
    const { northStar, ...rest } = preset ?? {};
    const given = preset && { ...rest, ...(northStar !== undefined ? { 'northStar.statement': northStar } : {}) };
    const complete = given ? planAnswers({ ...planForm.initial?.(context), ...given }, context) : undefined;
    let answers: PlanAnswers;
    if (complete?.ok) {
      answers = complete.data;
    } else {
      const filled = await fillForm(services, planForm, context, { values: given, taken: () => false });
      if (!filled) return undefined;
      const checked = planAnswers(filled.values, context);
      if (!checked.ok) return undefined;
      answers = checked.data;
    }
    for (const file of newPlanFiles(answers, context)) {
      const uri = vscode.Uri.joinPath(root.uri, ...file.path.split('/'));
      // A starter goal whose name is taken already is the user's own file: it is left alone.
      if (!root.index.get(uri.toString())) await services.files.create(uri, file.text);
    }
    await vscode.window.showTextDocument(profile, { preview: false });
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${services.context.extension.id}#getUnstuck`, true);
    return profile;
  },
});

/** The plan exists: say so, then update the profile's answers or open it. */
async function updatePlan(services: Services, root: GrowthRoot, profile: vscode.Uri): Promise<vscode.Uri | undefined> {
  const update = {
    label: `$(edit) ${vscode.l10n.t('Update my answers')}`,
    detail: vscode.l10n.t(
      'Your level, the level you are working towards, your track and your north star. The rest of the profile stays as it is.',
    ),
  };
  const open = { label: `$(go-to-file) ${vscode.l10n.t('Open the profile')}`, detail: vscode.workspace.asRelativePath(profile) };
  const choice = await vscode.window.showQuickPick([update, open], {
    title: vscode.l10n.t('Start a Growth Plan'),
    placeHolder: vscode.l10n.t('You have a growth plan here already. What would you like to do?'),
  });
  if (choice === open) await vscode.window.showTextDocument(profile, { preview: false });
  if (choice !== update) return choice ? profile : undefined;
  const existing = root.index.profile()!.data;
  const context = formContext(services, root, { formId: 'plan', root: root.uri.toString() });
  const filled = await fillForm(services, planForm, context, {
    values: planForm.initial?.(context) as FormValues,
    resume: false,
    taken: () => false,
  });
  if (!filled) return undefined;
  const answers = planAnswers(filled.values, context);
  if (!answers.ok) return undefined;
  const edits = profileEdits(existing, answers.data);
  if (edits.length > 0) await services.files.edit(profile, edits);
  void vscode.window.showInformationMessage(
    edits.length > 0
      ? vscode.l10n.t('Updated your answers in {0}.', vscode.workspace.asRelativePath(profile))
      : vscode.l10n.t('Your answers are as they were; {0} is unchanged.', vscode.workspace.asRelativePath(profile)),
  );
  return profile;
}
