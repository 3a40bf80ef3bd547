import * as vscode from 'vscode';
import * as z from 'zod';
import { argument, choiceArgument } from '../../commands/arguments';
import { defineCommand } from '../../commands/command';
import { FORM_IDS } from '../../core/forms/form';
import { FORMS } from '../../core/forms';
import { openForm } from './formCommand';
import { CommandId } from '../../core/commandIds';

/**
 * Picks a form from the list and opens it; pass a form id (`"review"`) to open that one, and
 * the URI of a growth folder to open it for that plan without asking.
 */
export const openAnyForm = defineCommand({
  id: CommandId.FormOpen,
  arguments: [choiceArgument('form', FORM_IDS), argument('plan', z.string().optional())],
  async run(services, given, rootUri) {
    const formId =
      given ??
      (
        await vscode.window.showQuickPick(
          FORMS.map((form) => ({ label: form.title, detail: form.summary, formId: form.id })),
          { title: vscode.l10n.t('Open a DevGrowth Form'), matchOnDetail: true },
        )
      )?.formId;
    if (!formId) return undefined;
    // The rubric is about one milestone: its own command asks which.
    return formId === 'rubric' ? vscode.commands.executeCommand(CommandId.MilestoneRate) : openForm(services, formId, rootUri);
  },
});
