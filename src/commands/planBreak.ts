import * as vscode from 'vscode';
import { addDays, addMonths, isIsoDate } from '../core/dates';
import { SCHEMA_VERSION } from '../core/schema';
import { BREAK_TYPES, type BreakType } from '../core/vocabulary';
import { createGrowthFile } from '../core/writer';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { answerAs, askChoice, askText, runSteps } from './input/steps';
import { CommandId } from '../core/commandIds';

interface BreakDraft {
  type: BreakType;
  start: string;
  end: string;
  committed: boolean;
}

function typeLabel(type: BreakType): string {
  switch (type) {
    case 'time-off':
      return vscode.l10n.t('Time off: days away from work');
    case 'rest-day':
      return vscode.l10n.t('A rest day');
    case 'reflection-day':
      return vscode.l10n.t('A reflection day, to step back and rethink the plan');
  }
}

/** Plans time off, a rest day or a reflection day: a committed date is what makes it happen. */
export const planBreak: DevGrowthCommand = {
  id: CommandId.BreakPlan,
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const today = services.today();
    const draft: BreakDraft = { type: 'time-off', start: addMonths(today, 1), end: addDays(addMonths(today, 1), 4), committed: true, ...(preset as Partial<BreakDraft> | undefined) };
    if (!preset) {
      const title = vscode.l10n.t('Plan a Break');
      const finished = await runSteps(draft, [
        (state, step, total) => askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('What kind of break?'), selected: state.type, items: BREAK_TYPES.map((type) => ({ label: typeLabel(type), value: type })) }).then(answerAs('type')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('First day (YYYY-MM-DD)'), value: state.start, validate: (text) => (isIsoDate(text.trim()) && text.trim() >= today ? undefined : vscode.l10n.t('Write a date from today on, as YYYY-MM-DD.')) }).then(answerAs('start')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('Last day (YYYY-MM-DD)'), value: state.end < state.start ? state.start : state.end, validate: (text) => (isIsoDate(text.trim()) && text.trim() >= state.start ? undefined : vscode.l10n.t('Write a date on or after {0}, as YYYY-MM-DD.', state.start)) }).then(answerAs('end')),
        (state, step, total) =>
          askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('Is it in your calendar?'), selected: state.committed, items: [
            { label: vscode.l10n.t('Yes, it is committed'), value: true },
            { label: vscode.l10n.t('Not yet: remind me'), value: false },
          ] }).then(answerAs('committed')),
      ]);
      if (!finished) return undefined;
    }
    const uri = vscode.Uri.joinPath(root.uri, 'breaks', `${draft.start}-${draft.type}.md`);
    await services.files.create(uri, createGrowthFile({ kind: 'break', schema: SCHEMA_VERSION, type: draft.type, start: draft.start, end: draft.end, committed: draft.committed }));
    return uri;
  },
};
