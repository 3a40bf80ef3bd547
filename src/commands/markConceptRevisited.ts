import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import { nextConceptReview } from '../core/schedule';
import { pickRoot } from '../workspace/pickRoot';
import * as z from 'zod';
import { argument, rootSchema } from './arguments';
import { defineCommand } from './command';

/** What a reminder (its row, or its action) hands over: the plan and the concept's name. */
const conceptArgument = argument(
  'concept',
  z
    .looseObject({
      root: rootSchema.optional(),
      concept: z.string().optional(),
      reminder: z.looseObject({ target: z.looseObject({ concept: z.string().optional() }).optional() }).optional(),
    })
    .nullish(),
);

/**
 * Records that a core concept was revisited today (a date added to its `reviewed` list), which
 * moves it one step along the spaced-repetition schedule. Run from a concept's reminder, the
 * status bar, or the palette (then it asks which concept, soonest due first).
 */
export const markConceptRevisited = defineCommand({
  id: CommandId.ConceptMarkRevisited,
  arguments: [conceptArgument],
  async run(services, argument) {
    const given = argument ?? {};
    const root = given.root ?? (await pickRoot(services));
    if (!root) return undefined;
    const profile = root.index.profile();
    const concepts = profile?.data.coreConcepts ?? [];
    if (!profile || concepts.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('There is no core concept to revisit yet. Add one with "DevGrowth: Add a Core Concept".'),
      );
      return undefined;
    }
    let name = given.concept ?? given.reminder?.target?.concept;
    if (name === undefined || !concepts.some((concept) => concept.name === name)) {
      const items = concepts
        .map((concept) => ({ label: concept.name, due: nextConceptReview(concept), description: '' }))
        .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
        .map((item) => ({ ...item, description: vscode.l10n.t('next review {0}', item.due) }));
      name = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Which concept did you revisit?') }))?.label;
      if (name === undefined) return undefined;
    }
    const index = concepts.findIndex((concept) => concept.name === name);
    const concept = concepts[index]!;
    const today = services.today();
    if (concept.reviewed?.includes(today) || concept.learned === today) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('"{0}" is already studied today. Next review: {1}.', name, nextConceptReview(concept)),
      );
      return undefined;
    }
    await services.files.edit(vscode.Uri.parse(profile.path), [{ op: 'insert', path: ['coreConcepts', index, 'reviewed'], value: today }]);
    const next = nextConceptReview({ ...concept, reviewed: [...(concept.reviewed ?? []), today] });
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" revisited. Next review: {1}.', name, next));
    return next;
  },
});
