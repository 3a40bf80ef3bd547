import * as vscode from 'vscode';
import type { DevGrowthCommand } from '../../commands/command';
import { targetOf } from '../../commands/target';
import { CommandId } from '../../core/commandIds';

/** Shows the item's file in the Explorer. */
export const revealInExplorer: DevGrowthCommand = {
  id: CommandId.ItemRevealInExplorer,
  async run(_services, element) {
    const target = targetOf(element);
    if (target) await vscode.commands.executeCommand('revealInExplorer', target.uri);
  },
};
