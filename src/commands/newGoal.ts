import * as vscode from 'vscode';
import { submitForm } from '../core/forms/engine';
import { goalForm, newGoalPrefillSchema, prefillValues, type NewGoalPrefill } from '../core/forms/goal';
import { formContext } from '../workspace/formContext';
import type { Services } from '../services';
import { pickRoot } from '../workspace/pickRoot';
import { argument } from './arguments';
import { defineCommand } from './command';
import { fillForm } from './input/formSteps';
import { writeSubmission } from './input/written';
import { CommandId, ContextKey } from '../core/commandIds';

/**
 * New Goal: walks through the goal form (S.M.A.R.T., one step at a time, flagging vague wording
 * while you type) and writes goals/<id>.md. Takes a `NewGoalPrefill` (see src/core/forms/goal.ts)
 * to start from, e.g. a rut assessment's way out or a coaching suggestion; with `prompt: false`
 * and every answer valid, it writes the goal without asking.
 */
export const newGoal = defineCommand({
  id: CommandId.GoalNew,
  arguments: [argument('prefill', newGoalPrefillSchema.optional())],
  run: (services, prefill) => createGoal(services, prefill ?? {}, false),
});

/** Resume New Goal: picks up the draft kept when New Goal was left with Escape. */
export const resumeNewGoal = defineCommand({
  id: CommandId.GoalResume,
  run: (services) => createGoal(services, {}, true),
});

async function createGoal(services: Services, prefill: NewGoalPrefill, resume: boolean): Promise<vscode.Uri | undefined> {
  const root = await pickRoot(services);
  if (!root) return undefined;
  const context = formContext(services, root, {
    formId: 'goal',
    root: root.uri.toString(),
    ...(prefill.suggestion ? { suggestion: prefill.suggestion } : {}),
  });
  const taken = (path: string) => root.index.get(vscode.Uri.joinPath(root.uri, ...path.split('/')).toString()) !== undefined;
  const values = prefillValues(prefill);
  let submission;
  if (prefill.prompt === false) {
    const result = submitForm(goalForm, context, values, taken);
    if (!result.ok)
      throw new Error(
        vscode.l10n.t(
          'New Goal could not write the goal: {0}',
          Object.entries(result.errors.fields)
            .map(([field, message]) => `${field}: ${message}`)
            .join(' '),
        ),
      );
    submission = result.data;
  } else {
    const filled = await fillForm(services, goalForm, context, {
      values,
      resume,
      resumeCommand: CommandId.GoalResume,
      taken,
      ...(prefill.from ? { from: prefill.from } : {}),
    });
    if (!filled) return undefined;
    submission = filled.submission;
  }
  const uri = await writeSubmission(services, root, submission);
  // Ticks the walkthrough's S.M.A.R.T. step however New Goal was reached: a command run by this
  // extension itself (a form's "Make it a goal") never shows up as `onCommand` there.
  await vscode.commands.executeCommand('setContext', ContextKey.GoalWritten, true);
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
