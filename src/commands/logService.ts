import * as vscode from 'vscode';
import { SCHEMA_VERSION, SERVICE_TYPES, type ServiceType } from '../core/schema';
import { serviceTypeText, untriedServiceTypes } from '../core/vocabulary';
import { uniqueSlug } from '../core/slug';
import { createGrowthFile } from '../core/writer';
import { pickRoot } from '../workspace/pickRoot';
import type { DevGrowthCommand } from './command';
import { answerAs, askChoice, askText, runSteps } from './input/steps';
import { required } from './input/validation';

interface ServiceDraft {
  type: ServiceType;
  title: string;
  who: string;
}

/** Logs something done for others: it counts, and the brag document shows it. */
export const logService: DevGrowthCommand = {
  id: 'devgrowth.service.log',
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const draft: ServiceDraft = { type: 'helping', title: '', who: '', ...(preset as Partial<ServiceDraft> | undefined) };
    if (!draft.title) {
      const title = vscode.l10n.t('Log Service to Others');
      const finished = await runSteps(draft, [
        (state, step, total) =>
          askChoice({ title, step, totalSteps: total, placeholder: vscode.l10n.t('What kind of help?'), selected: state.type, items: serviceTypeItems(root.index.services().map((entry) => entry.data.type)) }).then(answerAs('type')),
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

/** Every way of serving others; those not logged yet say so, so the log suggests what to try next. */
function serviceTypeItems(tried: readonly ServiceType[]): { label: string; description?: string; value: ServiceType }[] {
  const untried = new Set(untriedServiceTypes(tried));
  // Until something is logged, every way is new: no need to say so ten times.
  const mark = tried.length > 0;
  return SERVICE_TYPES.map((type) => ({ label: serviceTypeText(type), ...(mark && untried.has(type) ? { description: vscode.l10n.t('not tried yet') } : {}), value: type }));
}
