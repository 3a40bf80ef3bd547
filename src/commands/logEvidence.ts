import * as vscode from 'vscode';
import { SCHEMA_VERSION } from '../core/schema';
import { uniqueSlug } from '../core/slug';
import { createGrowthFile } from '../core/writer';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { answerAs, askChoice, askText, runSteps } from './input/steps';
import { required } from './input/validation';
import { goalFor } from './pick';
import { targetOf } from './target';
import { CommandId } from '../core/commandIds';

interface EvidenceDraft {
  title: string;
  impact: string;
  goal: string;
}

/** Logs an achievement as evidence, tied to a goal, for reviews and the brag document. */
export const logEvidence: DevGrowthCommand = {
  id: CommandId.EvidenceLog,
  async run(services, argument, preset) {
    const fromTree = targetOf(argument);
    const picked = fromTree && fromTree.kind !== 'file' ? await goalFor(services, argument, '') : undefined;
    const plan = picked?.root ?? (await pickRoot(services));
    if (!plan) return undefined;
    const draft: EvidenceDraft = { title: '', impact: '', goal: picked?.goal.id ?? '', ...(preset as Partial<EvidenceDraft> | undefined) };
    if (!(draft.title && preset)) {
      const title = vscode.l10n.t('Log Evidence');
      const goals = plan.index.goals().filter((goal) => goal.data.status !== 'dropped');
      const finished = await runSteps(draft, [
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('What did you achieve?'), value: state.title, validate: required(vscode.l10n.t('What you achieved')) }).then(answerAs('title')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('What difference did it make? (who benefited, what number moved)'), value: state.impact }).then(answerAs('impact')),
        (state, step, total) =>
          picked
            ? Promise.resolve({ value: { goal: state.goal } })
            : askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('Which goal does it count towards?'), selected: state.goal, items: [{ label: vscode.l10n.t('None'), value: '' }, ...goals.map((goal) => ({ label: goal.data.title, value: goal.id }))] }).then(answerAs('goal')),
      ]);
      if (!finished) return undefined;
    }
    const today = services.today();
    const slug = uniqueSlug(`${today}-${draft.title}`, (candidate) => Boolean(plan.index.get(vscode.Uri.joinPath(plan.uri, 'evidence', `${candidate}.md`).toString())));
    const uri = vscode.Uri.joinPath(plan.uri, 'evidence', `${slug}.md`);
    await services.files.create(uri, createGrowthFile({ kind: 'evidence', schema: SCHEMA_VERSION, date: today, title: draft.title, ...(draft.goal ? { goal: draft.goal } : {}), ...(draft.impact ? { impact: draft.impact } : {}) }));
    return uri;
  },
};
