import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import { CONCEPT_INTERVALS } from '../core/schedule';
import { addDays } from '../core/dates';
import { pickRoot } from '../workspace/pickRoot';
import * as z from 'zod';
import { prefillArgument } from './arguments';
import { defineCommand } from './command';

/**
 * Adds a core concept learned today to the profile's `coreConcepts`: the spaced-repetition
 * schedule brings it back after 1, 3, 7, 14, 30 and then every 60 days.
 */
export const addConcept = defineCommand({
  id: CommandId.ConceptAdd,
  arguments: [prefillArgument({ name: z.string() })],
  async run(services, preset) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const profile = root.index.profile();
    if (!profile) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Core concepts live in the profile, and this plan has none. Run "DevGrowth: Start a Growth Plan" first.'),
      );
      return undefined;
    }
    const concepts = profile.data.coreConcepts ?? [];
    const taken = (name: string) => concepts.some((concept) => concept.name.trim().toLowerCase() === name.trim().toLowerCase());
    const name =
      preset?.name !== undefined && !taken(preset.name)
        ? preset.name.trim()
        : await vscode.window.showInputBox({
            title: vscode.l10n.t('Add a Core Concept'),
            prompt: vscode.l10n.t('A concept you learned and want to keep: it comes back for review on a spaced schedule.'),
            placeHolder: vscode.l10n.t('e.g. Error budgets'),
            ignoreFocusOut: true,
            validateInput: (text) =>
              !text.trim()
                ? vscode.l10n.t('A name is needed.')
                : taken(text)
                  ? vscode.l10n.t('"{0}" is already one of your core concepts.', text.trim())
                  : undefined,
          });
    if (!name?.trim()) return undefined;
    const today = services.today();
    await services.files.edit(vscode.Uri.parse(profile.path), [
      { op: 'insert', path: ['coreConcepts'], value: { name: name.trim(), learned: today } },
    ]);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('"{0}" added. First review: {1}.', name.trim(), addDays(today, CONCEPT_INTERVALS[0])),
    );
    return name.trim();
  },
});
