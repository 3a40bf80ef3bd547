import * as vscode from 'vscode';
import { gitRunner } from '#platform';
import { registerCommands } from '../commands/command';
import { ContextKey } from '../core/commandIds';
import type { Services } from '../services';
import { suggestEvidenceAfterReview } from './afterReview';
import { dismissSuggestedEvidence } from './commands/dismissSuggestedEvidence';
import { logSuggestedEvidence } from './commands/logSuggestedEvidence';
import { mergeSuggestedEvidence } from './commands/mergeSuggestedEvidence';
import { suggestEvidence } from './commands/suggestEvidence';

/**
 * Suggested evidence from the user's own git history: the scan and the answers to a suggestion.
 * History shows the suggestions (from `services.gitSuggestions`); a saved review looks through
 * the commits of its period. Where the extension host cannot run git (VS Code for the web), the
 * command is not offered.
 */
export function gitEvidenceFeature(services: Services): vscode.Disposable {
  void vscode.commands.executeCommand('setContext', ContextKey.CanReadGit, gitRunner !== undefined);
  return vscode.Disposable.from(
    registerCommands(services, [suggestEvidence, logSuggestedEvidence, mergeSuggestedEvidence, dismissSuggestedEvidence]),
    suggestEvidenceAfterReview(services),
  );
}
