import * as vscode from 'vscode';
import { gitRunner } from '#platform';
import { readWindowSettings } from '../config';
import { reviewsSavedToday } from '../core/gitEvidence/suggestion';
import type { GitRunner } from '../platform/gitRunner';
import type { Services } from '../services';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { scanForEvidence } from './scan';

/**
 * After the user saves a review, looks through their commits of the review's period, and says
 * so when some of that work could be evidence: the moment they look back is the moment to log
 * it. Quiet when there is nothing new, when git cannot run, and in Restricted Mode.
 */
export function suggestEvidenceAfterReview(services: Services): vscode.Disposable {
  const git = gitRunner;
  if (!git) return new vscode.Disposable(() => undefined);
  // The reviews the plan held when it was read: the first reading reports every file as new.
  const seen = new Set<string>();
  let loaded = false;
  void services.workspace.whenLoaded().then(() => {
    for (const root of services.workspace.roots()) for (const review of root.index.reviews()) seen.add(review.path);
    loaded = true;
  });
  return services.workspace.onDidChange(({ root, changes }) => {
    if (!loaded) return;
    // Most batches are typing in a goal: look for a new review before reading any setting.
    const saved = reviewsSavedToday(changes, root.index, services.today()).filter((review) => !seen.has(review.path));
    if (saved.length === 0 || !vscode.workspace.isTrusted || !readWindowSettings().gitEvidence.suggestAfterReview) return;
    for (const review of saved) {
      seen.add(review.path);
      void offerEvidence(services, git, root, review.since);
    }
  });
}

async function offerEvidence(services: Services, git: GitRunner, root: GrowthRoot, since: string): Promise<void> {
  const result = await Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking through your commits') }, () =>
      scanForEvidence(services, git, root, since, new AbortController().signal, () => undefined),
    ),
  ).catch((error: unknown) => {
    services.output.warn(`Suggest Evidence from Git after a review: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (result?.outcome !== 'scanned' || result.open === 0) return;
  const show = vscode.l10n.t('Show Them');
  const choice = await vscode.window.showInformationMessage(
    result.open === 1
      ? vscode.l10n.t('1 piece of your work since {0} could be evidence for this review.', since)
      : vscode.l10n.t('{0} pieces of your work since {1} could be evidence for this review.', result.open, since),
    show,
  );
  if (choice === show) await vscode.commands.executeCommand('devgrowth.history.focus');
}
