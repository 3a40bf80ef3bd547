import * as vscode from 'vscode';
import { defineCommand } from '../../commands/command';
import { rowArgument } from '../../commands/arguments';
import { targetOf } from '../../commands/target';
import { CommandId } from '../../core/commandIds';

/** Shows the item's file in the Explorer. */
export const revealInExplorer = defineCommand({
  id: CommandId.ItemRevealInExplorer,
  arguments: [rowArgument],
  async run(_services, element) {
    const target = targetOf(element);
    if (target) await vscode.commands.executeCommand('revealInExplorer', target.uri);
  },
});
