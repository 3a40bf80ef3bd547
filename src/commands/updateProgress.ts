import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import { goalProgress, measuredTarget, progressEntry, progressValueProblem } from '../core/progress';
import { formatValue } from '../core/quantity';
import { milestoneStatusEdits } from '../core/statusChange';
import * as z from 'zod';
import { prefillArgument, rowArgument } from './arguments';
import { defineCommand } from './command';
import { runSteps, textStep } from './input/steps';
import { goalFor } from './pick';

interface ProgressDraft {
  value: string;
  note: string;
}

/**
 * Records where a goal stands today: a dated value appended to the goal's `progress` list, so
 * the dashboard can draw the way there. A goal whose target is not a number moves by its
 * milestones instead, so it asks which one is done.
 */
export const updateProgress = defineCommand({
  id: CommandId.GoalUpdateProgress,
  arguments: [rowArgument, prefillArgument({ value: z.string(), note: z.string() })],
  async run(services, argument, preset) {
    const picked = await goalFor(
      services,
      argument,
      vscode.l10n.t('Update the progress of which goal?'),
      (goal) => goal.data.status === 'active' || goal.data.status === 'paused' || goal.data.status === 'draft',
    );
    if (!picked) return undefined;
    const { goal } = picked;
    const today = services.today();
    const uri = vscode.Uri.parse(goal.path);
    if (!measuredTarget(goal.data)) {
      const open = goal.data.milestones
        .map((milestone, index) => ({ milestone, index }))
        .filter(({ milestone }) => milestone.status === 'planned' || milestone.status === 'active');
      if (open.length === 0) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t(
            '"{0}" has no number in its target and no open milestone. Give it a target such as "3 talks", or add a milestone.',
            goal.data.title,
          ),
        );
        return undefined;
      }
      const chosen = await vscode.window.showQuickPick(
        open.map(({ milestone, index }) => ({ label: milestone.title, detail: milestone.doneWhen, index })),
        { title: vscode.l10n.t('"{0}" moves by its milestones: which one is done?', goal.data.title) },
      );
      if (!chosen) return undefined;
      await services.files.edit(uri, milestoneStatusEdits(chosen.index, goal.data.milestones[chosen.index]!.status, 'done', today));
      return undefined;
    }
    const draft: ProgressDraft = { value: '', note: '', ...preset };
    if (!draft.value || progressValueProblem(goal.data, draft.value)) {
      const progress = goalProgress(goal.data, today);
      const last = progress?.points[progress.points.length - 1];
      const title = vscode.l10n.t('Update Progress: {0}', goal.data.title);
      const where = last
        ? vscode.l10n.t(
            'Target {0}; last {1} on {2}.',
            String(goal.data.measurable!.target),
            formatValue(last.value, progress.unit),
            last.date,
          )
        : vscode.l10n.t('Target {0}.', String(goal.data.measurable!.target));
      const finished = await runSteps(draft, title, [
        textStep('value', {
          prompt: vscode.l10n.t('{0} today: {1}', goal.data.measurable!.metric, where),
          validate: (text) => progressValueProblem(goal.data, text),
        }),
        textStep('note', { prompt: vscode.l10n.t('A note for this update (optional)') }),
      ]);
      if (!finished) return undefined;
    }
    await services.files.edit(uri, [{ op: 'insert', path: ['progress'], value: progressEntry(today, draft.value, draft.note) }]);
    return uri;
  },
});
