import * as vscode from 'vscode';
import { SCHEMA_VERSION } from '../core/schema';
import { SERVICE_TYPES, type ServiceType } from '../core/vocabulary';
import { uniqueSlug } from '../core/slug';
import { createGrowthFile } from '../core/writer';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { answerAs, askChoice, askText, runSteps } from './input/steps';
import { required } from './input/validation';
import { CommandId } from '../core/commandIds';

interface ServiceDraft {
  type: ServiceType;
  title: string;
  who: string;
}

function typeLabel(type: ServiceType): string {
  switch (type) {
    case 'mentoring':
      return vscode.l10n.t('Mentoring someone');
    case 'mundane-work':
      return vscode.l10n.t('Important work nobody else picked up');
    case 'helping':
      return vscode.l10n.t('Helping a colleague or another team');
    case 'community':
      return vscode.l10n.t('Community work: meetups, open source, volunteering');
  }
}

/** Logs something done for others: it counts, and the brag document shows it. */
export const logService: DevGrowthCommand = {
  id: CommandId.ServiceLog,
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const draft: ServiceDraft = { type: 'helping', title: '', who: '', ...(preset as Partial<ServiceDraft> | undefined) };
    if (!draft.title) {
      const title = vscode.l10n.t('Log Service to Others');
      const finished = await runSteps(draft, [
        (state, step, total) =>
          askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('What kind of help?'), selected: state.type, items: SERVICE_TYPES.map((type) => ({ label: typeLabel(type), value: type })) }).then(answerAs('type')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('What did you do?'), value: state.title, validate: required(vscode.l10n.t('What you did')) }).then(answerAs('title')),
        (state, step, total) => askText({ title, step, totalSteps: total, prompt: vscode.l10n.t('For whom? (optional)'), value: state.who }).then(answerAs('who')),
      ]);
      if (!finished) return undefined;
    }
    const today = services.today();
    const slug = uniqueSlug(`${today}-${draft.title}`, (candidate) => Boolean(root.index.get(vscode.Uri.joinPath(root.uri, 'service', `${candidate}.md`).toString())));
    const uri = vscode.Uri.joinPath(root.uri, 'service', `${slug}.md`);
    await services.files.create(uri, createGrowthFile({ kind: 'service', schema: SCHEMA_VERSION, date: today, title: draft.title, type: draft.type, ...(draft.who ? { who: draft.who } : {}) }));
    return uri;
  },
};
