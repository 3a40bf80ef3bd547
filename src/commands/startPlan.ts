import * as vscode from 'vscode';
import { addDays, addMonths, addYears } from '../core/dates';
import { SCHEMA_VERSION, TRACKS } from '../core/schema';
import { createGrowthFile } from '../core/writer';
import { GrowthWriteError } from '../workspace/growthFiles';
import { linkRefusal, unwritableMessage } from '../workspace/linkGuard';
import type { DevGrowthCommand } from './command';
import { answerAs, askChoice, askText, runSteps } from './input/steps';
import { required } from './input/validation';

interface PlanDraft {
  currentLevel: string;
  targetLevel: string;
  track: 'ic' | 'management';
  northStar: string;
}

/**
 * Start a Growth Plan: asks four questions, then writes a profile with the north star and an
 * example long-term and short-term goal to edit. Never replaces a file that exists.
 */
export const startPlan: DevGrowthCommand = {
  id: 'devgrowth.plan.start',
  async run(services, preset) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: DevGrowth keeps your plan as files in it.'));
      return undefined;
    }
    const folder =
      folders.length === 1
        ? folders[0]
        : (await vscode.window.showQuickPick(folders.map((candidate) => ({ label: candidate.name, folder: candidate })), { title: vscode.l10n.t('Where should the growth plan live?') }))?.folder;
    if (!folder) return undefined;
    const root = services.workspace.roots().find((candidate) => candidate.folder.uri.toString() === folder.uri.toString());
    if (!root) return undefined;

    const draft: PlanDraft = { currentLevel: '', targetLevel: '', track: 'ic', northStar: '', ...(preset as Partial<PlanDraft> | undefined) };
    if (!(draft.currentLevel && draft.targetLevel && draft.northStar)) {
      const title = vscode.l10n.t('Start a Growth Plan');
      const finished = await runSteps(draft, [
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Your level today'), placeholder: vscode.l10n.t('e.g. Software Engineer II'), value: state.currentLevel, validate: required(vscode.l10n.t('Your level')) }).then(answerAs('currentLevel')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('The level you are working towards'), placeholder: vscode.l10n.t('e.g. Senior Software Engineer'), value: state.targetLevel, validate: required(vscode.l10n.t('A target level')) }).then(answerAs('targetLevel')),
        (state, step, total) =>
          askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('Which track? They run side by side; neither is a step up from the other.'), selected: state.track, items: TRACKS.map((track) => ({ label: track === 'ic' ? vscode.l10n.t('Individual contributor') : vscode.l10n.t('Management'), value: track })) }).then(answerAs('track')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Your north star: where do you want to be in one to five years?'), value: state.northStar, validate: required(vscode.l10n.t('A north star')) }).then(answerAs('northStar')),
      ]);
      if (!finished) return undefined;
    }

    const today = services.today();
    const files: [string, string][] = [
      ['profile.md', createGrowthFile({ kind: 'profile', schema: SCHEMA_VERSION, currentLevel: draft.currentLevel, targetLevel: draft.targetLevel, track: draft.track, northStar: { statement: draft.northStar, by: addYears(today, 3) }, cadence: { review: 'biweekly', checkinWeeks: 5 } }, vscode.l10n.t('# My growth plan\n\nWhy this matters to me:'))],
      ['goals/my-long-term-goal.md', createGrowthFile({ kind: 'goal', schema: SCHEMA_VERSION, title: vscode.l10n.t('Reach {0} within two years', draft.targetLevel), horizon: 'long', status: 'active', measurable: { metric: vscode.l10n.t('promotion'), target: draft.targetLevel }, start: today, due: addYears(today, 2) }, vscode.l10n.t('An example to edit: make it yours, or replace it with "DevGrowth: New Goal".'))],
      ['goals/my-first-90-days.md', createGrowthFile({
        kind: 'goal', schema: SCHEMA_VERSION, title: vscode.l10n.t('Finish one piece of work that stretches me by {0}', addDays(today, 90)), horizon: 'short', status: 'draft', parent: 'my-long-term-goal',
        measurable: { metric: vscode.l10n.t('milestones done'), target: 3 }, start: today, due: addDays(today, 90), horizonStart: today,
        milestones: [
          { id: 'choose', title: vscode.l10n.t('Choose the piece of work'), doneWhen: vscode.l10n.t('My manager agrees it is worth doing'), due: addDays(today, 14), status: 'planned' },
          { id: 'halfway', title: vscode.l10n.t('Halfway point'), doneWhen: vscode.l10n.t('The hardest part works'), due: addMonths(today, 2), status: 'planned' },
          { id: 'ship', title: vscode.l10n.t('Ship it and share what I learned'), doneWhen: vscode.l10n.t('It is in use and I have presented it'), due: addDays(today, 90), status: 'planned' },
        ],
      }, vscode.l10n.t('An example to edit: change the title, the milestones and the dates to your own.'))],
    ];
    // Each file below is skipped if it cannot be written (one already there, say), so a growth
    // folder that may not be written at all (a link) must be refused before any of them.
    const refusal = await linkRefusal(root.uri);
    if (refusal) throw new GrowthWriteError(unwritableMessage(root.uri, refusal));
    for (const [path, text] of files) {
      const uri = vscode.Uri.joinPath(root.uri, ...path.split('/'));
      if (!root.index.get(uri.toString())) await services.files.create(uri, text).catch(() => undefined);
    }
    const profile = vscode.Uri.joinPath(root.uri, 'profile.md');
    await vscode.window.showTextDocument(profile, { preview: false });
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${services.context.extension.id}#getUnstuck`, true);
    return profile;
  },
};
