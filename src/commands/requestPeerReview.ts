import * as vscode from 'vscode';
import { CommandId } from '../core/commandIds';
import * as z from 'zod';
import { prefillArgument, rowArgument } from './arguments';
import { defineCommand } from './command';
import { choiceStep, runSteps, textStep, type DraftStep } from './input/steps';
import { required } from './input/validation';
import { cardFor } from './pick';

interface PeerReviewDraft {
  artefact: string;
  reviewer: string;
  feedback: string;
}

/**
 * Notes a peer review of one of a card's artefacts, like a check-in: who reviewed it and what
 * they said. Asked but not answered yet is a note too: the feedback can be added later.
 */
export const requestPeerReview = defineCommand({
  id: CommandId.CardRequestPeerReview,
  arguments: [rowArgument, prefillArgument({ artefact: z.string(), reviewer: z.string(), feedback: z.string() })],
  async run(services, argument, preset) {
    const picked = await cardFor(services, argument, vscode.l10n.t('A peer review for which growth card?'));
    if (!picked) return undefined;
    const { card } = picked;
    const artefacts = card.data.artefacts ?? [];
    const draft: PeerReviewDraft = {
      artefact: artefacts[artefacts.length - 1]?.title ?? '',
      reviewer: '',
      feedback: '',
      ...preset,
    };
    if (!draft.reviewer.trim()) {
      const title = vscode.l10n.t('Peer Review for "{0}"', card.data.title);
      const whichArtefact: DraftStep<PeerReviewDraft>[] =
        artefacts.length > 1
          ? [
              choiceStep('artefact', {
                placeholder: vscode.l10n.t('Which artefact is reviewed?'),
                items: artefacts.map((artefact) => ({ label: artefact.title, value: artefact.title })),
              }),
            ]
          : [];
      const finished = await runSteps(draft, title, [
        ...whichArtefact,
        textStep('reviewer', { prompt: vscode.l10n.t('Who reviews it?'), validate: required(vscode.l10n.t('A name')) }),
        textStep('feedback', { prompt: vscode.l10n.t('Their feedback (leave it empty while you wait for it)') }),
      ]);
      if (!finished) return undefined;
    }
    const review = {
      date: services.today(),
      reviewer: draft.reviewer.trim(),
      ...(draft.artefact.trim() ? { artefact: draft.artefact.trim() } : {}),
      ...(draft.feedback.trim() ? { feedback: draft.feedback.trim() } : {}),
    };
    await services.files.edit(vscode.Uri.parse(card.path), [{ op: 'insert', path: ['peerReviews'], value: review }]);
    return review.reviewer;
  },
});
