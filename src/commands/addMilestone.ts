import * as vscode from 'vscode';
import { readWindowSettings } from '../config';
import { GOAL_TITLE_MAX } from '../core/forms/goal';
import { newMilestoneWarning } from '../core/workload';
import { uniqueSlug } from '../core/slug';
import * as z from 'zod';
import { identifier } from '../core/schema';
import { prefillArgument, rowArgument } from './arguments';
import { defineCommand } from './command';
import { runSteps, textStep } from './input/steps';
import { required, validateDue } from './input/validation';
import { goalFor } from './pick';
import { CommandId } from '../core/commandIds';

interface MilestoneDraft {
  title: string;
  doneWhen: string;
  due: string;
}

function tooLong(text: string): string | undefined {
  return text.trim().length > GOAL_TITLE_MAX
    ? vscode.l10n.t('Keep the title to {0} characters; the details go into the file.', GOAL_TITLE_MAX)
    : undefined;
}

/** Adds a milestone with its definition of done to a goal. */
export const addMilestone = defineCommand({
  id: CommandId.MilestoneAdd,
  arguments: [
    rowArgument,
    // `suggestion`: the id of the suggested next step the milestone takes up, written beside it.
    prefillArgument({ title: z.string(), doneWhen: z.string(), due: z.string(), suggestion: identifier }),
  ],
  async run(services, argument, preset) {
    const picked = await goalFor(
      services,
      argument,
      vscode.l10n.t('Add a milestone to which goal?'),
      (goal) => goal.data.status !== 'done' && goal.data.status !== 'dropped',
    );
    if (!picked) return;
    const today = services.today();
    const { suggestion, ...given } = preset ?? {};
    const draft: MilestoneDraft = { title: '', doneWhen: '', due: '', ...given };
    const title = vscode.l10n.t('New milestone for "{0}"', picked.goal.data.title);
    const goalDue = picked.goal.data.due;
    // A milestone due after its goal would be flagged in Problems at once: say so while typing.
    const checkDue = (text: string) =>
      validateDue(text, today, 5) ??
      (goalDue && text.trim() > goalDue
        ? vscode.l10n.t("That is after the goal itself is due ({0}). Pick a date by then, or move the goal's date first.", goalDue)
        : undefined);
    const complete = draft.title && draft.title.length <= GOAL_TITLE_MAX && draft.doneWhen && !checkDue(draft.due);
    if (!complete) {
      const finished = await runSteps(draft, title, [
        textStep('title', {
          prompt: vscode.l10n.t('What is the milestone?'),
          maxLength: GOAL_TITLE_MAX,
          validate: (text) => required(vscode.l10n.t('A title'))(text) ?? tooLong(text),
        }),
        textStep('doneWhen', {
          prompt: vscode.l10n.t('Done when… (how will you know it is finished?)'),
          validate: required(vscode.l10n.t('A definition of done')),
        }),
        textStep('due', {
          prompt: vscode.l10n.t('Due date (YYYY-MM-DD)'),
          initial: (state) => state.due || picked.goal.data.due || '',
          validate: checkDue,
        }),
      ]);
      if (!finished) return;
    }
    const milestones = picked.goal.data.milestones;
    const id = uniqueSlug(draft.title, (candidate) => milestones.some((milestone) => milestone.id === candidate));
    await services.files.edit(vscode.Uri.parse(picked.goal.path), [
      {
        op: 'insert',
        path: ['milestones'],
        value: {
          id,
          title: draft.title,
          doneWhen: draft.doneWhen,
          due: draft.due,
          status: 'planned',
          ...(suggestion ? { suggestion } : {}),
        },
      },
    ]);
    const warning = newMilestoneWarning(picked.root.index, readWindowSettings().workload);
    if (warning) void vscode.window.showWarningMessage(warning);
    return id;
  },
});
