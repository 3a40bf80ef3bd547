import * as vscode from 'vscode';
import { submitForm } from '../core/forms/engine';
import { goalForm, newGoalPrefillSchema, prefillValues, type NewGoalPrefill } from '../core/forms/goal';
import { formContext } from '../forms/formPanel';
import type { Services } from '../services';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { fillForm } from './input/formSteps';
import { writeSubmission } from './input/written';

const RESUME_COMMAND = 'devgrowth.goal.resume';

/**
 * New Goal: walks through the goal form (S.M.A.R.T., one step at a time, flagging vague wording
 * while you type) and writes goals/<id>.md. Takes a `NewGoalPrefill` (see src/core/forms/goal.ts)
 * to start from, e.g. a rut assessment's way out or a coaching suggestion; with `prompt: false`
 * and every answer valid, it writes the goal without asking.
 */
export const newGoal: DevGrowthCommand = {
  id: 'devgrowth.goal.new',
  run: (services, preset) => createGoal(services, preset, false),
};

/** Resume New Goal: picks up the draft kept when New Goal was left with Escape. */
export const resumeNewGoal: DevGrowthCommand = {
  id: RESUME_COMMAND,
  run: (services) => createGoal(services, undefined, true),
};

async function createGoal(services: Services, preset: unknown, resume: boolean): Promise<vscode.Uri | undefined> {
  const parsed = newGoalPrefillSchema.safeParse(preset ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'prefill'}: ${issue.message}`).join('; ');
    throw new Error(vscode.l10n.t('New Goal was given a prefill it cannot use ({0})', problems));
  }
  const prefill: NewGoalPrefill = parsed.data;
  const root = await pickRoot(services);
  if (!root) return undefined;
  const context = formContext(services, root, { formId: 'goal', root: root.uri.toString() });
  const taken = (path: string) => root.index.get(vscode.Uri.joinPath(root.uri, ...path.split('/')).toString()) !== undefined;
  const values = prefillValues(prefill);
  let submission;
  if (prefill.prompt === false) {
    const result = submitForm(goalForm, context, values, taken);
    if (!result.ok) throw new Error(vscode.l10n.t('New Goal could not write the goal: {0}', Object.entries(result.errors.fields).map(([field, message]) => `${field}: ${message}`).join(' ')));
    submission = result.data;
  } else {
    const filled = await fillForm(services, goalForm, context, { values, resume, resumeCommand: RESUME_COMMAND, taken, ...(prefill.from ? { from: prefill.from } : {}) });
    if (!filled) return undefined;
    submission = filled.submission;
  }
  const uri = await writeSubmission(services, root, submission);
  // Ticks the walkthrough's S.M.A.R.T. step however New Goal was reached: a command run by this
  // extension itself (a form's "Make it a goal") never shows up as `onCommand` there.
  await vscode.commands.executeCommand('setContext', 'devgrowth.goalWritten', true);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
