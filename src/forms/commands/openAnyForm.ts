import * as vscode from 'vscode';
import type { DevGrowthCommand } from '../../commands/command';
import { FORM_IDS, type FormId } from '../../core/forms/form';
import { FORMS } from '../../core/forms';
import { openForm } from './formCommand';

/**
 * Picks a form from the list and opens it; pass a form id (`"review"`) to open that one, and
 * the URI of a growth folder to open it for that plan without asking.
 */
export const openAnyForm: DevGrowthCommand = {
  id: 'devgrowth.form.open',
  async run(services, argument, rootUri) {
    const formId = isFormId(argument) ? argument : (await vscode.window.showQuickPick(
      FORMS.map((form) => ({ label: form.title, detail: form.summary, formId: form.id })),
      { title: vscode.l10n.t('Open a DevGrowth Form'), matchOnDetail: true },
    ))?.formId;
    if (!formId) return undefined;
    // The rubric is about one milestone: its own command asks which.
    return formId === 'rubric' ? vscode.commands.executeCommand('devgrowth.milestone.rate') : openForm(services, formId, typeof rootUri === 'string' ? rootUri : undefined);
  },
};

function isFormId(value: unknown): value is FormId {
  return typeof value === 'string' && (FORM_IDS as readonly string[]).includes(value);
}
