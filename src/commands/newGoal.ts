import * as vscode from 'vscode';
import { addYears } from '../core/dates';
import { PILLAR_LABELS, RUT_LABELS } from '../core/forms/labels';
import { waysOut, type WayOut } from '../core/forms/rut';
import { SCHEMA_VERSION } from '../core/schema';
import { PILLARS, RUT_SCENARIOS, type Pillar, type RutScenario } from '../core/vocabulary';
import { uniqueSlug } from '../core/slug';
import { createGrowthFile } from '../core/writer';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { answerAs, askChoice, askText, runSteps, type StepResult } from './input/steps';
import { required, validateDue, warnIfVague } from './input/validation';
import { CommandId } from '../core/commandIds';

/** What the New Goal steps collect; kept between runs so Escape loses nothing. */
export interface GoalDraft {
  horizon: 'long' | 'short';
  title: string;
  metric: string;
  target: string;
  parent: string;
  due: string;
  pillar: Pillar | '';
  rut: RutScenario | '';
  stretch: string;
}

const DRAFT_KEY = 'devgrowth.goalDraft';
const EMPTY: GoalDraft = { horizon: 'short', title: '', metric: '', target: '', parent: '', due: '', pillar: '', rut: '', stretch: '' };

/**
 * New Goal: walks through S.M.A.R.T. one step at a time, flags vague wording while you type,
 * and writes goals/<id>.md. Pass a draft to prefill it (e.g. from a rut assessment's option);
 * pass `{ ...draft, prompt: false }` with every part filled to write it without asking.
 */
export const newGoal: DevGrowthCommand = {
  id: CommandId.GoalNew,
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const today = services.today();
    const given = (preset ?? {}) as Partial<GoalDraft> & { prompt?: boolean };
    const saved = services.context.workspaceState.get<GoalDraft>(DRAFT_KEY);
    const draft: GoalDraft = { ...EMPTY, ...(given.title ? {} : saved), ...given };
    const longTerm = root.index.goals().filter((goal) => goal.data.horizon === 'long' && goal.data.status !== 'dropped');
    // Offered only when the goal does not come with a title (a form's "Make it a goal" brings one).
    const suggestions = given.title ? [] : waysOut(root.index);

    if (given.prompt !== false) {
      const title = vscode.l10n.t('New Goal');
      const finished = await runSteps(draft, [
        (state, step, total) =>
          askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('How far out is this goal?'), selected: state.horizon, items: [
            { label: vscode.l10n.t('Short-term'), description: vscode.l10n.t('weeks to months, towards a long-term goal'), value: 'short' as const },
            { label: vscode.l10n.t('Long-term'), description: vscode.l10n.t('one to five years'), value: 'long' as const },
          ] }).then(answerAs('horizon')),
        (state, step, total): Promise<StepResult<Partial<GoalDraft>>> =>
          suggestions.length === 0
            ? Promise.resolve({ value: {} })
            : askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('Start from a way out of your rut, or write your own'), selected: suggestions.find((way) => way.title === state.title), items: [
                { label: `$(edit) ${vscode.l10n.t('Write my own')}`, value: undefined as WayOut | undefined },
                ...suggestions.map((way) => ({ label: way.title, description: way.rut && RUT_LABELS[way.rut].label, value: way })),
              ] }).then((result) => (typeof result === 'object' ? { value: result.value ? { title: result.value.title, rut: result.value.rut ?? '' } : {} } : result)),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Specific: what will you achieve? One sentence, with a number or a date.'), value: state.title, validate: warnIfVague }).then(answerAs('title')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Measurable: what will you measure?'), placeholder: vscode.l10n.t('e.g. talks given, p99 latency, modules finished'), value: state.metric, validate: required(vscode.l10n.t('A metric')) }).then(answerAs('metric')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Measurable: what target means done?'), placeholder: vscode.l10n.t('e.g. 2, under 200 ms, all 12'), value: state.target, validate: required(vscode.l10n.t('A target')) }).then(answerAs('target')),
        (state, step, total): Promise<StepResult<Partial<GoalDraft>>> =>
          state.horizon === 'long' || longTerm.length === 0
            ? Promise.resolve({ value: { parent: '' } })
            : askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('Relevant: which long-term goal does it serve?'), selected: state.parent, items: longTerm.map((goal) => ({ label: goal.data.title, value: goal.id })) }).then(answerAs('parent')),
        (state, step, total) =>
          askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Time-bound: due date (YYYY-MM-DD)'), value: state.due, validate: (text) => validateDue(text, today, state.horizon === 'long' ? 5 : 1) }).then(answerAs('due')),
        (state, step, total) =>
          askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('Which pillar of growth does it build?'), selected: state.pillar, items: PILLARS.map((pillar) => ({ label: PILLAR_LABELS[pillar].label, detail: PILLAR_LABELS[pillar].help, value: pillar })) }).then(answerAs('pillar')),
        (state, step, total) =>
          askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('Which rut does it get you out of? (optional)'), selected: state.rut, items: [
            { label: vscode.l10n.t('None'), value: '' as const },
            ...RUT_SCENARIOS.map((scenario) => ({ label: RUT_LABELS[scenario].label, detail: RUT_LABELS[scenario].help, value: scenario })),
          ] }).then(answerAs('rut')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Stretch: a harder target on top (optional, Enter to skip)'), value: state.stretch }).then(answerAs('stretch')),
      ]);
      if (!finished) {
        await services.context.workspaceState.update(DRAFT_KEY, draft);
        if (draft.title) void vscode.window.showInformationMessage(vscode.l10n.t('Your goal draft is kept. Run "New Goal" again to pick up where you left off.'));
        return undefined;
      }
    }
    const id = uniqueSlug(draft.title, (candidate) => Boolean(root.index.goal(candidate)));
    const data: Record<string, unknown> = {
      kind: 'goal',
      schema: SCHEMA_VERSION,
      title: draft.title,
      horizon: draft.horizon,
      status: 'active',
      ...(draft.parent ? { parent: draft.parent } : {}),
      ...(draft.pillar ? { pillar: draft.pillar } : {}),
      measurable: { metric: draft.metric, target: draft.target },
      start: today,
      due: draft.due || addYears(today, draft.horizon === 'long' ? 2 : 0),
      ...(draft.stretch ? { stretch: { target: draft.stretch } } : {}),
      ...(draft.horizon === 'short' ? { horizonStart: today } : {}),
      ...(draft.rut ? { rut: draft.rut } : {}),
    };
    const uri = vscode.Uri.joinPath(root.uri, 'goals', `${id}.md`);
    await services.files.create(uri, createGrowthFile(data, vscode.l10n.t('Why this goal matters to me:')));
    await services.context.workspaceState.update(DRAFT_KEY, undefined);
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  },
};
