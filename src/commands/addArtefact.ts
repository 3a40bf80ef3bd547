import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import { ARTEFACT_TYPES, artefactTypeHint, artefactTypeText, type ArtefactType } from '../core/vocabulary';
import * as z from 'zod';
import { prefillArgument, rowArgument } from './arguments';
import { defineCommand } from './command';
import { choiceStep, runSteps, textStep } from './input/steps';
import { required } from './input/validation';
import { cardFor } from './pick';

interface ArtefactDraft {
  type: ArtefactType;
  title: string;
  link: string;
}

/**
 * Adds what a growth card produced (code or a pull request, a decision log, a talk or a
 * write-up) to its `artefacts`, dated today, so the brag document and the retrospective show it.
 */
export const addArtefact = defineCommand({
  id: CommandId.CardAddArtefact,
  arguments: [rowArgument, prefillArgument({ type: z.enum(ARTEFACT_TYPES), title: z.string(), link: z.string() })],
  async run(services, argument, preset) {
    const picked = await cardFor(services, argument, vscode.l10n.t('Add an artefact to which growth card?'));
    if (!picked) return undefined;
    const { card } = picked;
    const draft: ArtefactDraft = { type: 'technical', title: '', link: '', ...preset };
    if (!draft.title.trim()) {
      const title = vscode.l10n.t('Add an Artefact to "{0}"', card.data.title);
      const finished = await runSteps(draft, title, [
        choiceStep('type', {
          placeholder: vscode.l10n.t('What did the work produce?'),
          items: ARTEFACT_TYPES.map((type) => ({ label: artefactTypeText(type), detail: artefactTypeHint(type), value: type })),
        }),
        textStep('title', { prompt: vscode.l10n.t('Its title'), validate: required(vscode.l10n.t('A title')) }),
        textStep('link', { prompt: vscode.l10n.t('A link to it: a pull request, a document, a recording (optional)') }),
      ]);
      if (!finished) return undefined;
    }
    const artefact = {
      type: draft.type,
      title: draft.title.trim(),
      ...(draft.link.trim() ? { link: draft.link.trim() } : {}),
      date: services.today(),
    };
    await services.files.edit(vscode.Uri.parse(card.path), [{ op: 'insert', path: ['artefacts'], value: artefact }]);
    return artefact.title;
  },
});
