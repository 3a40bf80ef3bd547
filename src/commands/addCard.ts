import * as vscode from 'vscode';
import { SCHEMA_VERSION } from '../core/schema';
import { uniqueSlug } from '../core/slug';
import { createGrowthFile } from '../core/writer';
import { defineCommand } from './command';
import { rowArgument } from './arguments';
import { targetOf } from './target';
import { goalFor } from './pick';
import { CommandId } from '../core/commandIds';

/** The four sections of a growth card, in the order a person fills them in. */
function cardBody(): string {
  return [
    `## ${vscode.l10n.t('Key concepts')}`,
    '',
    vscode.l10n.t('What do I need to understand to do this well?'),
    '',
    `## ${vscode.l10n.t('Implementation plan')}`,
    '',
    vscode.l10n.t('The steps, smallest first.'),
    '',
    `## ${vscode.l10n.t('Metrics of success')}`,
    '',
    vscode.l10n.t('How will I know it worked?'),
    '',
    `## ${vscode.l10n.t('Post-mortem')}`,
    '',
    vscode.l10n.t('Afterwards: what went well, what I would change, what I learned.'),
  ].join('\n');
}

/** Starts a growth card for a goal or one of its milestones, and opens it. */
export const addCard = defineCommand({
  id: CommandId.CardAdd,
  arguments: [rowArgument],
  async run(services, argument) {
    const target = targetOf(argument);
    const picked = await goalFor(
      services,
      argument,
      vscode.l10n.t('A growth card for which goal?'),
      (goal) => goal.data.status !== 'dropped',
    );
    if (!picked) return undefined;
    const milestone = target?.kind === 'milestone' ? picked.goal.data.milestones[target.index] : undefined;
    const title = milestone ? milestone.title : picked.goal.data.title;
    const id = uniqueSlug(title, (candidate) => Boolean(picked.root.index.find('card', candidate)));
    const uri = vscode.Uri.joinPath(picked.root.uri, 'cards', `${id}.md`);
    const data = {
      kind: 'card',
      schema: SCHEMA_VERSION,
      title,
      goal: picked.goal.id,
      ...(milestone ? { milestone: milestone.id } : {}),
      artefacts: [],
    };
    await services.files.create(uri, createGrowthFile(data, cardBody()));
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  },
});
