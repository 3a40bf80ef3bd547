import * as vscode from 'vscode';
import { defineCommand } from '../../commands/command';
import { CommandId } from '../../core/commandIds';
import { evidencePreset } from '../../core/gitEvidence/suggestion';
import { suggestionRowArgument } from '../row';

/**
 * "Log as Evidence" on a suggestion: Log Evidence, prefilled with its title, last day, link and
 * likely goal, for the user to go through before it is saved; the file names the suggestion
 * (so it is not suggested again) and links its commits and pull request.
 */
export const logSuggestedEvidence = defineCommand({
  id: CommandId.GitEvidenceLog,
  arguments: [suggestionRowArgument],
  async run(_services, row) {
    if (!row) return undefined;
    const { values, links } = evidencePreset(row.suggestion);
    return vscode.commands.executeCommand(CommandId.EvidenceLog, { target: { kind: 'file', root: row.root, uri: row.root.uri } }, values, {
      suggestion: row.suggestion.id,
      ...links,
    });
  },
});
