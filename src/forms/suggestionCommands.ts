/**
 * The answers to a suggestion from the Goals tree's "Suggested next steps" (or the palette,
 * which lists the suggestions to pick one): take it, add it to a goal, or not now.
 */
import * as vscode from 'vscode';
import * as z from 'zod';
import { argument, rootSchema } from '../commands/arguments';
import { defineCommand } from '../commands/command';
import { CommandId } from '../core/commandIds';
import { suggestionsFor, type Suggestion } from '../core/suggestions';
import { asMilestone, reasonsWhy } from '../core/suggestions/view';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { addSuggestionToGoal, dismissSuggestion, takeSuggestion } from './suggestionActions';

interface Picked {
  readonly root: GrowthRoot;
  readonly suggestion: Suggestion;
}

/** A row of the Goals tree's "Suggested next steps", or nothing (the palette, which then asks). */
const suggestionRowArgument = argument(
  'row',
  z
    .looseObject({
      root: rootSchema.optional(),
      node: z
        .looseObject({
          type: z.string(),
          suggestion: z
            .custom<Suggestion>(
              (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string',
              {
                message: 'expected a suggested next step of the Goals view',
              },
            )
            .optional(),
        })
        .optional(),
    })
    .nullish(),
);

/** The tree row's suggestion, or one the user picks from every plan's suggestions. */
async function suggestionFor(
  services: Services,
  row: z.infer<typeof suggestionRowArgument.schema>,
  title: string,
  include: (suggestion: Suggestion) => boolean = () => true,
): Promise<Picked | undefined> {
  if (row?.root && row.node?.type === 'suggestion' && row.node.suggestion) return { root: row.root, suggestion: row.node.suggestion };
  await services.workspace.whenLoaded();
  const today = services.today();
  const choices = services.workspace.roots().flatMap((root) =>
    suggestionsFor(root.index, today)
      .filter(include)
      .map((suggestion) => ({ label: suggestion.title, detail: reasonsWhy(suggestion).join(' '), root, suggestion })),
  );
  if (choices.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('No suggested next steps right now. They come from your assessments and reviews.'),
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(choices, { title, matchOnDetail: true });
  return picked && { root: picked.root, suggestion: picked.suggestion };
}

function report(message: string | undefined): void {
  if (message) void vscode.window.showInformationMessage(message);
}

export const takeSuggestionCommand = defineCommand({
  id: CommandId.SuggestionTake,
  arguments: [suggestionRowArgument],
  async run(services, argument) {
    const picked = await suggestionFor(services, argument, vscode.l10n.t('Take which suggestion?'));
    if (picked) report(await takeSuggestion(services, picked.root, picked.suggestion));
  },
});

export const addSuggestionCommand = defineCommand({
  id: CommandId.SuggestionAddToGoal,
  arguments: [suggestionRowArgument],
  async run(services, argument) {
    const picked = await suggestionFor(
      services,
      argument,
      vscode.l10n.t('Add which suggestion to a goal?'),
      (suggestion) => asMilestone(suggestion) !== undefined,
    );
    if (picked) report(await addSuggestionToGoal(picked.suggestion));
  },
});

export const dismissSuggestionCommand = defineCommand({
  id: CommandId.SuggestionDismiss,
  arguments: [suggestionRowArgument],
  async run(services, argument) {
    const picked = await suggestionFor(services, argument, vscode.l10n.t('Which suggestion not now?'));
    if (picked) report(await dismissSuggestion(services, picked.root, picked.suggestion));
  },
});
