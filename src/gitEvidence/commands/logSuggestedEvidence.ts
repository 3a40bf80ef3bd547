import * as vscode from 'vscode';
import type { DevGrowthCommand } from '../../commands/command';
import { CommandId } from '../../core/commandIds';
import { evidencePreset } from '../../core/gitEvidence/suggestion';
import { suggestionRowOf } from '../row';

/**
 * "Log as Evidence" on a suggestion: Log Evidence, prefilled with its title, last day, link and
 * likely goal, for the user to go through before it is saved; the file names the suggestion
 * (so it is not suggested again) and links its commits and pull request.
 */
export const logSuggestedEvidence: DevGrowthCommand = {
  id: CommandId.GitEvidenceLog,
  async run(_services, argument) {
    const row = suggestionRowOf(argument);
    if (!row) return undefined;
    const { values, links } = evidencePreset(row.suggestion);
    return vscode.commands.executeCommand(CommandId.EvidenceLog, { target: { kind: 'file', root: row.root, uri: row.root.uri } }, values, {
      suggestion: row.suggestion.id,
      ...links,
    });
  },
};
